// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateProvider } from '@/components/i18n-context';
import { DeleteReports } from '@/components/reports/DeleteReports';
import { ImportFiles } from '@/components/reports/ExportImport';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Translate } from '@/utils/i18n/translate';
import { buildReport, type Report } from '@/utils/storage/report';
import { createReportStore } from '@/utils/storage/report-store';
import { makePost } from '../support/make-post';

const tEn = createTranslator(stringsFrom(en));
const tId = createTranslator(stringsFrom(id));
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const report = (postId: string): Report =>
  buildReport(makePost({ postId }), { flags: [], category: 'other', lists: {}, reportedAt: 1_700_000_000_000, reporterId: 'vol-1', source: 'bulk', extensionVersion: '0.1.0' });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});
afterEach(cleanup);

function chooseFiles(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const exportFile = (name: string, reports: Report[]) => new File([JSON.stringify({ reports })], name, { type: 'application/json' });

describe('a full disk on the reports page', () => {
  it.each([
    ['English', tEn],
    ['Indonesian', tId],
  ] as [string, Translate][])('says in %s that the disk is full when an import hits the quota', async (_name, t) => {
    const onImported = vi.fn();
    render(
      <TranslateProvider value={t}>
        <ImportFiles importAll={() => Promise.reject(quotaError())} onImported={onImported} />
      </TranslateProvider>,
    );
    chooseFiles(document.querySelector('#import-files')!, [exportFile('relawan-1.json', [report('1')])]);
    expect((await screen.findByRole('alert')).textContent).toBe(t('reports_storage_full'));
    expect(onImported).not.toHaveBeenCalled();
  });

  it('names any other storage failure with the browser’s own words', async () => {
    render(
      <TranslateProvider value={tEn}>
        <ImportFiles importAll={() => Promise.reject(new DOMException('Version change in progress', 'AbortError'))} onImported={() => {}} />
      </TranslateProvider>,
    );
    chooseFiles(document.querySelector('#import-files')!, [exportFile('a.json', [report('1')])]);
    expect((await screen.findByRole('alert')).textContent).toBe(tEn('reports_storage_failed', 'Version change in progress'));
  });

  it('keeps offering Undo of a delete when putting the reports back hits the quota', async () => {
    const deleted = [report('1'), report('2')];
    const restore = vi.fn().mockRejectedValueOnce(quotaError()).mockResolvedValueOnce(undefined);
    render(
      <TranslateProvider value={tEn}>
        <DeleteReports ids={['tiktok:1', 'tiktok:2']} remove={async () => deleted} restore={restore} onChanged={() => {}} />
      </TranslateProvider>,
    );
    fireEvent.click(document.querySelector('#delete-selected')!);
    fireEvent.click(document.querySelector('#delete-confirm')!);
    fireEvent.click(await screen.findByText(tEn('reports_delete_undo', 2)));
    expect((await screen.findByRole('alert')).textContent).toBe(tEn('reports_storage_full'));
    // The deleted reports are still held by the page, so a second try can put them back.
    fireEvent.click(screen.getByText(tEn('reports_delete_undo', 2)));
    await vi.waitFor(() => expect(document.querySelector('#delete-undo')).toBeNull());
    expect(restore).toHaveBeenLastCalledWith(deleted);
  });
});

describe('a failed batch in the report store', () => {
  it('stores none of the batch and keeps every report stored before it', async () => {
    const store = createReportStore();
    await store.saveAll([report('1'), report('2')]);
    // A value the browser cannot store fails the transaction, as a quota error does.
    const unstorable = { ...report('4'), note: (() => 'x') as unknown as string };
    await expect(store.importAll([report('3'), unstorable])).rejects.toThrow();
    expect((await store.list()).map((r) => r.postId).sort()).toEqual(['1', '2']);
  });
});
