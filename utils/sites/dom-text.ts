// Text reading for pages whose markup gives text few hooks: Meta's renderer
// (Facebook and Instagram) writes each line as a bare div.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Meta writes each line of a message as its own `div` (or a `br`) with no white
// space between them; without a break there, textContent runs one line's last
// word into the next line's first and the engine reads a word nobody wrote.
const LINE_BREAKING_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);
const NEVER_SHOWN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text a person reads in `root`: one space where a line ends, runs of white
 * space collapsed, and nothing from elements matching `skip` (a "See more" button).
 */
export function readableText(root: Element | null, skip?: string): string {
  if (!root) return '';
  const parts: string[] = [];
  collectText(root, skip, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collectText(node: Node, skip: string | undefined, parts: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (NEVER_SHOWN_TAGS.has(element.tagName) || (skip && element.matches(skip))) continue;
      const breaks = LINE_BREAKING_TAGS.has(element.tagName);
      if (breaks) parts.push(' ');
      collectText(element, skip, parts);
      if (breaks) parts.push(' ');
    }
  }
}

/**
 * The first element matching `css` under `root` that is not inside an element
 * matching `outside`, for text whose only hook is an attribute it shares with
 * names, links and buttons (`span[dir="auto"]`).
 */
export function firstOutside(root: Element, css: string, outside: string): Element | null {
  for (const candidate of root.querySelectorAll(css)) {
    const container = candidate.closest(outside);
    if (!container || !root.contains(container) || container === root) return candidate;
  }
  return null;
}
