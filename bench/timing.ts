import type { HoaxIndex } from '../utils/engine/hoax-index';

/**
 * Microseconds per item, over several rounds after one warm-up round. Each
 * item runs `repeat` times inside one reading of the clock, so that the clock's
 * own cost (a few hundred nanoseconds) does not swamp work that takes about a microsecond.
 */
export function timeEach<T>(items: readonly T[], work: (item: T) => unknown, rounds = 3, repeat = 1): number[] {
  for (const item of items) work(item);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const start = performance.now();
      for (let r = 0; r < repeat; r++) work(item);
      samples.push(((performance.now() - start) * 1000) / repeat);
    }
  }
  return samples;
}

/** Milliseconds; the median of a few runs, so one garbage collection does not decide it. */
export function timeOnce(work: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function indexBytes(index: HoaxIndex): number {
  const arrays = [index.idf, index.postingStart, index.postingDocs, index.docTermStart, index.docTerms, index.docMass, index.docEntry];
  let terms = 0;
  for (const word of index.terms.keys()) terms += word.length * 2 + 16;
  return arrays.reduce((sum, a) => sum + a.byteLength, 0) + terms;
}
