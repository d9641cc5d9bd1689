export type Row = Record<string, string | number>;

export function binaryScores(truth: boolean[], predicted: boolean[]): Row {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    if (predicted[i] && t) tp++;
    else if (predicted[i]) fp++;
    else if (t) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: truth.length, positives: tp + fn, precision, recall, F1: f1 };
}

const cell = (v: string | number | undefined) =>
  v === undefined ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v);

/** A Markdown table; rows may have different columns. */
export function formatTable(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns, columns.map(() => '---'), ...rows.map((r) => columns.map((c) => cell(r[c])))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
