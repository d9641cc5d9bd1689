/**
 * `npm run bench:page`: what the built extension costs a TikTok feed page in
 * Chromium, measured against the same browser without it on the same growing
 * feed. `-- --json` prints one JSON object; `-- --runs N` changes the repeats.
 * It measures and does not assert: missed goals still exit 0, a broken bench exits 1.
 */
import { availableParallelism, loadavg } from 'node:os';
import { percentile } from '../timing';
import type { FeedShape } from './growing-feed';
import { BenchBroken, copyBuild, launchBenchBrowser, type BenchBrowser } from './launch';
import { runPairOnce, type PairedRun, type RunResult } from './run-feed';

const asJson = process.argv.includes('--json');
const log = (line: string) => asJson || console.log(line);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;
// A For You feed that keeps loading as the user scrolls: ten posts every 100 ms up to 500.
const SHAPE: FeedShape = { total: 500, perBatch: 10, batchIntervalMs: 100 };
const WATCHDOG_MS = 10 * 60_000;

const GOAL_TASK_MS = 50;
const GOAL_ADDED_PER_100_MS = 20;
const GOAL_BADGE_MS = 100;

interface Figure {
  figure: string;
  saring: number | null;
  withoutSaring: number | null;
  goal: string;
  met: boolean | null;
  unit: string;
}

const median = (values: number[]) => percentile(values, 50);
const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
const per100 = (ms: number) => (ms * 100) / SHAPE.total;

/** A row; `goalMs` makes it a goal that is met when the Saring figure is at most that. */
function row(figure: string, saring: number, withoutSaring: number | null, goalMs?: number, unit = 'ms'): Figure {
  const goal = goalMs === undefined ? '' : `≤ ${goalMs} ${unit}`;
  return { figure, saring, withoutSaring, goal, met: goalMs === undefined ? null : saring <= goalMs, unit };
}

function figuresFrom(pairs: PairedRun[]): Figure[] {
  const on = pairs.map((p) => p.on);
  const off = pairs.map((p) => p.off);
  const medianPer100 = (runs: RunResult[], pick: (r: RunResult) => number) => per100(median(runs.map(pick)));
  const addedPer100 = (pick: (r: RunResult) => number) => pairs.map((p) => per100(pick(p.on) - pick(p.off)));
  const taskAdded = addedPer100((r) => r.taskCpuMs);
  const taskOff = medianPer100(off, (r) => r.taskCpuMs);
  const scriptOff = medianPer100(off, (r) => r.scriptCpuMs);
  const longestSaringTask = on.map((r) => r.trace.longestSaringTask).reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const longestOffTask = off.map((r) => r.trace.longestTask).reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const badge = (p: number) => median(on.map((r) => percentile(r.badgeLatenciesMs, p)));
  const fewestMarked = Math.min(...on.map((r) => r.postsMarked));
  return [
    row('main-thread CPU time added per 100 posts (CDP TaskDuration, ON − OFF side by side, median of runs)', median(taskAdded), taskOff, GOAL_ADDED_PER_100_MS),
    row('  lowest run', Math.min(...taskAdded), null),
    row('  highest run', Math.max(...taskAdded), null),
    row('  of which script (CDP ScriptDuration, ON − OFF, median of runs)', median(addedPer100((r) => r.scriptCpuMs)), scriptOff),
    row("  Saring's own JS and message tasks, CPU per 100 posts (trace, median)", medianPer100(on, (r) => r.trace.saringCpuMs), medianPer100(off, (r) => r.trace.saringCpuMs)),
    row('  frame rendering tasks, CPU per 100 posts (trace: rAF, style, layout, paint; median)', medianPer100(on, (r) => r.trace.frameCpuMs), medianPer100(off, (r) => r.trace.frameCpuMs)),
    row('longest task with Saring code in it, CPU time of the whole task (trace, worst run)', longestSaringTask.cpuMs, longestOffTask.cpuMs, GOAL_TASK_MS),
    row("  Saring's part of that task, CPU", longestSaringTask.saringCpuMs, null),
    row('  that task in wall time (a busy machine stretches it)', longestSaringTask.wallMs, longestOffTask.wallMs),
    row("most CPU Saring's own code and messages took in one task (trace, worst run)", max(on.map((r) => r.trace.largestSaringPartCpuMs)), null, GOAL_TASK_MS),
    row("longest 'longtask' entry, wall time (PerformanceObserver, worst run; 0 = none over 50 ms)", max(on.flatMap((r) => r.longTasksMs)), max(off.flatMap((r) => r.longTasksMs)), GOAL_TASK_MS),
    row('post inserted → data-saring-state, p50 (median of runs)', badge(50), null, GOAL_BADGE_MS),
    row('post inserted → data-saring-state, p95 (median of runs)', badge(95), null, GOAL_BADGE_MS),
    row('post inserted → data-saring-state, max (median of runs)', median(on.map((r) => max(r.badgeLatenciesMs))), null, GOAL_BADGE_MS),
    row('flagged post on screen → its badge, p50 (median of runs; 0 = badge already there)', median(on.map((r) => percentile(r.visibleBadgeLatenciesMs, 50))), null, GOAL_BADGE_MS),
    row('flagged post on screen → its badge, max (worst run)', max(on.flatMap((r) => r.visibleBadgeLatenciesMs)), null, GOAL_BADGE_MS),
    { figure: 'flagged posts on screen without a badge (worst run)', saring: Math.max(...on.map((r) => r.visibleFlaggedWithoutBadge)), withoutSaring: null, goal: '0', met: on.every((r) => r.visibleFlaggedWithoutBadge === 0), unit: '' },
    { figure: 'badges mounted, near the screen only (median of runs)', saring: median(on.map((r) => r.badgesMounted)), withoutSaring: null, goal: '', met: null, unit: '' },
    { figure: 'flagged posts on screen (fewest in a run)', saring: Math.min(...on.map((r) => r.visibleBadgeLatenciesMs.length + r.visibleFlaggedWithoutBadge)), withoutSaring: null, goal: '', met: null, unit: '' },
    { figure: `posts marked, fewest in a run (of ${SHAPE.total})`, saring: fewestMarked, withoutSaring: null, goal: `${SHAPE.total}`, met: fewestMarked === SHAPE.total, unit: '' },
  ];
}

