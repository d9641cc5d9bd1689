/**
 * Runs inside Saring's reports page (the extension's own origin, real IndexedDB):
 * bundled by run-store-bench.ts and evaluated there. It uses a database of its own,
 * so a profile's reports are never touched.
 */
import { buildReport, type Report } from '@/utils/storage/report';
import { createReportStore } from '@/utils/storage/report-store';
import { openSaringDB } from '@/utils/storage/db';
import { exportBlob } from '@/utils/moderation/export-files';
import { filterAndSort, warmSearch } from '@/utils/moderation/filter-reports';
import type { Flag } from '@/utils/engine/types';
import type { Post } from '@/utils/post';

const CAPTIONS = ['Ayo coblos nomor urut 2, satu putaran!', 'Donasi untuk tim kampanye lewat QRIS', 'Kotak suara dibakar di gudang kecamatan', 'Resep sambal matah khas Bali', 'Iklan paslon: pilih yang muda'];
const CATEGORIES = ['campaign', 'election_fundraising', 'hoax', 'other', 'political_ad'] as const;

function syntheticReport(i: number): Report {
  const post: Post = {
    platform: i % 3 === 0 ? 'youtube' : 'tiktok',
    postId: String(7_400_000_000_000_000 + i),
    permalink: `https://www.tiktok.com/@akun${i % 500}/video/${7_400_000_000_000_000 + i}`,
    authorHandle: `akun${i % 500}`,
    authorName: `Akun ${i % 500}`,
    caption: `${CAPTIONS[i % CAPTIONS.length]} #pemilu2024 ${i}`,
    title: '',
    hashtags: ['pemilu2024'],
    adLabel: null,
    platformLabels: [],
    pageKind: 'feed',
  };
  const flags: Flag[] = [{ kind: 'campaign', score: 0.6, reason: 'r', matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos', group: 'call_to_vote', start: 4, end: 10 }] }];
  return { ...buildReport(post, { flags, category: CATEGORIES[i % CATEGORIES.length], lists: {}, reportedAt: 1_790_000_000_000 + i * 1000, reporterId: `vol-${i % 40}`, source: 'bulk', extensionVersion: '0.1.0' }) };
}

export interface StoreFigures {
  writeOneTransactionMs: number;
  writePerReportMs: number;
  perReportCount: number;
  bareOneTransactionMs: number;
  bareEachMs: number;
  exportCsvMs: number;
  exportCsvLongestTaskMs: number;
  exportCsvBytes: number;
  exportJsonOnePieceMs: number;
  exportJsonOnePieceLongestTaskMs: number;
  warmSearchMs: number;
  warmSearchLongestTaskMs: number;
  firstFilterMs: number;
  filterMs: number;
  filterMatches: number;
  filterBaselineMs: number;
  filterBaselineMatches: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const elapsed = async (work: () => Promise<unknown> | unknown) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** The longest `longtask` entry while `work` runs; 0 when none passed 50 ms. */
async function longestTaskDuring(work: () => Promise<unknown>): Promise<{ ms: number; longest: number }> {
  // End the task that made the test data first: its length is not the export's.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const ms = await elapsed(work);
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { ms, longest: Math.max(0, ...tasks) };
}

function bareDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = deleting.onerror = deleting.onblocked = () => {
      const opening = indexedDB.open(name, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('rows', { keyPath: 'id' });
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    };
  });
}

const committed = (tx: IDBTransaction) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = tx.onabort = () => reject(tx.error))));

/**
 * The browser's own ceiling for the write ratio: tiny rows in a store with no index, written
 * with the raw API, in one transaction and in a transaction each (get then put, as `save` does).
 * Saring's ratio cannot beat what the same IndexedDB gives with nothing on top.
 */
async function bareWrites(count: number, eachCount: number): Promise<{ oneMs: number; eachMs: number }> {
  const rows = Array.from({ length: count }, (_, i) => ({ id: `tiktok:${7_400_000_000_000_000 + i}` }));
  const one = await bareDatabase('saring-bench-bare-one');
  const oneMs = await elapsed(() => {
    const tx = one.transaction('rows', 'readwrite');
    for (const row of rows) tx.objectStore('rows').put(row);
    return committed(tx);
  });
  one.close();
  const each = await bareDatabase('saring-bench-bare-each');
  const eachMs = await elapsed(async () => {
    for (const row of rows.slice(0, eachCount)) {
      const tx = each.transaction('rows', 'readwrite');
      tx.objectStore('rows').get(row.id).onsuccess = () => tx.objectStore('rows').put(row);
      await committed(tx);
    }
  });
  each.close();
  return { oneMs, eachMs: (eachMs * count) / eachCount };
}

async function freshStore(name: string) {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  return createReportStore(openSaringDB(name));
}

