import { describe, expect, it } from 'vitest';
import { trackEngineStatus } from '@/utils/engine-status';
import { bundledPatterns } from './support/bundled-lists';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine status', () => {
  it('is loading until the lists are read, then names the pattern list', async () => {
    let finish!: (value: { patterns: ReturnType<typeof bundledPatterns> }) => void;
    const status = trackEngineStatus(new Promise((resolve) => (finish = resolve)));
    expect(status()).toEqual({ state: 'loading' });
    const patterns = bundledPatterns();
    finish({ patterns });
    await settle();
    expect(status()).toEqual({ state: 'ready', patterns: { listId: 'saring-patterns', version: patterns.version, entries: patterns.entries.length } });
  });

  it('keeps the reason when the lists could not be read', async () => {
    const status = trackEngineStatus(Promise.reject(new Error('pattern list has no entries')));
    await settle();
    expect(status()).toEqual({ state: 'failed', error: 'pattern list has no entries' });
  });
});
