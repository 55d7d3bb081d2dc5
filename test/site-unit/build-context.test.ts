import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chart.ts';
import { unseal } from '../../src/load/sealed.ts';
import {
  type BuildContext,
  buildContext,
  countiesToRender,
  rendersCounty,
  setBuildContext,
} from '../../src/site/build-context.ts';
import { type ChartCache, chartSvg, createChartCache } from '../../src/site/chart-cache.ts';
import type { ChartPool } from '../../src/site/chart-pool.ts';

let cacheDir = '';
const previousCache = process.env.JUNHENG_CACHE;

beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'junheng-context-'));
  process.env.JUNHENG_CACHE = cacheDir;
});

afterEach(() => {
  setBuildContext(undefined);
  if (previousCache === undefined) delete process.env.JUNHENG_CACHE;
  else process.env.JUNHENG_CACHE = previousCache;
  rmSync(cacheDir, { recursive: true, force: true });
});

const chart = (id: string): ChartDefinition => ({
  id,
  kind: 'coefficients',
  caption: id,
  description: id,
  table: { columns: [], rows: [] },
  spec: { mark: 'point', data: { values: [] } },
  narrow: { id: `${id}-narrow`, spec: { mark: 'point', data: { values: [] } } },
});

function context(overrides: Partial<BuildContext>): BuildContext {
  const unused = () => {
    throw new Error('not used by this test');
  };
  return {
    root: '/project',
    run: { problems: [], outputs: [] },
    downloads: async () => undefined,
    renderOnly: undefined,
    charts: { svg: unused, prepare: unused, used: unused },
    pageCharts: new WeakMap(),
    ...overrides,
  };
}

/** A pool that answers each chart with its id, and records what it was asked. */
function fakePool(): ChartPool & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    render: async (id, _spec, waitedFor) => {
      calls.push(`${waitedFor ? 'now' : 'ahead'} ${id}`);
      return `<svg>${id}</svg>`;
    },
    hurry: (id) => calls.push(`hurry ${id}`),
    close: async () => {},
  };
}

test('without a build, every county is rendered', () => {
  expect(buildContext()).toBeUndefined();
  expect(rendersCounty('tongdao')).toBe(true);
  expect(countiesToRender()).toBeUndefined();
});

test('an incremental build renders the counties its context names', () => {
  setBuildContext(context({ renderOnly: new Set(['lingbao', 'fengqiu']) }));
  expect(rendersCounty('fengqiu')).toBe(true);
  expect(rendersCounty('tongdao')).toBe(false);
  expect(countiesToRender()).toEqual(['fengqiu', 'lingbao']);
});

test("the pages' charts come from the build's chart cache", async () => {
  const asked: string[] = [];
  const charts: ChartCache = {
    svg: async (definition) => {
      asked.push(definition.id);
      return '<svg/>';
    },
    prepare: async () => {},
    used: () => undefined,
  };
  setBuildContext(context({ charts }));
  expect(await chartSvg(chart('chart-aaaaaaaaaaaa'))).toBe('<svg/>');
  expect(asked).toEqual(['chart-aaaaaaaaaaaa']);
});

test('a chart is drawn once, kept on disk, and a prepared one is hurried when a page asks', async () => {
  const pool = fakePool();
  const cache = createChartCache(pool);
  expect(cache.used()).toBeUndefined();
  await cache.prepare([chart('chart-000000000001'), chart('chart-000000000002')]);
  expect(await cache.svg(chart('chart-000000000001'))).toBe('<svg>chart-000000000001</svg>');
  expect(await cache.svg(chart('chart-000000000003'))).toBe('<svg>chart-000000000003</svg>');
  expect(pool.calls).toEqual([
    'ahead chart-000000000001',
    'ahead chart-000000000002',
    'hurry chart-000000000001',
    'now chart-000000000003',
  ]);
  const used = cache.used();
  expect([...(used?.ids ?? [])].sort()).toEqual([
    'chart-000000000001',
    'chart-000000000002',
    'chart-000000000003',
  ]);
  expect(used?.folder.startsWith(join(cacheDir, 'charts'))).toBe(true);
  const onDisk = join(used?.folder ?? '', 'chart-000000000003.svg');
  expect(unseal(readFileSync(onDisk))?.toString('utf8')).toBe('<svg>chart-000000000003</svg>');
  // A new cache (the next build) reads the drawing from disk instead of drawing it again.
  const next = fakePool();
  expect(await createChartCache(next).svg(chart('chart-000000000003'))).toBe('<svg>chart-000000000003</svg>');
  expect(next.calls).toEqual([]);
  // A drawing changed on disk since (one digit, same size) is drawn again, not published.
  writeFileSync(onDisk, readFileSync(onDisk, 'utf8').replace('chart-000000000003<', 'chart-000000000004<'));
  const third = fakePool();
  expect(await createChartCache(third).svg(chart('chart-000000000003'))).toBe(
    '<svg>chart-000000000003</svg>',
  );
  expect(third.calls).toEqual(['now chart-000000000003']);
});

test('without threads nothing is drawn ahead', async () => {
  const cache = createChartCache();
  await cache.prepare([chart('chart-000000000004')]);
  expect(cache.used()).toBeUndefined();
});
