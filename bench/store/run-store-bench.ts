/**
 * `npm run bench:store`: the report store, export and filters in real Chromium, inside
 * Saring's own reports page, each beside a baseline run in the same page:
 * - 10,000 reports written in one transaction, beside one transaction per report;
 * - 50,000 reports exported to CSV a page at a time, beside one JSON.stringify;
 * - 100,000 reports filtered by kind and text, beside a plain filter with a RegExp.
 * It measures and does not assert: missed goals still exit 0, a broken bench exits 1.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from '../../tests/e2e/support/browsers';
import type { ScrollFigures, StoreFigures } from './in-page';

const asJson = process.argv.includes('--json');
const PER_REPORT_COUNT = 10_000;
const SCROLL_REPORTS = 100_000;
const SCROLL_STEPS = 200;

async function bundleInPage(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('bench/store/in-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': resolve('.') },
    // The store imports `wxt/browser` nowhere; anything that does would not run here.
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function table(f: StoreFigures, s: ScrollFigures, loadMs: number): string {
  const perReport10k = (f.writePerReportMs * 10_000) / f.perReportCount;
  const rows: [string, string, string, string, string][] = [
    ['write 10,000 reports', `${f.writeOneTransactionMs.toFixed(0)} ms (one transaction)`, `${perReport10k.toFixed(0)} ms (a transaction each)`, '≤ 1,000 ms and ≥ 10×', f.writeOneTransactionMs <= 1000 && perReport10k / f.writeOneTransactionMs >= 10 ? 'yes' : '**no**'],
    ['  ratio', `${(perReport10k / f.writeOneTransactionMs).toFixed(1)}× faster`, '', '', ''],
    ['  the same IndexedDB bare: 10,000 tiny rows, no index, raw API', `${f.bareOneTransactionMs.toFixed(0)} ms (one transaction)`, `${f.bareEachMs.toFixed(0)} ms (a transaction each): ${(f.bareEachMs / f.bareOneTransactionMs).toFixed(1)}×, the ceiling for the ratio`, '', ''],
    ['export 50,000 reports', `${f.exportCsvMs.toFixed(0)} ms CSV, ${(f.exportCsvBytes / 1e6).toFixed(1)} MB, a page at a time`, `${f.exportJsonOnePieceMs.toFixed(0)} ms (one JSON.stringify)`, '≤ 3,000 ms', f.exportCsvMs <= 3000 ? 'yes' : '**no**'],
    ['  longest task', `${f.exportCsvLongestTaskMs.toFixed(0)} ms (0 = none over 50 ms)`, `${f.exportJsonOnePieceLongestTaskMs.toFixed(0)} ms`, 'none over 50 ms', f.exportCsvLongestTaskMs === 0 ? 'yes' : '**no**'],
    ['filter 100,000 by kind and text, sorted (median of 5)', `${f.filterMs.toFixed(0)} ms (${f.filterMatches} found)`, `${f.filterBaselineMs.toFixed(0)} ms (RegExp filter, ${f.filterBaselineMatches} found)`, '', ''],
    ['  preparing the search texts after loading', `${f.warmSearchMs.toFixed(0)} ms in chunks, longest task ${f.warmSearchLongestTaskMs.toFixed(0)} ms (0 = none over 50 ms)`, '', 'none over 50 ms', f.warmSearchLongestTaskMs === 0 ? 'yes' : '**no**'],
    ['  first search after that', `${f.firstFilterMs.toFixed(0)} ms`, '', '', ''],
    [`scroll ${SCROLL_REPORTS.toLocaleString('en')} reports top to bottom, ${SCROLL_STEPS} frames`, `frames p95 ${s.frameP95Ms.toFixed(0)} ms, max ${s.frameMaxMs.toFixed(0)} ms; longest task ${s.longestTaskMs.toFixed(0)} ms; at most ${s.rowsInDom} rows in the DOM`, '', 'no task over 50 ms', s.longestTaskMs === 0 ? 'yes' : '**no**'],
    [`  opening the page on ${SCROLL_REPORTS.toLocaleString('en')} reports`, `${loadMs.toFixed(0)} ms`, '', '', ''],
  ];
  return ['| figure | Saring | baseline | goal | met |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const script = await bundleInPage();
  const session = await launchWithExtension('chromium');
  try {
    const page = await session.openExtensionPage('reports.html', '#app');
    await page.evaluate(script);
    const figures = await page.evaluate((n) => (globalThis as unknown as { __saringStoreBench(n: number): Promise<StoreFigures> }).__saringStoreBench(n), PER_REPORT_COUNT);
    await page.evaluate((n) => (globalThis as unknown as { __saringFillProfile(n: number): Promise<void> }).__saringFillProfile(n), SCROLL_REPORTS);
    const started = Date.now();
    const queue = await session.openExtensionPage('reports.html', '#reports tbody tr[data-report-id]');
    const loadMs = Date.now() - started;
    await queue.evaluate(script);
    const scroll = await queue.evaluate((n) => (globalThis as unknown as { __saringScrollTable(n: number): Promise<ScrollFigures> }).__saringScrollTable(n), SCROLL_STEPS);
    const version = await session.browser.version();
    if (asJson) console.log(JSON.stringify({ browser: version, figures, scroll, loadMs }, null, 2));
    else console.log(`Saring store benchmark (${version})\n\n${table(figures, scroll, loadMs)}`);
  } finally {
    await session.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench:store is broken: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
