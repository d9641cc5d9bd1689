import { isRecord } from '../utils/is-record';

/** A post's id as the input gave it: echoed unchanged, so that results join back on it. */
export type PostId = string | number;

/** What one input line turned out to be. */
export type InputLine =
  | { kind: 'blank' }
  /** Cannot be analysed; `id` is the line's own id when it had a usable one. */
  | { kind: 'bad'; id: PostId | null; problem: string }
  /** Can be analysed; `problem` is set when the id was unusable and `line:N` stands in for it. */
  | { kind: 'post'; id: PostId; text: string; sponsored: boolean; problem?: string };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function usableId(id: unknown): PostId | null {
  if (typeof id === 'string' && id.trim() !== '') return id;
  return typeof id === 'number' && Number.isFinite(id) ? id : null;
}

function idProblem(id: unknown): string {
  return id === undefined ? '"id" is missing' : `"id" must be a non-empty string or a number, not ${typeName(id)}`;
}

function textProblem(text: unknown): string | undefined {
  if (text === undefined) return '"text" is missing';
  return typeof text === 'string' ? undefined : `"text" must be a string, not ${typeName(text)}`;
}

// A guess here would mislabel ads, so anything but true/false is refused rather than coerced.
function sponsoredProblem(sponsored: unknown): string | undefined {
  if (sponsored === undefined || typeof sponsored === 'boolean') return undefined;
  return `"sponsored" must be true or false, not ${typeName(sponsored)}`;
}

function parseJson(raw: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(raw) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Reads one JSONL line (numbered from 1). A line with no usable id is still
 * analysed, as `line:N`, but reported; a line with no usable text is only reported.
 */
export function readInputLine(raw: string, line: number): InputLine {
  if (raw.trim() === '') return { kind: 'blank' };
  const parsed = parseJson(raw);
  if ('error' in parsed) return { kind: 'bad', id: null, problem: `not JSON (${parsed.error})` };
  const post = parsed.value;
  if (!isRecord(post)) return { kind: 'bad', id: null, problem: `not a JSON object but ${typeName(post)}` };
  const id = usableId(post.id);
  const problem = textProblem(post.text) ?? sponsoredProblem(post.sponsored);
  if (problem) return { kind: 'bad', id, problem };
  const base = { kind: 'post' as const, text: post.text as string, sponsored: post.sponsored === true };
  if (id !== null) return { ...base, id };
  return { ...base, id: `line:${line}`, problem: `${idProblem(post.id)}; analysed as "line:${line}"` };
}
