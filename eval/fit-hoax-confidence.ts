/**
 * `npm run eval -- --fit`: refits CONFIDENCE_WEIGHTS and prints the threshold
 * that keeps precision at 0.95 or more, on the tuning half only.
 */
import { buildHoaxIndex } from '../utils/engine/hoax-index';
import { confidenceFeatures, createHoaxMatcher } from '../utils/engine/hoax-match';
import { hoaxTokens } from '../utils/engine/stem';
import { isHoldout, readHoaxPairs, readNonHoaxTexts } from './shared-data';

interface Sample {
  features: number[];
  correct: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => x.reduce((sum, v, i) => sum + v * w[i], 0);

function fitLogistic(samples: Sample[], steps = 4000, rate = 0.5): number[] {
  let w = new Array<number>(samples[0].features.length).fill(0);
  for (let step = 0; step < steps; step++) {
    const gradient = w.map(() => 0);
    for (const s of samples) {
      const error = sigmoid(dot(w, s.features)) - (s.correct ? 1 : 0);
      s.features.forEach((x, i) => (gradient[i] += error * x));
    }
    w = w.map((v, i) => v - (rate * gradient[i]) / samples.length);
  }
  return w;
}

export function fitHoaxConfidence(): void {
  const tokenize = hoaxTokens;
  const pairs = readHoaxPairs();
  const best = createHoaxMatcher(buildHoaxIndex(pairs.map((p, i) => ({ entry: i, text: p.title })), tokenize));
  const tune = pairs.map((p, i) => ({ p, i })).filter(({ p }) => !isHoldout(p.id));
  const samples: Sample[] = [];
  for (const { p, i } of tune) {
    const match = best(tokenize(p.post));
    if (match) samples.push({ features: confidenceFeatures(match, match.margin), correct: match.entry === i });
  }
  readNonHoaxTexts().forEach((text, k) => {
    const match = k % 2 === 0 ? best(tokenize(text.text)) : null;
    if (match) samples.push({ features: confidenceFeatures(match, match.margin), correct: false });
  });
  const w = fitLogistic(samples);
  console.log(`CONFIDENCE_WEIGHTS = [${w.map((v) => v.toFixed(2)).join(', ')}]`);
  for (let threshold = 0.5; threshold < 0.96; threshold += 0.05) {
    const flagged = samples.filter((s) => sigmoid(dot(w, s.features)) >= threshold);
    const correct = flagged.filter((s) => s.correct).length;
    console.log(`threshold ${threshold.toFixed(2)}: recall ${(correct / tune.length).toFixed(3)}, precision ${(correct / flagged.length).toFixed(3)}`);
  }
}
