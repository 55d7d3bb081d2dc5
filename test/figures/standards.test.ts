/**
 * A standard as people read it: a title said once, the scope in one sentence without stray
 * spaces, and every standard value with its unit, for each standard the project ships.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  indicatorUnitText,
  schoolRuleText,
  scopeText,
  standardTitle,
  thresholdText,
} from '../../src/figures/standards.ts';
import { loadStandard, root } from '../helpers/fixtures.ts';

const shipped = readdirSync(join(root, 'data/standards'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => loadStandard(file.replace(/\.yaml$/, '')));

/** Whitespace next to Chinese punctuation, or between two Chinese characters. */
const straySpace = /\s[，。；：、）」]|[（「，。；：、]\s|\p{Script=Han}\s\p{Script=Han}/u;

describe('titles', () => {
  test('the brackets are said once: no bracket inside or right after another', () => {
    for (const standard of shipped) {
      const title = standardTitle(standard);
      expect(title, standard.id).not.toMatch(/）（|（[^）]*（/);
      expect(title.startsWith(standard.name), standard.id).toBe(true);
    }
  });

  test('the document in brackets, a document that repeats the name left out, 示例 noted once', () => {
    expect(standardTitle(loadStandard('basic-2012'))).toBe(
      '县域义务教育发展基本均衡督导评估（教督〔2012〕3号）',
    );
    expect(standardTitle(loadStandard('hunan-basic-illustrative'))).toBe(
      '湖南省义务教育学校办学基本标准（标准值为示例，未经核实）',
    );
    expect(standardTitle({ name: '某标准', document: '某文〔2024〕1号', illustrative: true })).toBe(
      '某标准（某文〔2024〕1号；标准值为示例，未经核实）',
    );
    expect(standardTitle({ name: '某标准' })).toBe('某标准');
  });
});

describe('scope and school rule', () => {
  test('one sentence each, no stray spaces', () => {
    for (const standard of shipped) {
      expect(scopeText(standard.scope), standard.id).not.toMatch(straySpace);
      expect(schoolRuleText(standard), standard.id).not.toMatch(straySpace);
    }
    expect(scopeText(loadStandard('basic-2012').scope)).toBe(
      '公办学校，仅县属，不含特殊教育学校，不含教学点',
    );
    expect(scopeText(loadStandard('quality-2017').scope)).toBe(
      '公办学校，仅县属，不含特殊教育学校，教学点学生不足 50 人的不纳入',
    );
    expect(schoolRuleText(loadStandard('quality-2017'))).toBe(
      '每所学校至少 6 项达到标准值，其余不低于标准值的 85%。',
    );
  });
});

describe('standard values carry their units', () => {
  test('every standard value of every shipped standard, with its unit or as 1:x', () => {
    for (const standard of shipped) {
      for (const indicator of standard.indicators) {
        for (const value of Object.values(indicator.threshold ?? {})) {
          const text = thresholdText(indicator, value);
          const unit = indicatorUnitText(indicator);
          if (unit === '1:x') expect(text, indicator.id).toMatch(/^1:\d+\.\d{2}$/);
          else if (unit === '%') expect(text, indicator.id).toMatch(/^\d+(\.\d+)?%$/);
          else expect(text, indicator.id).toMatch(new RegExp(`^\\d+(\\.\\d+)?\\s${unit}$`));
        }
      }
    }
  });

  test('the provincial table reads 800 元, 1.5 ㎡, 100%, 6 间 and 师生比 1:33.33', () => {
    const hunan = loadStandard('hunan-basic-illustrative');
    const text = (id: string, level: 'primary' | 'junior') => {
      const indicator = hunan.indicators.find((item) => item.id === id);
      if (indicator === undefined) throw new Error(id);
      return thresholdText(indicator, indicator.threshold?.[level]);
    };
    expect(text('equipment_value_per_student', 'primary')).toBe('800 元');
    expect(text('sports_area_per_student', 'primary')).toBe('1.5 ㎡');
    expect(text('qualified_teacher_share', 'junior')).toBe('100%');
    expect(text('function_rooms', 'junior')).toBe('6 间');
    expect(text('books_per_student', 'junior')).toBe('20 册');
    expect(text('teachers_per_student', 'primary')).toBe('1:33.33');
    expect(text('teachers_per_student', 'junior')).toBe('1:22.22');
  });

  test('no standard value for a 学段 is a dash; a unitless value stays bare', () => {
    expect(thresholdText({ id: 'x', unit: '㎡' }, undefined)).toBe('—');
    expect(thresholdText({ id: 'x', unit: '' }, 0.5)).toBe('0.5');
    expect(indicatorUnitText({ id: 'x', unit: '' })).toBe('—');
    expect(indicatorUnitText({ id: 'teachers_per_student', unit: '' })).toBe('1:x');
  });
});

describe('the shipped standards speak to citizens', () => {
  test('notes and names: no field names, no English, no line-folding spaces', () => {
    for (const standard of shipped) {
      for (const text of [standard.name, standard.document, standard.notes ?? '']) {
        expect(text, standard.id).not.toMatch(/[A-Za-z]{3,}/);
        expect(text, standard.id).not.toMatch(straySpace);
        expect(text, standard.id).not.toContain('本文件');
      }
    }
  });
});
