/** An element of Saring's inside the page, its content in a shadow root the page's CSS cannot reach. */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

export interface ShadowHostOptions {
  /** A custom-element name, so the host is easy to find and never clashes with the page's tags. */
  tag: string;
  css: string;
  /** Events stopped at the host: keys typed in Saring's UI must never reach the platform's shortcuts. */
  isolateEvents: readonly string[];
}

// The host itself sits in the page's styles; `all: initial` keeps inherited fonts, colours and layout out.
const HOST_CSS = ':host { all: initial; display: block; }';

/**
 * Builds a host and its open shadow root (open, so that tests and assistive tools
 * can read it). WXT's createShadowRootUi does the same with far more options, and
 * cost each site's content script about 8 kB of its 50 kB budget.
 */
export function createShadowHost({ tag, css, isolateEvents }: ShadowHostOptions): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of isolateEvents) host.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}
