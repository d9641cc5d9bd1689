import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripSelectorNotes } from '../../build/strip-selector-notes';
import { SITE_ADAPTERS } from '@/utils/sites/adapters';

const SITES = resolve(__dirname, '../../utils/sites');
const tableFiles = readdirSync(SITES).filter((f) => f.endsWith('-selectors.ts'));

type Transform = (code: string, id: string) => { code: string } | null;
const transform = stripSelectorNotes().transform as unknown as Transform;

/** Runs a stripped selectors module and returns its one exported table. */
function evaluateTable(source: string): Record<string, { css: string; layout?: unknown; matches?: unknown }[]> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  const require = () => ({ selectorTable: (table: unknown) => table });
  new Function('exports', 'require', js)(exports, require);
  return Object.values(exports)[0] as never;
}

describe('stripping selector notes from built content scripts', () => {
  it.each(tableFiles)('%s keeps every selector and drops only the notes', (file) => {
    const source = readFileSync(join(SITES, file), 'utf8');
    const stripped = transform(source, join(SITES, file))!.code;
    const table = evaluateTable(stripped);
    const adapter = SITE_ADAPTERS.find((a) => file.startsWith(`${a.platform}-`))!;
    for (const [field, selectors] of Object.entries(adapter.selectors)) {
      expect(table[field].map((s) => s.css), field).toEqual(selectors.map((s) => s.css));
      expect(table[field].every((s) => s.layout === undefined && s.matches === undefined), field).toBe(true);
    }
  });

  it('leaves every other file alone', () => {
    expect(transform("const a = { css: 'x', layout: 'y' };", '/repo/utils/sites/tiktok.ts')).toBeNull();
  });
});
