import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { muteRule, readSettings, updateSettings } from '@/utils/settings/settings';
import { reporterId } from '@/utils/settings/reporter-id';

beforeEach(() => fakeBrowser.reset());

const rule = (id: string) => ({ kind: 'pattern' as const, id, label: id, mutedAt: 1 });

describe('changes made at the same moment', () => {
  it('two mutes at once both land: settings updates run one after another', async () => {
    await Promise.all([updateSettings((s) => muteRule(s, rule('a'))), updateSettings((s) => muteRule(s, rule('b')))]);
    expect((await readSettings()).mutedRules.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('a failed update does not stop the next one', async () => {
    const failing = updateSettings(() => {
      throw new Error('bad edit');
    });
    await expect(failing).rejects.toThrow('bad edit');
    await updateSettings((s) => muteRule(s, rule('c')));
    expect((await readSettings()).mutedRules.map((r) => r.id)).toEqual(['c']);
  });

  it('two first reports at once get one reporter id, the one stored', async () => {
    const [a, b] = await Promise.all([reporterId(), reporterId()]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(await fakeBrowser.storage.local.get('reporterId')).toEqual({ reporterId: a });
    expect(await reporterId()).toBe(a);
  });
});
