/**
 * Reads a Chrome trace of the feed page and finds the tasks Saring's content
 * script took part in. The categories are the DevTools timeline's without the
 * sampling profiler, which would slow both runs down far more than it tells us.
 */
export const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration. */
  tdur?: number;
  args?: Record<string, unknown> & {
    name?: string;
    data?: { url?: string; stackTrace?: { url?: string }[]; frames?: { processId: number; url: string }[] };
    beginData?: { stackTrace?: { url?: string }[] };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
    src_func?: string;
  };
}

/** A task's wall time, and the CPU time its thread actually got (less, when the machine is busy). */
export interface TaskSpan {
  wallMs: number;
  cpuMs: number;
}

/**
 * Sums are main-thread CPU time (the trace's thread durations), which other
 * processes on a busy machine disturb far less than wall time. Longest tasks
 * are chosen by CPU time for the same reason, with their wall time beside.
 */
export interface TaskFigures {
  mainThreadCpuMs: number;
  /** Tasks that render a frame (rAF callbacks, style, layout, paint): where a badge's cost lands. */
  frameCpuMs: number;
  /** Inside Saring's own functions, or in tasks that an answer to Saring's messages started. */
  saringCpuMs: number;
  longestTask: TaskSpan;
  /** The longest task with any Saring code in it, and Saring's part of it. */
  longestSaringTask: TaskSpan & { saringCpuMs: number };
  /** The most CPU Saring took inside any one task. */
  largestSaringPartCpuMs: number;
}

const EXTENSION_URL = 'chrome-extension://';

function mentionsExtension(event: TraceEvent): boolean {
  const data = event.args?.data;
  if (data?.url?.startsWith(EXTENSION_URL)) return true;
  const stack = data?.stackTrace ?? event.args?.beginData?.stackTrace ?? [];
  return stack.some((frame) => frame.url?.startsWith(EXTENSION_URL));
}

// The answer to runtime.sendMessage arrives on this interface; everything it runs is the content script's.
function isExtensionMessage(event: TraceEvent): boolean {
  return event.name === 'Receive mojo message' && (event.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.');
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/**
 * The page's renderer process: the trace's frame list names the traced page's; a page in
 * another window is found by its own script running (a FunctionCall whose URL is on its host).
 */
function pageProcess(events: TraceEvent[], pageHost: string): number | undefined {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => hostOf(f.url) === pageHost);
  if (frame) return frame.processId;
  return events.find((e) => e.name === 'FunctionCall' && hostOf(e.args?.data?.url) === pageHost)?.pid;
}

function pageMainThread(events: TraceEvent[], pageHost: string): { pid: number; tid: number } {
  const pid = pageProcess(events, pageHost);
  if (pid === undefined) throw new Error(`the trace names no frame on ${pageHost}`);
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!thread) throw new Error(`the trace has no CrRendererMain thread in process ${pid}`);
  return { pid: thread.pid, tid: thread.tid };
}

/** Drops slices nested in an earlier one, so a call inside a call is not counted twice. */
function outermost(slices: TraceEvent[]): TraceEvent[] {
  let coveredUntil = -Infinity;
  return slices.filter((slice) => {
    if (slice.ts < coveredUntil) return false;
    coveredUntil = slice.ts + (slice.dur ?? 0);
    return true;
  });
}

const wallMs = (e: TraceEvent) => (e.dur ?? 0) / 1000;
const cpuMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const sum = (slices: TraceEvent[], ms: (e: TraceEvent) => number) => slices.reduce((total, e) => total + ms(e), 0);

export function taskFigures(trace: { traceEvents: TraceEvent[] }, pageHost: string): TaskFigures {
  const { pid, tid } = pageMainThread(trace.traceEvents, pageHost);
  const slices = trace.traceEvents
    .filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'I'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const figures: TaskFigures = {
    mainThreadCpuMs: 0,
    frameCpuMs: 0,
    saringCpuMs: 0,
    longestTask: { wallMs: 0, cpuMs: 0 },
    longestSaringTask: { wallMs: 0, cpuMs: 0, saringCpuMs: 0 },
    largestSaringPartCpuMs: 0,
  };
  let taskEnd = -Infinity;
  let task: TraceEvent[] = [];
  const closeTask = () => {
    if (task.length === 0) return;
    const [runTask, ...inside] = task;
    const span = { wallMs: wallMs(runTask), cpuMs: cpuMs(runTask) };
    figures.mainThreadCpuMs += span.cpuMs;
    if (span.cpuMs > figures.longestTask.cpuMs) figures.longestTask = span;
    if (inside.some((e) => e.args?.src_func === 'ScheduledActionSendBeginMainFrame')) figures.frameCpuMs += span.cpuMs;
    const startedBySaring = inside.some(isExtensionMessage);
    const ownSlices = startedBySaring ? [runTask] : outermost(inside.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && mentionsExtension(e)));
    const saringCpuMs = sum(ownSlices, cpuMs);
    figures.saringCpuMs += saringCpuMs;
    figures.largestSaringPartCpuMs = Math.max(figures.largestSaringPartCpuMs, saringCpuMs);
    if ((startedBySaring || inside.some(mentionsExtension)) && span.cpuMs > figures.longestSaringTask.cpuMs) {
      figures.longestSaringTask = { ...span, saringCpuMs };
    }
    task = [];
  };
  for (const slice of slices) {
    // Only outermost RunTask slices are tasks; a nested run loop's tasks belong to the one that spun it.
    if (slice.name === 'RunTask' && slice.ph === 'X' && slice.ts >= taskEnd) {
      closeTask();
      task = [slice];
      taskEnd = slice.ts + (slice.dur ?? 0);
    } else if (slice.ts < taskEnd) task.push(slice);
  }
  closeTask();
  return figures;
}
