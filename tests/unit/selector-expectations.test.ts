// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '@/utils/sites/adapters';
import { FIXTURES_DIR, fixtureHtml, parseHtml } from './support/fixtures';

const selectorRows = SITE_ADAPTERS.flatMap((adapter) =>
  Object.entries(adapter.selectors).flatMap(([field, selectors]) =>
    selectors.map((selector) => ({ name: `${adapter.platform}.${field}: ${selector.css}`, selector })),
  ),
);

const documents = new Map<string, Document>();
function fixtureDocument(name: string): Document {
  if (!documents.has(name)) documents.set(name, parseHtml(fixtureHtml(name)));
  return documents.get(name)!;
}

describe('selectors as data', () => {
  it.each(selectorRows)('$name matches what it promises in each fixture', ({ selector }) => {
    const expectations = Object.entries(selector.matches);
    // A selector with no fixture that it matches is untested: the meta-rule every adapter obeys.
    expect(expectations.some(([, count]) => count > 0)).toBe(true);
    for (const [fixture, count] of expectations) {
      expect(existsSync(join(FIXTURES_DIR, fixture, 'source.html')), `fixture ${fixture}`).toBe(true);
      expect(fixtureDocument(fixture).querySelectorAll(selector.css).length, `in ${fixture}`).toBe(count);
    }
  });

  it('every selector names the layout it serves', () => {
    for (const { name, selector } of selectorRows) expect(selector.layout.length, name).toBeGreaterThan(5);
  });
});
