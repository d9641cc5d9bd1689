/**
 * A list's canonical serialisation, the bytes its signature covers: JSON with every object's
 * keys sorted by UTF-16 code units and no white space, numbers and strings as JSON.stringify
 * writes them. For the JSON a list holds (no floats beyond what JSON.stringify prints
 * identically everywhere) this is RFC 8785 (JCS), so a publisher can sign with any JCS tool.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a list cannot hold the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    // Absent and undefined are the same to JSON: an undefined field is left out, as JSON.stringify does.
    const fields = keys.filter((key) => record[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${fields.join(',')}}`;
  }
  throw new Error(`a list cannot hold ${typeof value}`);
}