export async function runStoreBench(perReportCount: number): Promise<StoreFigures> {
  const tenThousand = Array.from({ length: 10_000 }, (_, i) => syntheticReport(i));
  const oneTx = await freshStore('saring-bench-one');
  const writeOneTransactionMs = await elapsed(() => oneTx.saveAll(tenThousand));
  const perReport = await freshStore('saring-bench-each');
  const writePerReportMs = await elapsed(async () => {
    for (const r of tenThousand.slice(0, perReportCount)) await perReport.save(r);
  });
  const bare = await bareWrites(10_000, perReportCount);

  const fiftyThousand = Array.from({ length: 50_000 }, (_, i) => syntheticReport(i));
  let bytes = 0;
  const csv = await longestTaskDuring(async () => {
    bytes = (await exportBlob('csv', fiftyThousand, new Date())).size;
  });
  const onePiece = await longestTaskDuring(async () => new Blob([JSON.stringify({ reports: fiftyThousand })]));

  const hundredThousand = Array.from({ length: 100_000 }, (_, i) => syntheticReport(i));
  await new Promise((resolve) => setTimeout(resolve, 50));
  // The page lowers every report's text in chunks once the reports are loaded (warmSearch);
  // the first search after that, and the ones after it, reuse it. Median of five.
  let filterMatches = 0;
  const warm = await longestTaskDuring(() => warmSearch(hundredThousand));
  const warmSearchMs = warm.ms;
  const warmSearchLongestTaskMs = warm.longest;
  const firstFilterMs = await elapsed(() => filterAndSort(hundredThousand, { text: 'kotak' }, { column: 'reportedAt', descending: true }));
  const filterRuns = [];
  for (let run = 0; run < 5; run++) {
    filterRuns.push(await elapsed(() => (filterMatches = filterAndSort(hundredThousand, { category: 'hoax', text: 'kotak suara' }, { column: 'reportedAt', descending: true }).length)));
  }
  const filterMs = median(filterRuns);
  let filterBaselineMatches = 0;
  const baselineRuns = [];
  for (let run = 0; run < 5; run++) {
    baselineRuns.push(
      await elapsed(() => {
        const words = /kotak suara/i;
        filterBaselineMatches = hundredThousand.filter((r) => r.category === 'hoax' && words.test(`${r.captionSnapshot} ${r.authorHandle} ${r.note}`)).sort((a, b) => b.reportedAt - a.reportedAt).length;
      }),
    );
  }
  const filterBaselineMs = median(baselineRuns);

  return {
    writeOneTransactionMs,
    writePerReportMs,
    perReportCount,
    bareOneTransactionMs: bare.oneMs,
    bareEachMs: bare.eachMs,
    exportCsvMs: csv.ms,
    exportCsvLongestTaskMs: csv.longest,
    exportCsvBytes: bytes,
    exportJsonOnePieceMs: onePiece.ms,
    exportJsonOnePieceLongestTaskMs: onePiece.longest,
    warmSearchMs,
    warmSearchLongestTaskMs,
    firstFilterMs,
    filterMs,
    filterMatches,
    filterBaselineMs,
    filterBaselineMatches,
  };
}

(globalThis as unknown as { __saringStoreBench: typeof runStoreBench }).__saringStoreBench = runStoreBench;

/** Fills the profile's own report store, for the scrolling measure on the real reports page. */
export async function fillProfile(count: number): Promise<void> {
  const store = createReportStore();
  for (let start = 0; start < count; start += 10_000) {
    await store.saveAll(Array.from({ length: Math.min(10_000, count - start) }, (_, i) => syntheticReport(start + i)));
  }
}

export interface ScrollFigures {
  frames: number;
  frameP95Ms: number;
  frameMaxMs: number;
  longestTaskMs: number;
  rowsInDom: number;
}

/** Scrolls the reports table from top to bottom, a frame a step, as a moderator flicking through the queue. */
export async function scrollTable(steps: number): Promise<ScrollFigures> {
  const scroller = document.querySelector<HTMLElement>('#reports-scroller')!;
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const frames: number[] = [];
  const step = (scroller.scrollHeight - scroller.clientHeight) / steps;
  let last = performance.now();
  let rowsInDom = 0;
  for (let i = 1; i <= steps; i++) {
    scroller.scrollTop = step * i;
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const now = performance.now();
    frames.push(now - last);
    last = now;
    rowsInDom = Math.max(rowsInDom, scroller.querySelectorAll('tbody tr[data-report-id]').length);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const sorted = [...frames].sort((a, b) => a - b);
  return { frames: frames.length, frameP95Ms: sorted[Math.floor(sorted.length * 0.95)], frameMaxMs: sorted.at(-1)!, longestTaskMs: Math.max(0, ...tasks), rowsInDom };
}

Object.assign(globalThis, { __saringFillProfile: fillProfile, __saringScrollTable: scrollTable });
