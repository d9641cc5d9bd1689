import { browser } from 'wxt/browser';
import { checkPatternList, type PatternList } from './pattern-list';

/** The pattern list shipped in `public/lists/`, used until a synced list replaces it. */
export async function loadBundledPatterns(): Promise<PatternList> {
  const response = await fetch(browser.runtime.getURL('/lists/patterns.json'));
  return checkPatternList(await response.json());
}
