import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runProject } from '../../src/pipeline.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { hiddenCharacterIssues } from '../../src/validate/hidden-characters.ts';
import { root } from '../helpers/fixtures.ts';

describe('invisible characters in data files', () => {
  test('a right-to-left override in a name is an error at its value, with the character named', () => {
    const file = 'data/counties/tongdao/county.yaml';
    const original = readFileSync(join(root, file), 'utf8');
    const text = original.replace(/^name: (.*)$/m, 'name: "\u202e$1"');
    expect(text).not.toBe(original);
    const line = text.split('\n').findIndex((row) => row.startsWith('name:')) + 1;
    const run = runProject([{ file, text, size: text.length }]);
    expect(run.problems.filter((problem) => problem.code === 'hiddenCharacter').map(formatProblem)).toEqual([
      `data/counties/tongdao/county.yaml:${line}:7  name：第 1 个字符是看不见的控制字符「从右到左覆盖」（U+202E），它会改变文字的显示，使页面上的名称与数据不一致（请删去这个字符：把这一项重新输入一遍，不要从网页或其他文档中粘贴）`,
    ]);
  });

  test('each kind is found at its place in lists and objects; ordinary text, tabs and newlines are not', () => {
    const issues = hiddenCharacterIssues({
      schools: [{ name: '第一小学' }, { name: '第二\u200b小学' }],
      notes: '两行\n文字\t对齐',
      sources: [{ title: '\ufeff文件' }],
      mark: 'a\u2066b',
    });
    expect(issues.map((found) => [found.path.join('.'), found.message.split('，')[0]])).toEqual([
      ['schools.1.name', '第 3 个字符是看不见的控制字符「零宽空格」（U+200B）'],
      ['sources.0.title', '第 1 个字符是看不见的控制字符「字节顺序标记（BOM）」（U+FEFF）'],
      ['mark', '第 2 个字符是看不见的控制字符「从左到右隔离」（U+2066）'],
    ]);
  });
});
