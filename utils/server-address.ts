const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A server Saring talks to (a list's host, a team's CouchDB): HTTPS, or plain HTTP to this
 * machine only, where nothing crosses a network. One rule for the extension and the CLI.
 */
export const isSecureOrLocal = (url: URL): boolean => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));

export type AddressProblem = 'not-an-address' | 'credentials' | 'not-secure';

/** An address typed for such a server, without its #fragment: parsed, carrying no credentials, HTTPS or this machine. Or what is wrong with it. */
export function readServerAddress(text: string): URL | AddressProblem {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'not-an-address';
  }
  if (url.username || url.password) return 'credentials';
  if (!isSecureOrLocal(url)) return 'not-secure';
  url.hash = '';
  return url;
}

/** The host permission for that server. Match patterns leave the port out: "http://127.0.0.1/*" covers every port. */
export const originPatternOf = (url: URL): string => `${url.protocol}//${url.hostname}/*`;
