/** A seeded generator, so calibration rewrites byte-identical files on every run. */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, and good enough to scatter illustrative data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
  };
}

/**
 * Splits an integer total into integer parts proportional to `weights` (largest remainder),
 * each at least `minimum`. The parts always add up to `total` exactly.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const free = total - minimum * weights.length;
  if (free < 0)
    throw new RangeError(`cannot split ${total} into ${weights.length} parts of at least ${minimum}`);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) =>
    weightSum === 0 ? free / weights.length : (free * weight) / weightSum,
  );
  const parts = exact.map(Math.floor);
  let left = free - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((part) => part + minimum);
}
