import { contentWords, type HoaxIndex } from './hoax-index';
import type { Token } from './token';

export interface HoaxCandidate {
  entry: number;
  /** 0..1; see `scoreCandidate`. */
  score: number;
  /** Share of the claim's weight that the post repeats. */
  coverage: number;
  /** Share of the claim's word pairs that the post repeats in the same order. */
  pairCoverage: number;
  /** Sum of the idf of the claim words the post repeats. */
  mass: number;
  /** How far the best score stands above the runner-up's: a post between two claims is less sure. */
  margin: number;
  /** The probability that the post repeats this claim: `score` and the other signals, calibrated. */
  confidence: number;
  /** The stems the post and the claim share. */
  sharedWords: string[];
}

/**
 * Logistic weights over [1, coverage, pairCoverage, ln(1 + mass), margin, score],
 * fitted by `npm run eval -- --fit` on the even-id half of the turnbackhoax 2024
 * pairs and the even-numbered half of the real texts; the odd halves are never used for fitting.
 */
export const CONFIDENCE_WEIGHTS = [-10.05, 1.35, -0.49, 2.25, 7.29, 1.42];

export function confidenceFeatures(c: Pick<HoaxCandidate, 'coverage' | 'pairCoverage' | 'mass' | 'score'>, margin: number): number[] {
  return [1, c.coverage, c.pairCoverage, Math.log1p(c.mass), margin, c.score];
}

function confidence(c: Pick<HoaxCandidate, 'coverage' | 'pairCoverage' | 'mass' | 'score'>, margin: number): number {
  const z = confidenceFeatures(c, margin).reduce((sum, x, i) => sum + x * CONFIDENCE_WEIGHTS[i], 0);
  return 1 / (1 + Math.exp(-z));
}

// Words in more than this share of claims only refine the ranking of candidates
// that rarer words found; walking their long posting lists would cost the most and say the least.
const COMMON_TERM_SHARE = 0.005;
const CANDIDATES = 24;
/** Weight (sum of idf) at which a match stops being "too short to tell". */
const ENOUGH_MASS = 12;

// Exact up to 2^26 terms (2^52 keys), far beyond any list the limits allow.
const pairKey = (a: number, b: number) => a * 0x4000000 + b;

interface PostTerms {
  set: Set<number>;
  pairs: Set<number>;
}

function readPost(index: HoaxIndex, tokens: Token[]): PostTerms {
  const ids: number[] = [];
  for (const word of contentWords(tokens)) {
    const id = index.terms.get(word);
    if (id !== undefined) ids.push(id);
  }
  const pairs = new Set<number>();
  for (let i = 1; i < ids.length; i++) pairs.add(pairKey(ids[i - 1], ids[i]));
  return { set: new Set(ids), pairs };
}

export function createHoaxMatcher(index: HoaxIndex) {
  const docCount = index.docMass.length;
  const accumulated = new Float32Array(docCount);
  const commonDf = Math.max(8, Math.floor(docCount * COMMON_TERM_SHARE));

  function gatherCandidates(post: PostTerms): number[] {
    const touched: number[] = [];
    for (const t of post.set) {
      const from = index.postingStart[t];
      const to = index.postingStart[t + 1];
      if (to - from > commonDf) continue;
      const weight = index.idf[t];
      for (let p = from; p < to; p++) {
        const doc = index.postingDocs[p];
        if (accumulated[doc] === 0) touched.push(doc);
        accumulated[doc] += weight;
      }
    }
    const top = topByShare(touched);
    for (const doc of touched) accumulated[doc] = 0;
    return top;
  }

  // A bounded insertion keeps the best few without sorting every touched claim,
  // which at 50,000 claims would cost more than the scoring itself.
  function topByShare(touched: number[]): number[] {
    const top: number[] = [];
    const shares: number[] = [];
    for (const doc of touched) {
      const share = accumulated[doc] / index.docMass[doc];
      if (top.length === CANDIDATES) {
        if (share <= shares[CANDIDATES - 1]) continue;
        top.pop();
        shares.pop();
      }
      let at = top.length;
      while (at > 0 && shares[at - 1] < share) at--;
      top.splice(at, 0, doc);
      shares.splice(at, 0, share);
    }
    return top;
  }

  function scoreCandidate(doc: number, post: PostTerms): Omit<HoaxCandidate, 'sharedWords' | 'margin' | 'confidence'> & { shared: number[] } {
    const from = index.docTermStart[doc];
    const to = index.docTermStart[doc + 1];
    let mass = 0;
    let pairs = 0;
    let pairsMatched = 0;
    const shared: number[] = [];
    for (let i = from; i < to; i++) {
      const t = index.docTerms[i];
      if (post.set.has(t)) {
        mass += index.idf[t];
        shared.push(t);
      }
      if (i > from) {
        pairs++;
        if (post.pairs.has(pairKey(index.docTerms[i - 1], t))) pairsMatched++;
      }
    }
    const coverage = index.docMass[doc] > 0 ? mass / index.docMass[doc] : 0;
    const pairCoverage = pairs > 0 ? pairsMatched / pairs : coverage;
    // A short claim is covered by any post that names the same two people: the
    // weight matched, not only its share, has to be enough.
    const sureness = Math.min(1, mass / ENOUGH_MASS);
    const score = sureness * (0.6 * coverage + 0.4 * pairCoverage);
    return { entry: index.docEntry[doc], score, coverage, pairCoverage, mass, shared };
  }

  const termNames = () => {
    const names: string[] = new Array(index.terms.size);
    for (const [word, id] of index.terms) names[id] = word;
    return names;
  };
  let names: string[] | null = null;

  /** The best-scoring entry for the post, or null when no claim shares a rare enough word. */
  return function bestHoaxMatch(tokens: Token[]): HoaxCandidate | null {
    const post = readPost(index, tokens);
    let best: ReturnType<typeof scoreCandidate> | null = null;
    let runnerUp = 0;
    for (const doc of gatherCandidates(post)) {
      const scored = scoreCandidate(doc, post);
      // Variants of one entry are not rivals: a better variant replaces the best, and never counts as runner-up.
      if (best && scored.entry === best.entry) {
        if (scored.score > best.score) best = scored;
        continue;
      }
      if (!best || scored.score > best.score) {
        runnerUp = best?.score ?? 0;
        best = scored;
      } else runnerUp = Math.max(runnerUp, scored.score);
    }
    if (!best) return null;
    names ??= termNames();
    const { shared, ...rest } = best;
    const margin = best.score - runnerUp;
    return { ...rest, margin, confidence: confidence(best, margin), sharedWords: shared.map((t) => names![t]) };
  };
}
