/**
 * Runs inside Saring's reports page (the extension's own origin, real IndexedDB):
 * bundled by run-store-bench.ts and evaluated there. It uses a database of its own,
 * so a profile's reports are never touched.
 */
import { buildReport, type Report } from '@/utils/storage/report';
import { createReportStore } from '@/utils/storage/report-store';
import { openSaringDB } from '@/utils/storage/db';
import { exportBlob } from '@/utils/moderation/export-files';
import { filterAndSort } from '@/utils/moderation/filter-reports';
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
  exportCsvMs: number;
  exportCsvLongestTaskMs: number;
  exportCsvBytes: number;
  exportJsonOnePieceMs: number;
  exportJsonOnePieceLongestTaskMs: number;
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

  const fiftyThousand = Array.from({ length: 50_000 }, (_, i) => syntheticReport(i));
  let bytes = 0;
  const csv = await longestTaskDuring(async () => {
    bytes = (await exportBlob('csv', fiftyThousand, new Date())).size;
  });
  const onePiece = await longestTaskDuring(async () => new Blob([JSON.stringify({ reports: fiftyThousand })]));

  const hundredThousand = Array.from({ length: 100_000 }, (_, i) => syntheticReport(i));
  await new Promise((resolve) => setTimeout(resolve, 50));
  // A moderator types: the first search lowers every report's text, the ones after reuse it. Median of five.
  let filterMatches = 0;
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
    exportCsvMs: csv.ms,
    exportCsvLongestTaskMs: csv.longest,
    exportCsvBytes: bytes,
    exportJsonOnePieceMs: onePiece.ms,
    exportJsonOnePieceLongestTaskMs: onePiece.longest,
    firstFilterMs,
    filterMs,
    filterMatches,
    filterBaselineMs,
    filterBaselineMatches,
  };
}

(globalThis as unknown as { __saringStoreBench: typeof runStoreBench }).__saringStoreBench = runStoreBench;
