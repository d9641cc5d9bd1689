import { isSecureOrLocal, originPatternOf } from '../../server-address';

/**
 * A list address Saring will fetch: HTTPS, or plain HTTP on this machine only (a publisher
 * testing a list). The signature protects the contents either way; HTTPS also keeps what a
 * user subscribes to private on the network.
 */
export function checkListUrl(text: string): { url: string; originPattern: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: 'not a web address' };
  }
  if (url.username || url.password) return { error: 'the address must not carry a user name or password' };
  if (!isSecureOrLocal(url)) return { error: 'the address must start with https:// (http:// only for 127.0.0.1 or localhost)' };
  url.hash = '';
  return { url: url.href, originPattern: originPatternOf(url) };
}
