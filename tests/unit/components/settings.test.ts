import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  muteRule,
  mutedSets,
  normalizeSettings,
  readSettings,
  unmuteRule,
  updateSettings,
  type MutedRule,
  type Settings,
} from '@/utils/settings/settings';

const rule = (kind: MutedRule['kind'], id: string, label = id, mutedAt = 1): MutedRule => ({ kind, id, label, mutedAt });

/** Every field different from its default, so keeping it is visible. */
const CUSTOM: Settings = {
  platforms: { tiktok: false, youtube: true, instagram: false, facebook: true },
  kinds: { political_ad: true, campaign: false, election_fundraising: true, fundraising: false, hoax: true },
  blurHoaxes: false,
  language: 'id',
  mutedRules: [rule('pattern', 'p-coblos', 'coblos', 10), rule('claim', 'c-1', 'Kotak suara dibakar', 20)],
};

const clone = <T>(value: T): T => structuredClone(value);

describe('normalizeSettings', () => {
  it.each([undefined, null, 42, 'settings', true, [], [CUSTOM]])('gives the defaults for %j', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a good settings object as it is', () => {
    expect(normalizeSettings(clone(CUSTOM))).toEqual(CUSTOM);
  });

  it('does not hand out the defaults object itself', () => {
    const settings = normalizeSettings(undefined);
    settings.platforms.tiktok = false;
    settings.mutedRules.push(rule('pattern', 'x'));
    expect(DEFAULT_SETTINGS.platforms.tiktok).toBe(true);
    expect(DEFAULT_SETTINGS.mutedRules).toEqual([]);
  });

  it('does not change what it was given', () => {
    const raw = { ...clone(CUSTOM), mutedRules: [rule('pattern', 'p', 'x'.repeat(400))] };
    const before = clone(raw);
    normalizeSettings(raw);
    expect(raw).toEqual(before);
  });

  describe('platforms', () => {
    it('replaces each bad switch with its default on its own', () => {
      const out = normalizeSettings({ ...clone(CUSTOM), platforms: { tiktok: false, youtube: 'no', instagram: 0, facebook: null } });
      expect(out.platforms).toEqual({ tiktok: false, youtube: true, instagram: true, facebook: true });
      // Everything else survives.
      expect(out.kinds).toEqual(CUSTOM.kinds);
      expect(out.language).toBe('id');
      expect(out.blurHoaxes).toBe(false);
      expect(out.mutedRules).toEqual(CUSTOM.mutedRules);
    });

    it('fills in a missing platform', () => {
      expect(normalizeSettings({ platforms: { youtube: false } }).platforms).toEqual({ tiktok: true, youtube: false, instagram: true, facebook: true });
    });

    it('drops unknown platforms', () => {
      const out = normalizeSettings({ platforms: { tiktok: false, web: false, myspace: true } });
      expect(Object.keys(out.platforms).sort()).toEqual(['facebook', 'instagram', 'tiktok', 'youtube']);
      expect(out.platforms.tiktok).toBe(false);
    });

    it.each([[[false, false]], ['off'], [null], [7]])('gives default platforms for %j, keeping the other fields', (platforms) => {
      const out = normalizeSettings({ ...clone(CUSTOM), platforms });
      expect(out.platforms).toEqual(DEFAULT_SETTINGS.platforms);
      expect(out.kinds).toEqual(CUSTOM.kinds);
    });
  });

  describe('kinds', () => {
    it('replaces each bad switch with its default on its own', () => {
      const out = normalizeSettings({ ...clone(CUSTOM), kinds: { political_ad: false, campaign: 'false', election_fundraising: 1, hoax: false } });
      expect(out.kinds).toEqual({ political_ad: false, campaign: true, election_fundraising: true, fundraising: true, hoax: false });
      expect(out.platforms).toEqual(CUSTOM.platforms);
    });

    it('drops unknown kinds', () => {
      const out = normalizeSettings({ kinds: { other: false, spam: false } });
      expect(out.kinds).toEqual(DEFAULT_SETTINGS.kinds);
      expect('other' in out.kinds).toBe(false);
    });
  });

  describe('blurHoaxes', () => {
    it.each([false, true])('keeps %s', (blurHoaxes) => {
      expect(normalizeSettings({ blurHoaxes }).blurHoaxes).toBe(blurHoaxes);
    });

    it.each(['false', 0, null, {}])('replaces %j with the default and keeps the rest', (blurHoaxes) => {
      const out = normalizeSettings({ ...clone(CUSTOM), blurHoaxes });
      expect(out.blurHoaxes).toBe(DEFAULT_SETTINGS.blurHoaxes);
      expect(out).toEqual({ ...CUSTOM, blurHoaxes: DEFAULT_SETTINGS.blurHoaxes });
    });
  });

  describe('language', () => {
    it.each(['id', 'en', 'browser'] as const)('keeps %s', (language) => {
      expect(normalizeSettings({ language }).language).toBe(language);
    });

    it.each(['fr', 'ID', 'id-ID', 'en-US', '', 1, null, ['id']])('replaces %j with "browser" and keeps the rest', (language) => {
      const out = normalizeSettings({ ...clone(CUSTOM), language });
      expect(out).toEqual({ ...CUSTOM, language: 'browser' });
    });
  });

  describe('mutedRules', () => {
    it.each([null, 'p-coblos', { 0: rule('pattern', 'p') }, 3])('gives no rules for %j and keeps the rest', (mutedRules) => {
      const out = normalizeSettings({ ...clone(CUSTOM), mutedRules });
      expect(out).toEqual({ ...CUSTOM, mutedRules: [] });
    });

    it('drops each bad entry and keeps the good ones in order', () => {
      const good1 = rule('pattern', 'p-1', 'coblos', 5);
      const good2 = rule('claim', 'c-2', 'Kotak suara', 6);
      const out = normalizeSettings({
        mutedRules: [
          null,
          'p-1',
          good1,
          { kind: 'phrase', id: 'x', label: 'x', mutedAt: 1 },
          { kind: 'pattern', id: '', label: 'empty id', mutedAt: 1 },
          { kind: 'pattern', id: 7, label: 'numeric id', mutedAt: 1 },
          { kind: 'pattern', id: 'no-label', mutedAt: 1 },
          { kind: 'pattern', id: 'bad-label', label: ['x'], mutedAt: 1 },
          { kind: 'claim', id: 'no-time', label: 'x' },
          { kind: 'claim', id: 'bad-time', label: 'x', mutedAt: '2024-01-01' },
          [good1],
          good2,
        ],
      });
      expect(out.mutedRules).toEqual([good1, good2]);
    });

    it('keeps one rule per kind and id', () => {
      const out = normalizeSettings({
        mutedRules: [rule('pattern', 'p-1', 'first', 1), rule('claim', 'p-1', 'a claim with the same id', 2), rule('pattern', 'p-1', 'again', 3), rule('pattern', 'p-2', 'other', 4)],
      });
      expect(out.mutedRules.map((r) => `${r.kind}:${r.id}`).sort()).toEqual(['claim:p-1', 'pattern:p-1', 'pattern:p-2']);
      expect(out.mutedRules).toHaveLength(3);
    });

    it('cuts an over-long label to 300 characters', () => {
      const out = normalizeSettings({ mutedRules: [rule('claim', 'c-long', 'a'.repeat(5_000)), rule('claim', 'c-300', 'b'.repeat(300)), rule('claim', 'c-short', 'short')] });
      expect(out.mutedRules.map((r) => r.label.length)).toEqual([300, 300, 5]);
      expect(out.mutedRules[0].label).toBe('a'.repeat(300));
      expect(out.mutedRules[1].label).toBe('b'.repeat(300));
    });

    it('keeps at most 1000 rules, the newest', () => {
      const many = Array.from({ length: 1_005 }, (_, i) => rule('pattern', `p-${i}`, `phrase ${i}`, i));
      const out = normalizeSettings({ mutedRules: many });
      expect(out.mutedRules).toHaveLength(1_000);
      expect(out.mutedRules[0].id).toBe('p-5');
      expect(out.mutedRules.at(-1)!.id).toBe('p-1004');
    });
  });
});

