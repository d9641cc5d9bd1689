import { mergeReporters, type Report, type StatusChange } from '../storage/report';

const changeKey = (c: StatusChange) => `${c.at}:${c.from}:${c.to}`;

export function mergeHistory(a: StatusChange[], b: StatusChange[]): StatusChange[] {
  const all = new Map([...a, ...b].map((c) => [changeKey(c), c]));
  return [...all.values()].sort((x, y) => x.at - y.at || changeKey(x).localeCompare(changeKey(y)));
}

function joinNotes(a: string, b: string): string {
  if (!a || a === b) return b;
  if (!b || a.split('\n').includes(b)) return a;
  return `${a}\n${b}`;
}

/**
 * Two reports of the same post, from two volunteers or two imports, as one. Every reporter is
 * kept with the earliest time each reported it; the review with the latest decision wins, and
 * every decision stays in the history; the evidence of the first report is kept. Merging a
 * report into itself, or the same file twice, changes nothing.
 */
export function mergeReports(existing: Report, incoming: Report): Report {
  const first = incoming.reportedAt < existing.reportedAt ? incoming : existing;
  const history = mergeHistory(existing.history, incoming.history);
  const lastDecision = history.at(-1);
  return {
    ...first,
    seenAt: Math.min(existing.seenAt, incoming.seenAt),
    reportedAt: Math.min(existing.reportedAt, incoming.reportedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    note: joinNotes(first.note, first === existing ? incoming.note : existing.note),
    status: lastDecision?.to ?? first.status,
    history,
    reporters: mergeReporters(existing.reporters, incoming.reporters),
  };
}
