import type { ReportStore } from '../storage/report-store';

/**
 * The report store with a notice after each write a page causes (a report, its undo, a note),
 * so team sync sends it up at once, without the routes knowing team sync exists.
 */
export function notifyingWrites(store: ReportStore, written: (ids: string[]) => void | Promise<void>): ReportStore {
  const tell = (ids: string[]) => void Promise.resolve(written(ids)).catch(() => undefined);
  return {
    ...store,
    async saveAll(reports) {
      const write = await store.saveAll(reports);
      tell(write.saved.map((r) => r.id));
      return write;
    },
    async save(report) {
      const saved = await store.save(report);
      tell([saved.id]);
      return saved;
    },
    async undo(write) {
      const reverted = await store.undo(write);
      if (reverted > 0) tell(write.saved.map((r) => r.id));
      return reverted;
    },
    async update(id, change) {
      const updated = await store.update(id, change);
      if (updated) tell([id]);
      return updated;
    },
  };
}
