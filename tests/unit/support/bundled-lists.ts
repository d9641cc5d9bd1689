import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '@/utils/engine/engine';
import { checkPatternList, type PatternList } from '@/utils/lists/pattern-list';

export function bundledPatterns(): PatternList {
  return checkPatternList(JSON.parse(readFileSync(resolve(__dirname, '../../../public/lists/patterns.json'), 'utf8')));
}

/** The engine as the extension builds it from its bundled lists. */
export function bundledEngine() {
  return createEngine({ patterns: bundledPatterns() });
}
