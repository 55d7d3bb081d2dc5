import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  classifyDataFile,
  MAX_FILE_BYTES,
  readProjectFiles,
  schemaPathFrom,
} from '../../src/load/read-project.ts';

const layoutRoot = fileURLToPath(new URL('../fixtures/validate/layout', import.meta.url));

describe('readProjectFiles', () => {
  it('lists every file under data/counties and data/standards, sorted, hidden files excepted', async () => {
    const files = await readProjectFiles(layoutRoot);
    expect(files.map(({ file, text }) => [file, text])).toEqual([
      ['data/counties/alpha/2019.yaml', 'year: 2019\n'],
      ['data/counties/alpha/2020.yml', null],
      ['data/counties/alpha/county.yaml', 'id: alpha\n'],
      ['data/counties/alpha/notes.txt', null],
      ['data/counties/alpha/old/2018.yaml', null],
      ['data/counties/beta/2019.yaml', 'year: 2019\n'],
      ['data/counties/beta/County.yaml', null],
      ['data/standards/README.md', null],
      ['data/standards/bom.yaml', 'id: bom\n'],
      ['data/standards/s.yaml', 'id: s\n'],
    ]);
  });

  it('gives sizes in bytes and drops a byte-order mark', async () => {
    const files = await readProjectFiles(layoutRoot);
    expect(files.find((raw) => raw.file === 'data/standards/bom.yaml')?.size).toBe(11);
    expect(files.find((raw) => raw.file === 'data/counties/alpha/notes.txt')?.size).toBe(7);
  });

  it('returns nothing for a project without data folders', async () => {
    const root = await mkdtemp(join(tmpdir(), 'junheng-empty-'));
    try {
      expect(await readProjectFiles(root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true });
    }
  });

  it('does not read a file over the size limit', async () => {
    const root = await mkdtemp(join(tmpdir(), 'junheng-large-'));
    try {
      await mkdir(join(root, 'data/standards'), { recursive: true });
      await writeFile(join(root, 'data/standards/big.yaml'), `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
      await writeFile(join(root, 'data/standards/limit.yaml'), 'x'.repeat(MAX_FILE_BYTES));
      const files = await readProjectFiles(root);
      expect(files.map(({ file, text, size }) => [file, text === null ? null : text.length, size])).toEqual([
        ['data/standards/big.yaml', null, MAX_FILE_BYTES + 3],
        ['data/standards/limit.yaml', MAX_FILE_BYTES, MAX_FILE_BYTES],
      ]);
    } finally {
      await rm(root, { recursive: true });
    }
  });

  it('keeps undecodable bytes as U+FFFD for the parser to report', async () => {
    const root = await mkdtemp(join(tmpdir(), 'junheng-gbk-'));
    try {
      await mkdir(join(root, 'data/standards'), { recursive: true });
      // 示例 in GBK
      await writeFile(
        join(root, 'data/standards/gbk.yaml'),
        Buffer.from([0x6e, 0x3a, 0x20, 0xca, 0xbe, 0xc0, 0xfd]),
      );
      const [raw] = await readProjectFiles(root);
      expect(raw?.text).toContain('\uFFFD');
    } finally {
      await rm(root, { recursive: true });
    }
  });
});

describe('classifyDataFile', () => {
  it.each([
    ['data/counties/tongdao/county.yaml', { role: 'county', county: 'tongdao' }],
    ['data/counties/tongdao/2019.yaml', { role: 'year', county: 'tongdao', year: 2019 }],
    ['data/standards/basic-2012.yaml', { role: 'standard', id: 'basic-2012' }],
    ['data/standards/local/city-quality.yaml', { role: 'local', id: 'city-quality' }],
    [
      'data/standards/local/city-quality.yml',
      { role: 'misnamed', suggestedName: 'data/standards/local/city-quality.yaml' },
    ],
    ['data/standards/other/city-quality.yaml', { role: 'misnamed' }],
    [
      'data/counties/tongdao/2019.yml',
      { role: 'misnamed', suggestedName: 'data/counties/tongdao/2019.yaml' },
    ],
    [
      'data/counties/tongdao/County.YAML',
      { role: 'misnamed', suggestedName: 'data/counties/tongdao/county.yaml' },
    ],
    ['data/standards/basic-2012.yml', { role: 'misnamed', suggestedName: 'data/standards/basic-2012.yaml' }],
    ['data/counties/tongdao/2019年.yaml', { role: 'misnamed' }],
    ['data/counties/county.yaml', { role: 'misnamed' }],
    ['data/counties/tongdao/old/2018.yaml', { role: 'misnamed' }],
    ['data/counties/tongdao/2019.json', { role: 'misnamed' }],
    ['data/counties/tongdao/notes.txt', { role: 'unrecognised' }],
    ['data/counties/tongdao/学校名单.xlsx', { role: 'unrecognised' }],
  ])('%s', (file, role) => {
    expect(classifyDataFile(file)).toEqual(role);
  });
});

describe('schemaPathFrom', () => {
  it('is relative to the data file', () => {
    expect(schemaPathFrom('data/counties/a/2019.yaml', 'year')).toBe(
      '../../../schemas/county-year.schema.json',
    );
    expect(schemaPathFrom('data/counties/a/county.yaml', 'county')).toBe(
      '../../../schemas/county.schema.json',
    );
    expect(schemaPathFrom('data/standards/s.yaml', 'standard')).toBe('../../schemas/standard.schema.json');
    expect(schemaPathFrom('data/standards/local/c.yaml', 'local')).toBe(
      '../../../schemas/local-standard.schema.json',
    );
  });
});

describe('symbolic links among the data files', () => {
  it('are listed unread, and the check names each one', async () => {
    const { symlink } = await import('node:fs/promises');
    const { runProject } = await import('../../src/pipeline.ts');
    const root = await mkdtemp(join(tmpdir(), 'junheng-links-'));
    try {
      await mkdir(join(root, 'data/counties/alpha'), { recursive: true });
      await mkdir(join(root, 'elsewhere'), { recursive: true });
      await writeFile(join(root, 'elsewhere/county.yaml'), 'id: beta\n');
      await symlink('/etc/passwd', join(root, 'data/counties/alpha/2019.yaml'));
      await symlink(join(root, 'elsewhere'), join(root, 'data/counties/beta'));
      const files = await readProjectFiles(root);
      expect(files).toEqual([
        { file: 'data/counties/alpha/2019.yaml', text: null, size: 0, link: true },
        { file: 'data/counties/beta', text: null, size: 0, link: true },
      ]);
      const messages = runProject(files).problems.map((problem) => `${problem.file}：${problem.message}`);
      expect(messages).toEqual([
        'data/counties/alpha/2019.yaml：这是一个符号链接（快捷方式），未读取：链接可能指向项目以外的文件',
        'data/counties/beta：这是一个符号链接（快捷方式），未读取：链接可能指向项目以外的文件',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