/** One run as printed by --json: the per-post latencies folded into percentiles. */
function summariseRun({ badgeLatenciesMs, visibleBadgeLatenciesMs, longTasksMs, ...rest }: RunResult) {
  const badgeMs = badgeLatenciesMs.length === 0 ? null : { p50: percentile(badgeLatenciesMs, 50), p95: percentile(badgeLatenciesMs, 95), max: max(badgeLatenciesMs) };
  const onScreenBadgeMs = visibleBadgeLatenciesMs.length === 0 ? null : { p50: percentile(visibleBadgeLatenciesMs, 50), max: max(visibleBadgeLatenciesMs) };
  return { ...rest, longestLongTaskMs: max(longTasksMs), badgeMs, onScreenBadgeMs };
}

function printTable(figures: Figure[]): void {
  const show = (value: number | null, unit: string) => (value === null ? '' : `${value.toFixed(unit ? 1 : 0)}${unit ? ` ${unit}` : ''}`);
  console.log('\n| figure | Saring ON | goal | met | OFF (no extension) |\n|---|---:|---|---|---:|');
  for (const f of figures) {
    const met = f.met === null ? '' : f.met ? 'yes' : '**no**';
    console.log(`| ${f.figure} | ${show(f.saring, f.unit)} | ${f.goal} | ${met} | ${show(f.withoutSaring, f.unit)} |`);
  }
}

// Wall-time figures (longest tasks, badge latency) stretch when other processes compete for the CPUs.
function machineNote(loadAtStart: number) {
  const machine = { cpus: availableParallelism(), loadAverage: { start: loadAtStart, end: loadavg()[0] } };
  const busy = Math.max(machine.loadAverage.start, machine.loadAverage.end) > machine.cpus * 0.75;
  const note = `load average ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)} on ${machine.cpus} CPUs${busy ? ': the machine was busy, so trust the CPU-time figures over the wall-time ones' : ''}`;
  return { machine, note };
}

let build: ReturnType<typeof copyBuild> | undefined;

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0];
  build = copyBuild();
  let session: BenchBrowser | undefined;
  try {
    session = await launchBenchBrowser(build.dir);
    const version = await session.browser.version();
    log(`Saring page benchmark: ${SHAPE.total} posts, ${SHAPE.perBatch} every ${SHAPE.batchIntervalMs} ms, ${RUNS} runs, each with and without Saring side by side (${version}, ${process.arch})`);
    const pairs: PairedRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const pair = await runPairOnce(session.browser, SHAPE);
      pairs.push(pair);
      const { on, off } = pair;
      log(`run ${run}: main-thread CPU ON ${on.taskCpuMs.toFixed(0)} ms, OFF ${off.taskCpuMs.toFixed(0)} ms, added ${per100(on.taskCpuMs - off.taskCpuMs).toFixed(1)} ms per 100 posts; Saring's own ${on.trace.saringCpuMs.toFixed(1)} ms; longest task ${on.trace.longestTask.cpuMs.toFixed(1)} / ${off.trace.longestTask.cpuMs.toFixed(1)} ms CPU; marked ${on.postsMarked}, flagged ${on.postsFlagged}`);
    }
    const figures = figuresFrom(pairs);
    const { machine, note } = machineNote(loadAtStart);
    const runs = pairs.map((p) => ({ on: summariseRun(p.on), off: summariseRun(p.off) }));
    if (asJson) console.log(JSON.stringify({ shape: SHAPE, repeats: RUNS, browser: version, machine, figures, runs }, null, 2));
    else {
      printTable(figures);
      console.log(`\n${note}`);
    }
  } finally {
    await session?.close().catch(() => undefined);
    build.remove();
  }
}

// A hung browser must not hang CI; exiting also makes puppeteer kill the browsers it launched.
setTimeout(() => {
  console.error(`bench:page: gave up after ${WATCHDOG_MS / 60_000} minutes`);
  build?.remove();
  process.exit(1);
}, WATCHDOG_MS).unref();

try {
  await main();
} catch (error) {
  console.error(`bench:page is broken: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof BenchBroken) && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
