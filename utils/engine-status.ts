import type { PatternList } from './lists/pattern-list';
import type { EngineStatus } from './messaging/protocol';

/** Follows the engine's start-up, so the popup can say plainly when Saring cannot check posts. */
export function trackEngineStatus(engine: Promise<{ patterns: PatternList }>): () => EngineStatus {
  let status: EngineStatus = { state: 'loading' };
  engine.then(
    ({ patterns }) => {
      status = { state: 'ready', patterns: { listId: patterns.listId, version: patterns.version, entries: patterns.entries.length } };
    },
    (error: unknown) => {
      status = { state: 'failed', error: error instanceof Error ? error.message : String(error) };
    },
  );
  return () => status;
}
