import type { Plugin } from 'vite';

// `layout: '…'` and `matches: { … }` beside each selector are for people and tests;
// the content scripts only ever read `css`.
export const SELECTOR_NOTE = /,\s*(?:layout:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1|matches:\s*\{[^{}]*\})/g;

/**
 * Drops the notes from the selector tables in built extensions, so the notes never
 * count against a content script's 50 kB budget. Tests read the source untouched.
 */
export function stripSelectorNotes(): Plugin {
  return {
    name: 'saring:strip-selector-notes',
    apply: 'build',
    transform(code, id) {
      if (!/\/utils\/sites\/[a-z-]+-selectors\.ts$/.test(id)) return null;
      return { code: code.replace(SELECTOR_NOTE, ''), map: null };
    },
  };
}
