/** The plan-progress chart on the crafted assessment: one bar per school and line, the engine's outlook, a valid spec. */
import { Ajv } from 'ajv';
import schema from 'vega-lite/vega-lite-schema.json' with { type: 'json' };
import { expect, test } from 'vitest';
import { planProgressChart } from '../../src/charts/plan-progress.ts';
import { compileChart } from '../../src/charts/render-svg.ts';
import { fixtureAssessment } from '../figures/assessment-fixture.ts';

const plan = fixtureAssessment.plan;
if (plan === undefined) throw new Error('fixture without a plan');

test('one row per school and failing line, with the projected year and the outlook', () => {
  const chart = planProgressChart('龙亭区', plan);
  expect(chart?.kind).toBe('plan-progress');
  expect(chart?.caption).toBe('龙亭区各校差距项的推算达标年份（目标 2030 年）');
  expect(chart?.description).toBe('3 个学校差距项中，1 项预计在 2030 年前达到，1 项达不到，1 项无法推算。');
  expect(chart?.table.rows).toEqual([
    ['城关小学·生均教学及辅助用房面积（小学）', '200 ㎡', 2022, '能在 2030 年前达到'],
    ['城关小学·音乐专用教室', '2 间', '—', '无法推算'],
    ['第一初级中学·生均体育运动场馆面积', '860 ㎡', 2064, '2030 年前达不到'],
  ]);
});

test('no plan lines, no chart', () => {
  expect(planProgressChart('龙亭区', { ...plan, schools: [] })).toBeUndefined();
});

test('the spec is valid Vega-Lite and compiles without a warning', () => {
  const chart = planProgressChart('龙亭区', plan);
  if (chart === undefined) throw new Error('no chart');
  const validate = new Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
  expect(validate(JSON.parse(JSON.stringify(chart.spec))), JSON.stringify(validate.errors)).toBe(true);
  expect(compileChart(chart.spec).warnings).toEqual([]);
});
