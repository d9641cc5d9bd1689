import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/utils/engine/normalize';
import { checkPatternList } from '@/utils/lists/pattern-list';

// The bundled pattern list is code in all but name: it gets the same care.
const PATH = resolve(__dirname, '../../public/lists/patterns.json');
const text = readFileSync(PATH, 'utf8');
const list = checkPatternList(JSON.parse(text));

describe('public/lists/patterns.json', () => {
  it('passes the same check a synced list must pass', () => {
    expect(list.entries.length).toBeGreaterThan(100);
  });

  it('is sorted by id, and each id is its group and phrase', () => {
    const ids = list.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    for (const e of list.entries) expect(e.id.startsWith(`${e.group}.`)).toBe(true);
  });

  it('has no phrase that normalises to nothing, and no two that normalise alike', () => {
    const seen = new Map<string, string>();
    for (const e of list.entries) {
      const words = normalizeText(e.phrase);
      expect(words, e.id).not.toBe('');
      const key = `${words}|${e.requiresAccountNumber ?? false}`;
      expect(seen.get(key), `${e.id} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, e.id);
    }
  });

  it('round-trips exactly through parse and format, so diffs stay readable', () => {
    expect(`${JSON.stringify(JSON.parse(text), null, 1)}\n`).toBe(text);
  });
});
