import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { FLAG_KINDS } from '@/utils/engine/types';
import { REPORT_CATEGORIES } from '@/utils/storage/report';
import { kindLabelKey } from '@/components/flag-labels';
import { PAGE_KINDS } from '@/utils/post';
import { PAGE_KIND_KEYS } from '@/utils/page/page-labels';
import { createTranslator, fillIn, resolveLanguage, stringsFrom, type ChromeMessages } from '@/utils/i18n/translate';

const LOCALES: Record<string, ChromeMessages> = { en, id };
const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Z0-9_]+)\$/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('en and id have the same keys', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('each key has the same placeholders in both languages, and every placeholder is defined', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const [inEn, inId] = [en, id].map((messages) => messages[key] as ChromeMessages[string]);
      expect(placeholdersOf(inId.message), key).toEqual(placeholdersOf(inEn.message));
      for (const { message, placeholders = {} } of [inEn, inId]) {
        for (const name of placeholdersOf(message)) expect(placeholders[name.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it('no message is empty', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${lang}/${key}`).not.toBe('');
    }
  });

  it('every flag kind and report category has its label, and every flag kind its note', () => {
    for (const kind of FLAG_KINDS) expect(en).toHaveProperty(`kind_note_${kind}`);
    for (const category of REPORT_CATEGORIES) expect(en).toHaveProperty(kindLabelKey(category));
    for (const kind of PAGE_KINDS) expect(en).toHaveProperty(PAGE_KIND_KEYS[kind]);
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'utils']) {
      for (const file of sourceFiles(dir)) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) used.add(m[1]);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});

describe('translator', () => {
  it('fills $1 and $2 in order, as text', () => {
    const t = createTranslator(stringsFrom(en));
    expect(t('popup_counts', 12, 3)).toBe('12 scanned, 3 flagged');
    expect(createTranslator(stringsFrom(id))('popup_counts', 12, 3)).toBe('12 diperiksa, 3 ditandai');
    expect(fillIn('$1 and $1', ['<b>'])).toBe('<b> and <b>');
  });

  it('shows the key when a string is missing, never a blank', () => {
    expect(createTranslator({})('badge_report')).toBe('badge_report');
  });

  it("follows the browser's language when the user chose none", () => {
    expect(resolveLanguage('browser', 'id-ID')).toBe('id');
    expect(resolveLanguage('browser', 'in')).toBe('id');
    expect(resolveLanguage('browser', 'en-US')).toBe('en');
    expect(resolveLanguage('browser', 'de')).toBe('en');
    expect(resolveLanguage('en', 'id-ID')).toBe('en');
    expect(resolveLanguage('id', 'en-US')).toBe('id');
  });
});
