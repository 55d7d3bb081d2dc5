#!/usr/bin/env bash
# What a county's CI runs on every commit, on any runner (GitHub Actions, GitLab CI, Jenkins, a
# cron job on the portal's server): install, check the data, run the tests, build the site into
# dist/ with each report's Word and PDF editions, and, for a merge request, write the figure
# diff against its base.
#
# Run it from the root of the repository that holds data/ and content/, in either layout:
#   scripts/ci.sh            junheng itself, with the county's data in it (a fork of junheng);
#   junheng/scripts/ci.sh    the county's own repository, with junheng as a git submodule.
#
# Environment (all optional):
#   JUNHENG_DIFF_BASE    a git ref, e.g. origin/main: writes figure-diff.md and figure-diff.json
#                        next to data/ and prints the Markdown in the log
#   JUNHENG_PUBLISH_DIR  a folder the portal serves: a good build replaces its contents
#   JUNHENG_CACHE        where builds keep what later builds reuse (default .junheng-cache/);
#                        keep this folder between runs to make rebuilds fast
#   CHROMIUM_PATH        the browser for the tests and the PDF editions, when it is not Debian's
#                        /usr/bin/chromium
#   SOFFICE_PATH         LibreOffice for the edition tests, when it is not Debian's /usr/bin/soffice
set -euo pipefail

project="$(pwd)"
code="$(cd "$(dirname "$0")/.." && pwd)"
export JUNHENG_ROOT="${JUNHENG_ROOT:-$project}"
cd "$code"

step() { printf '\n== %s\n' "$1"; }

step "安装依赖（npm ci）"
npm ci --prefer-offline --no-audit --no-fund

step "检查数据和报告正文（npm run check）"
npm run check

# The tests are junheng's own, on its example data: they prove this version works on this
# machine, browsers included. The county's data was checked above and is built below.
step "测试（npm test）"
env -u JUNHENG_ROOT npm test

step "构建网站（npm run build）"
npm run build

# The Word and PDF editions of every report, written into dist/ next to their pages (the PDF is
# printed by Chromium, which the tests above installed or found).
step "生成 Word 和 PDF 版（npm run editions）"
npm run editions

if [ -n "${JUNHENG_DIFF_BASE:-}" ]; then
  step "发布数字变化（npm run diff -- ${JUNHENG_DIFF_BASE}）"
  npm run --silent diff -- "$JUNHENG_DIFF_BASE" --out "$JUNHENG_ROOT/figure-diff.md"
  npm run --silent diff -- "$JUNHENG_DIFF_BASE" --json --out "$JUNHENG_ROOT/figure-diff.json"
  cat "$JUNHENG_ROOT/figure-diff.md"
fi

if [ -n "${JUNHENG_PUBLISH_DIR:-}" ]; then
  step "发布到 ${JUNHENG_PUBLISH_DIR}"
  target="${JUNHENG_PUBLISH_DIR%/}"
  # Copied beside the target first, then swapped in: readers never see a half-copied site.
  rm -rf "$target.new" "$target.old"
  cp -R "$JUNHENG_ROOT/dist" "$target.new"
  if [ -e "$target" ]; then mv "$target" "$target.old"; fi
  mv "$target.new" "$target"
  rm -rf "$target.old"
fi

step "完成：网站在 ${JUNHENG_ROOT}/dist/"
