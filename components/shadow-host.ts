/** An element of Saring's inside the page, its content in a shadow root the page's CSS cannot reach. */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

export interface ShadowHostOptions {
  /** A custom-element name, so the host is easy to find and never clashes with the page's tags. */
  tag: string;
  css: string;
  /**
   * Events stopped at the host: keys typed in Saring's UI must never reach the platform's
   * shortcuts, nor its clicks the platform's handlers. All of PERSON_EVENTS unless given.
   */
  isolateEvents?: readonly string[];
}

// The host sits in the page's styles: `all: initial` keeps inherited fonts and colours
// out, and containment keeps a badge's own layout from re-laying the whole feed.
const HOST_CSS = ':host { all: initial; display: block; contain: content; }';

/** What a person does in Saring's UI: kept from the page, and refused when a script fakes it. */
export const PERSON_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'pointerdown', 'mousedown', 'input', 'change', 'submit'] as const;

// Only a person may press Saring's buttons. The page's own scripts can reach into an open
// shadow root and call .click(): a hostile page could otherwise mute rules, dismiss flags or
// submit notes in the user's name. Such events are not trusted, and stop here, before any handler.

function refuseScripted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

// One parsed stylesheet per CSS text, shared by every shadow root: a feed with
// hundreds of badges parses and matches it once, not once per badge.
const sharedSheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sharedSheets.has(css)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${HOST_CSS}\n${css}`);
      sharedSheets.set(css, sheet);
    } catch {
      // Some content-script worlds cannot construct stylesheets; a <style> per root still works.
      sharedSheets.set(css, null);
    }
  }
  return sharedSheets.get(css)!;
}

function applyStyles(shadow: ShadowRoot, css: string): void {
  const sheet = sharedSheet(css);
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sharedSheets.set(css, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  shadow.prepend(style);
}

/**
 * Builds a host and its open shadow root (open, so that tests and assistive tools
 * can read it). WXT's createShadowRootUi does the same with far more options, and
 * cost each site's content script about 8 kB of its 50 kB budget.
 */
export function createShadowHost({ tag, css, isolateEvents = PERSON_EVENTS }: ShadowHostOptions): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  applyStyles(shadow, css);
  for (const type of isolateEvents) host.addEventListener(type, (event) => event.stopPropagation());
  for (const type of PERSON_EVENTS) shadow.addEventListener(type, refuseScripted, true);
  return { host, container };
}
