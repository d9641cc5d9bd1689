import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

// Linux's USER_HZ; /proc reports CPU time in these ticks.
const TICKS_PER_S = 100;

/** CPU seconds used so far by the pouchdb-server child (user + system), or undefined off Linux. */
function serverCpuS(): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces, closed by the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pouchdb-server')) continue;
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return undefined;
}

/** CPU seconds the whole machine has been busy (all cores), from /proc/stat; undefined off Linux. */
function machineBusyS(): number | undefined {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    const busy = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0) - ticks[3] - ticks[4];
    return busy / TICKS_PER_S;
  } catch {
    return undefined;
  }
}

export interface Usage {
  wallS: number;
  /** This process: the 51 profiles, the probe and the bench, all on one JavaScript thread (plus GC and I/O threads). */
  clientCpuS: number;
  serverCpuS?: number;
  /** Everything else on the machine meanwhile (other people's tests, browsers): it slows both sides. */
  otherCpuS?: number;
  eventLoopDelayP95Ms: number;
  eventLoopDelayMaxMs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Where the time and memory went between start() and the returned stop(). */
export function watchUsage() {
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const server = serverCpuS();
  const machine = machineBusyS();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 500);
  return (): Usage => {
    clearInterval(timer);
    sample();
    delay.disable();
    const used = process.cpuUsage(cpu);
    const serverNow = serverCpuS();
    const machineNow = machineBusyS();
    const clientCpuS = (used.user + used.system) / 1e6;
    const serverUsed = server !== undefined && serverNow !== undefined ? serverNow - server : undefined;
    return {
      wallS: (performance.now() - started) / 1000,
      clientCpuS,
      serverCpuS: serverUsed,
      otherCpuS: machine !== undefined && machineNow !== undefined && serverUsed !== undefined ? Math.max(0, machineNow - machine - clientCpuS - serverUsed) : undefined,
      eventLoopDelayP95Ms: delay.percentile(95) / 1e6,
      eventLoopDelayMaxMs: delay.max / 1e6,
      peakRssMb: peakRss / 2 ** 20,
      peakHeapMb: peakHeap / 2 ** 20,
    };
  };
}