describe('muteRule / unmuteRule / mutedSets', () => {
  it('muteRule adds a rule without changing the settings it was given', () => {
    const before = clone(DEFAULT_SETTINGS);
    const after = muteRule(before, rule('pattern', 'p-coblos', 'coblos'));
    expect(after.mutedRules).toEqual([rule('pattern', 'p-coblos', 'coblos')]);
    expect(before).toEqual(DEFAULT_SETTINGS);
    expect(after.platforms).toEqual(before.platforms);
  });

  it('muting the same rule again replaces it instead of adding a second', () => {
    let settings = muteRule(DEFAULT_SETTINGS, rule('pattern', 'p-1', 'old label', 1));
    settings = muteRule(settings, rule('claim', 'c-1', 'claim', 2));
    settings = muteRule(settings, rule('pattern', 'p-1', 'new label', 3));
    expect(settings.mutedRules).toEqual([rule('claim', 'c-1', 'claim', 2), rule('pattern', 'p-1', 'new label', 3)]);
  });

  it('a pattern and a claim with the same id are different rules', () => {
    const settings = muteRule(muteRule(DEFAULT_SETTINGS, rule('pattern', 'same')), rule('claim', 'same'));
    expect(settings.mutedRules).toHaveLength(2);
    const unmuted = unmuteRule(settings, 'claim', 'same');
    expect(unmuted.mutedRules).toEqual([rule('pattern', 'same')]);
  });

  it('unmuteRule removes only the matching rule, and leaves the input alone', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, mutedRules: [rule('pattern', 'p-1'), rule('pattern', 'p-2'), rule('claim', 'c-1')] };
    const after = unmuteRule(settings, 'pattern', 'p-2');
    expect(after.mutedRules).toEqual([rule('pattern', 'p-1'), rule('claim', 'c-1')]);
    expect(settings.mutedRules).toHaveLength(3);
  });

  it('unmuting a rule that is not muted changes nothing', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, mutedRules: [rule('pattern', 'p-1')] };
    expect(unmuteRule(settings, 'pattern', 'p-9').mutedRules).toEqual(settings.mutedRules);
    expect(unmuteRule(settings, 'claim', 'p-1').mutedRules).toEqual(settings.mutedRules);
  });

  it('mutedSets splits the rules into pattern ids and claim ids', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, mutedRules: [rule('pattern', 'p-1'), rule('claim', 'c-1'), rule('pattern', 'p-2'), rule('claim', 'p-1')] };
    const { patterns, claims } = mutedSets(settings);
    expect([...patterns].sort()).toEqual(['p-1', 'p-2']);
    expect([...claims].sort()).toEqual(['c-1', 'p-1']);
    expect(patterns.has('c-1')).toBe(false);
  });

  it('mutedSets of no rules is two empty sets', () => {
    const { patterns, claims } = mutedSets(DEFAULT_SETTINGS);
    expect(patterns.size).toBe(0);
    expect(claims.size).toBe(0);
  });
});

