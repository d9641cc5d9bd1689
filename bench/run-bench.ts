/**
 * `npm run bench`: the engine's speed, each figure beside a baseline measured in
 * the same process on the same inputs. `npm run bench -- --json` prints one JSON object.
 */
import MiniSearch from 'minisearch';
import { claimTexts, createEngine } from '../utils/engine/engine';
import { buildHoaxIndex } from '../utils/engine/hoax-index';
import { createHoaxMatcher } from '../utils/engine/hoax-match';
import { fromSnapshot, toSnapshot } from '../utils/engine/hoax-snapshot';
import { normalizeText, normalizeTokens } from '../utils/engine/normalize';
import { buildPhraseIndex, findPhrases } from '../utils/engine/phrase-index';
import { hoaxTokens } from '../utils/engine/stem';
import type { HoaxEntry } from '../utils/lists/hoax-list';
import { loadPatternList } from '../cli/load-lists';
import { benchClaims, benchEverydayPosts, benchPosts } from './inputs';
import { benchSignedList } from './list-bench';
import { indexBytes, percentile, timeEach, timeOnce } from './timing';

const asJson = process.argv.includes('--json');
const log = (line: string) => asJson || console.log(line);
const CLAIM_COUNT = 50_000;
const patterns = await loadPatternList();

interface Figure {
  measure: string;
  saring: number;
  baseline: number;
  baselineName: string;
  unit: string;
}
const figures: Figure[] = [];
const record = (figure: Figure) => {
  figures.push(figure);
  log(`measured: ${figure.measure}`);
};

const to300 = (p: string) => p.padEnd(300, ` ${p}`).slice(0, 300);
const posts = benchPosts();
const posts300 = posts.map(to300);
const everyday300 = benchEverydayPosts().map(to300);

function benchNormalisation() {
  const naive = (text: string) => text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const saring = timeEach(posts300, (p) => normalizeTokens(p), 3, 5);
  const baseline = timeEach(posts300, naive, 3, 5);
  record({ measure: 'normalise a 300-character post, p50', saring: percentile(saring, 50), baseline: percentile(baseline, 50), baselineName: 'NFKC + lower case + split', unit: 'µs' });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function benchPatternScan() {
  const index = buildPhraseIndex(patterns.entries, normalizeTokens);
  // The baseline gets the same phrases, normalised the same way, as one alternation.
  const alternatives = patterns.entries.map((e) => escapeRegExp(normalizeText(e.phrase))).sort((a, b) => b.length - a.length);
  const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // Political posts are dense with matches; most posts in a feed are not political at all.
  for (const [name, sample] of [['election and hoax posts', posts300], ['everyday posts (trending videos)', everyday300]] as const) {
    const tokenised = sample.map((p) => normalizeTokens(p));
    const normalisedText = tokenised.map((tokens) => tokens.map((t) => t.text).join(' '));
    const saring = timeEach(tokenised, (tokens) => findPhrases(index, tokens), 3, 20);
    const baseline = timeEach(normalisedText, (text) => text.match(alternation), 3, 20);
    for (const p of [50, 99]) {
      record({ measure: `pattern scan, 300 characters of ${name}, ${patterns.entries.length} patterns, p${p}`, saring: percentile(saring, p), baseline: percentile(baseline, p), baselineName: 'one RegExp alternation', unit: 'µs' });
    }
  }
}

function benchHoaxLookup(entries: HoaxEntry[]) {
  const tokenize = hoaxTokens;
  const claims = claimTexts(entries);
  let index = buildHoaxIndex(claims, tokenize);
  const buildMs = timeOnce(() => (index = buildHoaxIndex(claims, tokenize)));
  const best = createHoaxMatcher(index);
  const queries = posts.map((p) => tokenize(p));
  const saring = timeEach(queries, (tokens) => best(tokens));

  const documents = entries.map((e, id) => ({ id, text: normalizeText(e.claim) }));
  const buildMiniSearch = () => {
    const built = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], idField: 'id' });
    built.addAll(documents);
    return built;
  };
  let search = buildMiniSearch();
  const miniBuildMs = timeOnce(() => (search = buildMiniSearch()));
  // MiniSearch with the fuzzy and prefix options its documentation suggests; slow, so on a sample.
  const sample = posts.slice(0, 40).map((p) => normalizeText(p));
  const mini = timeEach(sample, (text) => search.search(text, { fuzzy: 0.2, prefix: true }).slice(0, 1), 1);
  for (const p of [50, 99]) {
    record({ measure: `hoax lookup per post, ${entries.length} claims, p${p}`, saring: percentile(saring, p), baseline: percentile(mini, p), baselineName: 'MiniSearch 7.2 (fuzzy 0.2, prefix)', unit: 'µs' });
  }
  record({ measure: `index build, ${entries.length} claims`, saring: buildMs, baseline: miniBuildMs, baselineName: 'MiniSearch addAll', unit: 'ms' });

  const snapshot = toSnapshot(index);
  const restoreMs = timeOnce(() => fromSnapshot(structuredClone(snapshot)));
  const serialised = JSON.stringify(search);
  const miniRestoreMs = timeOnce(() => MiniSearch.loadJSON(serialised, { fields: ['text'], idField: 'id' }));
  record({ measure: 'restore a stored index (structured clone + rebuild the term map)', saring: restoreMs, baseline: miniRestoreMs, baselineName: 'MiniSearch.loadJSON', unit: 'ms' });
  record({ measure: 'index memory (typed arrays + term strings)', saring: indexBytes(index) / 2 ** 20, baseline: serialised.length / 2 ** 20, baselineName: 'MiniSearch as JSON', unit: 'MB' });
}

function benchHostileText(entries: HoaxEntry[]) {
  const engine = createEngine({ patterns, hoaxes: { entries } });
  for (const [name, text] of [['a', 'a'.repeat(100_000)], ['emoji', '😀'.repeat(50_000)], ['words', 'coblos donasi '.repeat(7_200)]]) {
    const saring = timeOnce(() => engine.analyse({ text, sponsored: false }));
    const baseline = timeOnce(() => text.normalize('NFKC').toLowerCase());
    record({ measure: `whole analysis of a 100,000-character post of ${name}`, saring, baseline, baselineName: 'NFKC + lower case only', unit: 'ms' });
  }
}

const entries = benchClaims(CLAIM_COUNT);
log(`Saring benchmark: ${posts.length} posts, ${entries.length} claims (${process.version}, ${process.arch})`);
benchNormalisation();
benchPatternScan();
benchHoaxLookup(entries);
benchHostileText(entries);
for (const figure of await benchSignedList(entries)) record(figure);

if (asJson) console.log(JSON.stringify({ posts: posts.length, claims: entries.length, figures }, null, 2));
else {
  console.log('\n| measure | Saring | baseline | × faster | baseline is |\n|---|---:|---:|---:|---|');
  for (const f of figures) {
    const ratio = f.unit === 'MB' ? '' : `${(f.baseline / f.saring).toFixed(1)}×`;
    console.log(`| ${f.measure} | ${f.saring.toFixed(2)} ${f.unit} | ${f.baseline.toFixed(2)} ${f.unit} | ${ratio} | ${f.baselineName} |`);
  }
}
