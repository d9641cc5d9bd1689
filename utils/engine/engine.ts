import { detect } from './detect';
import { buildPhraseIndex, type PhraseEntry } from './phrase-index';
import { STARTER_PHRASES } from './starter-phrases';
import type { DetectionInput, Verdict } from './types';

/** The engine as the background holds it: compiled once, then asked many times. */
export function createEngine(phrases: readonly PhraseEntry[] = STARTER_PHRASES) {
  const index = buildPhraseIndex(phrases);
  return {
    check(inputs: readonly DetectionInput[]): Verdict[] {
      return inputs.map((input) => detect(input, index));
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