describe('readSettings / updateSettings through storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a change through browser storage', async () => {
    const returned = await updateSettings((s) => ({ ...s, language: 'id', blurHoaxes: false, platforms: { ...s.platforms, facebook: false } }));
    const expected = { ...DEFAULT_SETTINGS, language: 'id', blurHoaxes: false, platforms: { ...DEFAULT_SETTINGS.platforms, facebook: false } };
    expect(returned).toEqual(expected);
    expect(await readSettings()).toEqual(expected);
    // It is really in the extension's local storage, under "settings".
    const { settings: raw } = await fakeBrowser.storage.local.get('settings');
    expect(raw).toEqual(expected);
  });

  it('hands the stored settings to the change, so changes build on each other', async () => {
    await updateSettings((s) => muteRule(s, rule('pattern', 'p-1', 'coblos', 1)));
    await updateSettings((s) => muteRule(s, rule('claim', 'c-1', 'hoaks', 2)));
    let seen: Settings | undefined;
    await updateSettings((s) => {
      seen = clone(s);
      return unmuteRule(s, 'pattern', 'p-1');
    });
    expect(seen!.mutedRules.map((r) => r.id)).toEqual(['p-1', 'c-1']);
    expect((await readSettings()).mutedRules).toEqual([rule('claim', 'c-1', 'hoaks', 2)]);
    expect(mutedSets(await readSettings()).claims.has('c-1')).toBe(true);
  });

  it('normalizes what a change returns before storing it', async () => {
    const returned = await updateSettings((s) => ({ ...s, language: 'klingon' as never, blurHoaxes: 'yes' as never, kinds: { ...s.kinds, hoax: false } }));
    expect(returned.language).toBe('browser');
    expect(returned.blurHoaxes).toBe(true);
    expect(returned.kinds.hoax).toBe(false);
    const { settings: raw } = await fakeBrowser.storage.local.get('settings');
    expect(raw).toEqual(returned);
  });

  it('reads damaged stored settings field by field', async () => {
    await fakeBrowser.storage.local.set({
      settings: { platforms: 'all', kinds: { hoax: false }, blurHoaxes: false, language: 'xx', mutedRules: [rule('pattern', 'p-1'), { kind: 'pattern' }] },
    });
    expect(await readSettings()).toEqual({
      platforms: DEFAULT_SETTINGS.platforms,
      kinds: { ...DEFAULT_SETTINGS.kinds, hoax: false },
      blurHoaxes: false,
      language: 'browser',
      mutedRules: [rule('pattern', 'p-1')],
    });
  });

  it('a change that throws stores nothing', async () => {
    await updateSettings((s) => ({ ...s, language: 'en' }));
    await expect(
      updateSettings(() => {
        throw new Error('bad edit');
      }),
    ).rejects.toThrow('bad edit');
    expect((await readSettings()).language).toBe('en');
  });
});
