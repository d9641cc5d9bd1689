/**
 * Why a list was not taken. Each has its own words in the options page; the list held
 * before stays in force whatever the problem.
 */
export type ListProblem =
  | 'network'
  | 'timeout'
  | 'http'
  | 'html'
  | 'too-large'
  | 'truncated'
  | 'bad-json'
  | 'schema'
  | 'too-many-entries'
  | 'unsigned'
  | 'bad-signature'
  | 'wrong-key'
  | 'wrong-list'
  | 'rollback'
  | 'expired';

export class ListError extends Error {
  override name = 'ListError';
  constructor(
    readonly problem: ListProblem,
    message: string,
    /** From a Retry-After header: the server asked not to be asked again before this (epoch ms). */
    readonly retryAt?: number,
  ) {
    super(message);
  }
}
