import type { Counted } from './checks';
import type { RawFigures } from './raw-baseline';
import type { Usage } from './usage';

export interface SyncFigures {
  volunteers: number;
  perVolunteer: number;
  pullEveryMs: number;
  moderatorMode: 'live' | 'passes';
  /** Live mode: each distinct error the moderator's status showed. */
  moderatorErrors: string[];
  setupS: number;
  saveMs: number;
  /** Start of the pushes to the last volunteer's pass ending; undefined if the deadline came first. */
  pushMs?: number;
  /** Start of the pushes to the server holding every load report. */
  onServerMs?: number;
  serverPollsMissed: number;
  /** Start of the pushes to every load report being in the moderator's store. */
  toModeratorMs?: number;
  deadlineS: number;
  volunteerFailedPasses: number;
  refused: number;
  unhandled: string[];
  moderatorRuns: number;
  moderatorFailedRuns: number;
  longestModeratorRunMs: number;
  probe: { sent: number; duringLoad: number; arrived: number; p50Ms?: number; p95Ms?: number; maxMs?: number; toServerP50Ms?: number; toServerP95Ms?: number; idle: number; idleP50Ms?: number; idleP95Ms?: number };
  server: Counted & { documents: number };
  moderator: Counted & { reports: number };
  raw: RawFigures;
  usage: Usage;
}

const s = (ms: number | undefined) => (ms === undefined ? 'not reached' : `${(ms / 1000).toFixed(1)} s`);
const n = (x: number) => x.toLocaleString('en');
const cpu = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(0)} s`);
const met = (ok: boolean) => (ok ? 'yes' : '**no**');

export function syncTable(f: SyncFigures): string {
  const total = f.volunteers * f.perVolunteer;
  const rate = (ms?: number) => (ms ? `${n(Math.round(total / (ms / 1000)))} reports/s` : '');
  const rawTotal = f.raw.pushMs + f.raw.pullMs;
  const p = f.probe;
  const lost = f.server.lost + f.moderator.lost;
  const duplicated = f.server.duplicated + f.moderator.duplicated;
  const u = f.usage;
  const rows: [string, string, string, string, string][] = [
    [`${n(total)} reports (${f.volunteers} volunteers × ${n(f.perVolunteer)}) from save to the moderator's store`, `${s(f.toModeratorMs)}, ${rate(f.toModeratorMs)}`, `${s(rawTotal)}, ${rate(rawTotal)} (raw HTTP: push + one _changes read)`, '', ''],
    ['  ratio', f.toModeratorMs ? `${(f.toModeratorMs / rawTotal).toFixed(1)}× the raw time` : '', '', '', ''],
    ['  pushes: the server holds them all', `${s(f.onServerMs)}, ${rate(f.onServerMs)}`, `${s(f.raw.pushMs)}, ${rate(f.raw.pushMs)} (${f.volunteers} concurrent _bulk_docs POSTs of ${n(f.perVolunteer)}; ${f.raw.refused} refused)`, '', ''],
    ['  every volunteer’s push pass done (a new report does not wait for a pull)', s(f.pushMs), '', '', ''],
    ['  moderator reading them (raw: one _changes?include_docs)', '', `${s(f.raw.pullMs)} for ${n(f.raw.pulled)} documents`, '', ''],
    [`new report to the moderator while the load runs (${p.duringLoad} of ${p.sent} probes sent during it; ${p.arrived} arrived)`, `p50 ${s(p.p50Ms)}, p95 ${s(p.p95Ms)}, max ${s(p.maxMs)}`, `p50 ${s(p.idleP50Ms)}, p95 ${s(p.idleP95Ms)} (${p.idle} probes after the load, same moderator loop)`, 'p95 < 5 s', met(p.p95Ms !== undefined && p.p95Ms < 5000 && p.duringLoad >= 20)],
    ['  of which save to the server (push)', `p50 ${s(p.toServerP50Ms)}, p95 ${s(p.toServerP95Ms)}`, '', '', ''],
    ['lost: expected post+reporter missing', `${lost} (server ${f.server.lost}, moderator ${f.moderator.lost})`, '', '0', met(lost === 0)],
    ['duplicated: second document or revision for a post+reporter on the server; reporter listed twice at the moderator', `${duplicated} (server ${f.server.duplicated}, moderator ${f.moderator.duplicated})`, '', '0', met(duplicated === 0)],
    ['  unexpected reports (nobody in the bench sent them)', `server ${f.server.unexpected}, moderator ${f.moderator.unexpected}`, '', '', ''],
    ['  volunteer passes that failed or left reports waiting (retried)', String(f.volunteerFailedPasses), '', '', ''],
    ['  changes the server’s rules refused (kept locally, listed in the settings)', String(f.refused), '', '', ''],
    ['  promise rejections PouchDB left unhandled (a browser logs them; Node would exit)', f.unhandled.length === 0 ? '0' : `${f.unhandled.length}: ${[...new Set(f.unhandled)].slice(0, 3).join('; ')}`, '', '', ''],
    f.moderatorMode === 'live'
      ? [`moderator's reports page open (says so every ${f.pullEveryMs} ms; the team's changes pulled live)`, `errors shown: ${f.moderatorErrors.length === 0 ? 'none' : f.moderatorErrors.slice(0, 3).join('; ')}`, '', '', '']
      : [`moderator runs (pass asked every ${f.pullEveryMs ? `${f.pullEveryMs} ms` : 'time one ends'})`, `${f.moderatorRuns}, ${f.moderatorFailedRuns} failed; longest ${s(f.longestModeratorRunMs)}`, '', '', ''],
    [`local save first, ${n(f.perVolunteer)} reports × ${f.volunteers}, one transaction each, all at once (not timed above)`, s(f.saveMs), '', '', ''],
    ['CPU from the first push to the moderator holding all: this process (moderator and probe on the main thread, the 50 volunteers in a worker thread) / pouchdb-server / anything else on the machine', `${u.clientCpuS.toFixed(0)} s / ${cpu(u.serverCpuS)} / ${cpu(u.otherCpuS)} over ${u.wallS.toFixed(0)} s wall (2 cores: ${(2 * u.wallS).toFixed(0)} CPU s)`, '', '', ''],
    ['  event-loop delay of this process', `p95 ${u.eventLoopDelayP95Ms.toFixed(0)} ms, max ${u.eventLoopDelayMaxMs.toFixed(0)} ms`, '', '', ''],
    ['  peak memory of this process', `RSS ${u.peakRssMb.toFixed(0)} MB, heap ${u.peakHeapMb.toFixed(0)} MB`, '', '', ''],
    ['setup: team setup, add-user × ' + (f.volunteers + 2) + ', joins (not timed above)', s(f.setupS * 1000), '', '', ''],
  ];
  return ['| figure | measured | baseline | goal | met |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
