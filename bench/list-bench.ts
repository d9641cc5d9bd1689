import type { HoaxEntry } from '../utils/lists/hoax-list';
import { canonicalJson } from '../utils/lists/canonical-json';
import { acceptList, readListText } from '../utils/lists/read-list';
import { exportPublicKey, generateSigningKeys, signList } from '../utils/lists/signature';
import { timeOnce } from './timing';

export interface ListFigure {
  measure: string;
  saring: number;
  baseline: number;
  baselineName: string;
  unit: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** What a sync costs before a list is taken: reading, checking and verifying a signed list of `entries`. Median of 5. */
export async function benchSignedList(entries: HoaxEntry[]): Promise<ListFigure[]> {
  const keys = await generateSigningKeys();
  const publicKey = await exportPublicKey(keys.publicKey);
  const list = { kind: 'hoaxes', formatVersion: 1, listId: 'bench', name: 'bench', publisher: 'bench', version: 2, languages: ['id'], expires: '2099-01-01T00:00:00Z', entries };
  const text = JSON.stringify(await signList(list, keys.privateKey, publicKey));
  const now = Date.now();
  const accept = [];
  const parse = [];
  const canonical = [];
  const stringify = [];
  for (let run = 0; run < 5; run++) {
    accept.push(
      await timeAsync(async () => {
        const { document, list: read } = readListText(text);
        if ((await acceptList(document, read, { publicKey, now })) !== 'new') throw new Error('bench list refused');
      }),
    );
    parse.push(timeOnce(() => JSON.parse(text)));
    canonical.push(timeOnce(() => canonicalJson(list)));
    stringify.push(timeOnce(() => JSON.stringify(list)));
  }
  const mb = (text.length / 2 ** 20).toFixed(1);
  return [
    { measure: `take a signed list of ${entries.length} claims (${mb} MB): read, check, canonicalise, verify`, saring: median(accept), baseline: median(parse), baselineName: 'JSON.parse alone', unit: 'ms' },
    { measure: `canonical serialisation of that list (what the signature covers)`, saring: median(canonical), baseline: median(stringify), baselineName: 'JSON.stringify', unit: 'ms' },
  ];
}
