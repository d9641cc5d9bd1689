import { browser } from 'wxt/browser';
import { checkHoaxList } from './check-hoax-list';
import { checkPatternList, type PatternList } from './pattern-list';
import type { HoaxList } from './hoax-list';

async function packaged(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path as '/lists/patterns.json'));
  return response.json();
}

/** The lists shipped in `public/lists/`, in force from the first run and under every subscription. */
export async function loadBundledLists(): Promise<{ patterns: PatternList; hoaxes: HoaxList }> {
  const [patterns, hoaxes] = await Promise.all([packaged('/lists/patterns.json'), packaged('/lists/hoaxes.json')]);
  return { patterns: checkPatternList(patterns), hoaxes: checkHoaxList(hoaxes) };
}
