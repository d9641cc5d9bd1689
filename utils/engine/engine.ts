import type { HoaxEntry, HoaxList } from '../lists/hoax-list';
import type { PatternList } from '../lists/pattern-list';
import { analyse } from './detect';
import { buildHoaxIndex, type ClaimText, type HoaxIndex } from './hoax-index';
import { createHoaxMatcher } from './hoax-match';
import { buildPhraseIndex, findPhrases } from './phrase-index';
import type { Token, Tokenizer } from './token';
import { stemTokens } from './stem';
import { normalizeTokens } from './normalize';
import type { Analysis, DetectionInput, HoaxReason, Verdict } from './types';

/**
 * A post is flagged as a hoax from this confidence up: the lowest that kept
 * precision at or above 0.95 on the even-id (tuning) half of the turnbackhoax pairs.
 */
export const HOAX_THRESHOLD = 0.75;

export interface EngineLists {
  patterns: Pick<PatternList, 'entries'>;
  hoaxes?: Pick<HoaxList, 'entries'>;
  /** The index of `hoaxes` as built before (a stored snapshot): restarts skip the build. */
  hoaxIndex?: HoaxIndex;
  tokenize?: Tokenizer;
}

/** Stems of the claims' words, as the engine indexes them. */
export function buildClaimIndex(entries: readonly HoaxEntry[], tokenize: Tokenizer = normalizeTokens): HoaxIndex {
  // Claims and posts meet on stems: "menolak" in a post should find "tolak" in a claim.
  return buildHoaxIndex(claimTexts(entries), (text) => stemTokens(tokenize(text)));
}

export function claimTexts(entries: readonly HoaxEntry[]): ClaimText[] {
  return entries.flatMap((entry, i) => [entry.claim, ...(entry.variants ?? [])].map((text) => ({ entry: i, text })));
}

function toReason(entry: HoaxEntry, score: number, sharedWords: string[]): HoaxReason {
  return {
    claimId: entry.id,
    claim: entry.claim,
    verdict: entry.verdict,
    ...(entry.date && { date: entry.date }),
    url: entry.sources[0]?.url ?? '',
    score: Math.round(score * 1000) / 1000,
    sharedWords,
  };
}

/** Rules a user muted ("don't show this rule again"): pattern-list entry ids and hoax-list claim ids. */
export interface MutedRules {
  patterns: ReadonlySet<string>;
  claims: ReadonlySet<string>;
}

const NOTHING_MUTED: MutedRules = { patterns: new Set(), claims: new Set() };

/** The engine as the background holds it: compiled once, then asked many times. */
export function createEngine(lists: EngineLists) {
  const tokenize = lists.tokenize ?? normalizeTokens;
  const phrases = buildPhraseIndex(lists.patterns.entries, tokenize);
  const entries = lists.hoaxes?.entries ?? [];
  const bestHoaxMatch = createHoaxMatcher(lists.hoaxIndex ?? buildClaimIndex(entries, tokenize));

  function findHoax(tokens: Token[], muted: MutedRules): HoaxReason | null {
    if (entries.length === 0) return null;
    const best = bestHoaxMatch(stemTokens(tokens));
    if (!best || best.confidence < HOAX_THRESHOLD || muted.claims.has(entries[best.entry].id)) return null;
    return toReason(entries[best.entry], best.confidence, best.sharedWords);
  }

  // A muted pattern is dropped before the rules run, so a flag it alone caused goes with it.
  function analyseOne(input: DetectionInput, muted: MutedRules = NOTHING_MUTED): Analysis {
    const tokens = tokenize(input.text);
    const found = findPhrases(phrases, tokens);
    const kept = muted.patterns.size === 0 ? found : found.filter((m) => !muted.patterns.has(m.patternId));
    return analyse(input, kept, findHoax(tokens, muted));
  }

  return {
    analyse: analyseOne,
    check: (inputs: readonly DetectionInput[], muted?: MutedRules): Verdict[] => inputs.map((input) => ({ flags: analyseOne(input, muted).flags })),
  };
}

export type Engine = ReturnType<typeof createEngine>;
