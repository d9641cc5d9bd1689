// Platforms mark their own dark mode on the root: YouTube with a `dark` attribute, TikTok and
// others with data-theme or a class. Attribute reads only: no style or layout is forced.
const DARK_ROOT_MARKS = '[dark], [data-theme="dark"], .dark, .__fb-dark-mode';

/** Whether the page shows itself dark: the platform's own setting first, then the system's. */
export function pageLooksDark(doc: Document = document): boolean {
  return doc.documentElement.matches(DARK_ROOT_MARKS) || !!doc.body?.matches(DARK_ROOT_MARKS) || !!doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches;
}
