import { type AddressProblem, originPatternOf, readServerAddress } from '../../server-address';

const PROBLEMS: Record<AddressProblem, string> = {
  'not-an-address': 'not a web address',
  credentials: 'the address must not carry a user name or password',
  'not-secure': 'the address must start with https:// (http:// only for 127.0.0.1 or localhost)',
};

/**
 * A list address Saring will fetch: HTTPS, or plain HTTP on this machine only (a publisher
 * testing a list). The signature protects the contents either way; HTTPS also keeps what a
 * user subscribes to private on the network.
 */
export function checkListUrl(text: string): { url: string; originPattern: string } | { error: string } {
  const url = readServerAddress(text);
  if (typeof url === 'string') return { error: PROBLEMS[url] };
  return { url: url.href, originPattern: originPatternOf(url) };
}
