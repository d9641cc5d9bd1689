/** Month names as fact-checkers write them, in Indonesian and English, full and short. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, febr: 2, februari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

// Both are anchored and have no nested repetition, so a long cell cannot make them backtrack.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** "2 Jan 2024", "02 Januari 2024", "Selasa, 2 Jan. 2024", "2-Jan-2024", "17-Aug-20". */
const DAY_MONTH_YEAR = /^(?:\p{L}+,\s*)?(\d{1,2})[\s-]+(\p{L}+)\.?[\s-]+(\d{4}|\d{2})$/u;

// Fact-checking archives start in the 2000s, so a two-digit year ("17-Aug-20") is 20xx.
const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as YYYY-MM-DD when the day exists in the calendar ("31 Feb" does not). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A fact-checker's date as YYYY-MM-DD, or undefined when it cannot be read
 * for sure. Numeric forms such as 02/01/2024 are refused: day-first or
 * month-first cannot be told apart.
 */
export function toIsoDate(text: string): string | undefined {
  const cell = text.trim();
  const iso = ISO.exec(cell);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(cell);
  if (!dmy) return undefined;
  // Own properties only: a cell reading "2 constructor 2024" must not find Object.prototype.
  const name = dmy[2].toLowerCase();
  if (!Object.hasOwn(MONTHS, name)) return undefined;
  return calendarDate(fullYear(dmy[3]), MONTHS[name], Number(dmy[1]));
}
