import { FLAG_KINDS, type Flag, type FlagKind, type HoaxReason, type PhraseMatch } from '../engine/types';
import { isRecord } from '../is-record';
import { PAGE_KINDS, PLATFORMS, type PageKind, type Platform } from '../post';
import {
  REPORT_CATEGORIES,
  REPORT_SOURCES,
  REPORT_STATUSES,
  reportIdFor,
  type ListVersions,
  type Report,
  type ReportCategory,
  type ReportSource,
  type ReportStatus,
  type Reporter,
  type StatusChange,
} from '../storage/report';

// A volunteer's file is untrusted input, like a page: every field is checked and copied by
// name, so nothing unknown (a `__proto__` key, a script) rides along into the database.
const MAX_TEXT = 20_000;
const MAX_SHORT = 2_048;
const MAX_ITEMS = 1_000;

class Invalid extends Error {}

const text = (v: unknown, field: string, max = MAX_SHORT): string => {
  if (typeof v !== 'string' || v.length > max) throw new Invalid(`${field} is not text of at most ${max} characters`);
  return v;
};
const time = (v: unknown, field: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Invalid(`${field} is not a time`);
  return v;
};
// String() of a parsed object calls its own toString, which JSON can make an object: {"toString": {}} threw a TypeError past the check.
const shown = (v: unknown): string => (typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'a list' : 'an object') : String(v).slice(0, 60));
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], field: string): T => {
  if (!allowed.includes(v as T)) throw new Invalid(`${field} "${shown(v)}" is not one of ${allowed.join(', ')}`);
  return v as T;
};
const list = <T>(v: unknown, field: string, item: (x: unknown, at: string) => T): T[] => {
  if (!Array.isArray(v) || v.length > MAX_ITEMS) throw new Invalid(`${field} is not a list`);
  return v.map((x, i) => item(x, `${field}[${i}]`));
};
const record = (v: unknown, field: string): Record<string, unknown> => {
  if (!isRecord(v)) throw new Invalid(`${field} is not an object`);
  return v;
};

function match(v: unknown, at: string): PhraseMatch {
  const m = record(v, at);
  return {
    patternId: text(m.patternId, `${at}.patternId`),
    phrase: text(m.phrase, `${at}.phrase`),
    group: text(m.group, `${at}.group`) as PhraseMatch['group'],
    start: time(m.start, `${at}.start`),
    end: time(m.end, `${at}.end`),
  };
}

function hoax(v: unknown, at: string): HoaxReason {
  const h = record(v, at);
  return {
    claimId: text(h.claimId, `${at}.claimId`),
    claim: text(h.claim, `${at}.claim`, MAX_TEXT),
    verdict: text(h.verdict, `${at}.verdict`),
    ...(h.date !== undefined && { date: text(h.date, `${at}.date`) }),
    url: text(h.url, `${at}.url`),
    score: time(h.score, `${at}.score`),
    sharedWords: list(h.sharedWords, `${at}.sharedWords`, (x, f) => text(x, f)),
  };
}

function flag(v: unknown, at: string): Flag {
  const f = record(v, at);
  return {
    kind: oneOf(f.kind, FLAG_KINDS, `${at}.kind`),
    score: time(f.score, `${at}.score`),
    reason: text(f.reason, `${at}.reason`, MAX_TEXT),
    matches: list(f.matches, `${at}.matches`, match),
    ...(f.hoax !== undefined && { hoax: hoax(f.hoax, `${at}.hoax`) }),
  };
}

function statusChange(v: unknown, at: string): StatusChange {
  const c = record(v, at);
  return { from: oneOf(c.from, REPORT_STATUSES, `${at}.from`), to: oneOf(c.to, REPORT_STATUSES, `${at}.to`), at: time(c.at, `${at}.at`) };
}

function reporter(v: unknown, at: string): Reporter {
  const r = record(v, at);
  return { reporterId: text(r.reporterId, `${at}.reporterId`), reportedAt: time(r.reportedAt, `${at}.reportedAt`) };
}

function listVersions(v: unknown): ListVersions {
  const lists = record(v, 'lists');
  const one = (x: unknown, field: string) => {
    const l = record(x, field);
    return { listId: text(l.listId, `${field}.listId`), version: time(l.version, `${field}.version`) };
  };
  return {
    ...(lists.patterns !== undefined && { patterns: one(lists.patterns, 'lists.patterns') }),
    ...(lists.hoaxes !== undefined && { hoaxes: one(lists.hoaxes, 'lists.hoaxes') }),
  };
}

/** A report read from someone's export file: checked field by field, or the reason it cannot be. */
export function checkImportedReport(value: unknown): { report: Report } | { error: string } {
  try {
    const r = record(value, 'report');
    const platform = oneOf<Platform>(r.platform, PLATFORMS, 'platform');
    const postId = text(r.postId, 'postId');
    if (postId === '') throw new Invalid('postId is empty');
    const id = reportIdFor({ platform, postId });
    if (r.id !== id) throw new Invalid(`id "${shown(r.id)}" is not ${id}`);
    const reportedAt = time(r.reportedAt, 'reportedAt');
    const report: Report = {
      id,
      platform,
      postId,
      permalink: text(r.permalink, 'permalink'),
      authorHandle: text(r.authorHandle, 'authorHandle'),
      authorName: text(r.authorName ?? '', 'authorName'),
      captionSnapshot: text(r.captionSnapshot, 'captionSnapshot', MAX_TEXT),
      pageKind: oneOf<PageKind>(r.pageKind, PAGE_KINDS, 'pageKind'),
      kinds: list(r.kinds, 'kinds', (x, f) => oneOf<FlagKind>(x, FLAG_KINDS, f)),
      flags: list(r.flags, 'flags', flag),
      category: oneOf<ReportCategory>(r.category ?? 'other', REPORT_CATEGORIES, 'category'),
      note: text(r.note ?? '', 'note', MAX_TEXT),
      lists: listVersions(r.lists ?? {}),
      seenAt: time(r.seenAt ?? reportedAt, 'seenAt'),
      reportedAt,
      updatedAt: time(r.updatedAt ?? reportedAt, 'updatedAt'),
      reporterId: text(r.reporterId ?? '', 'reporterId'),
      source: oneOf<ReportSource>(r.source ?? 'warning', REPORT_SOURCES, 'source'),
      status: oneOf<ReportStatus>(r.status ?? 'new', REPORT_STATUSES, 'status'),
      history: list(r.history ?? [], 'history', statusChange),
      reporters: list(r.reporters ?? [{ reporterId: r.reporterId ?? '', reportedAt }], 'reporters', reporter),
      extensionVersion: text(r.extensionVersion ?? '', 'extensionVersion'),
    };
    return { report };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}
