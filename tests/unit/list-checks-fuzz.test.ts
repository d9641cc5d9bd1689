import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/utils/engine/engine';
import { checkHoaxList } from '@/utils/lists/check-hoax-list';
import { checkPatternList } from '@/utils/lists/pattern-list';

// A list comes from the network: whatever it holds, the check either returns a
// usable list or throws an Error with a message, and never anything else.
function expectCleanOutcome(check: (value: unknown) => unknown, value: unknown): unknown {
  try {
    return check(value);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return null;
  }
}

const hostileEntry = fc.record(
  { id: fc.oneof(fc.string(), fc.integer()), phrase: fc.oneof(fc.string({ unit: 'binary' }), fc.constant('(a+)+$'), fc.constant('.*'.repeat(50))), claim: fc.string({ unit: 'binary' }), group: fc.constantFrom('election', 'support', 'nope'), verdict: fc.string(), sources: fc.anything() },
  { requiredKeys: [] },
);

describe('list checks on hostile input', () => {
  it('a pattern list: a clean list or a clear error, and a list that passes builds an engine that scans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constant('patterns'), formatVersion: fc.constant(1), version: fc.integer(), entries: fc.array(hostileEntry) })), (value) => {
        const list = expectCleanOutcome(checkPatternList, value) as ReturnType<typeof checkPatternList> | null;
        if (list) expect(() => createEngine({ patterns: list }).analyse({ text: `aaaa ${'a'.repeat(5000)}`, sponsored: false })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('a hoax list: a clean list or a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constant('hoaxes'), formatVersion: fc.constant(1), listId: fc.string(), version: fc.integer(), entries: fc.array(hostileEntry) })), (value) => {
        expectCleanOutcome(checkHoaxList, value);
      }),
      { numRuns: 300 },
    );
  });
});
