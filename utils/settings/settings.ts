import { storage } from 'wxt/utils/storage';
import { FLAG_KINDS, type FlagKind } from '../engine/types';
import type { Language } from '../i18n/translate';
import type { Platform } from '../post';

/** The platforms with a content script; article checks are asked for one at a time and need no switch. */
export const SWITCHABLE_PLATFORMS = ['tiktok', 'youtube', 'instagram', 'facebook'] as const satisfies readonly Platform[];
export type SwitchablePlatform = (typeof SWITCHABLE_PLATFORMS)[number];

/** A rule the user asked never to be shown again: a pattern-list entry or a hoax-list claim. */
export interface MutedRule {
  kind: 'pattern' | 'claim';
  id: string;
  /** What the user saw: the phrase or the claim, for the settings page. */
  label: string;
  /** Epoch milliseconds. */
  mutedAt: number;
}

export interface Settings {
  platforms: Record<SwitchablePlatform, boolean>;
  kinds: Record<FlagKind, boolean>;
  blurHoaxes: boolean;
  language: Language | 'browser';
  mutedRules: MutedRule[];
}

export const DEFAULT_SETTINGS: Settings = {
  platforms: { tiktok: true, youtube: true, instagram: true, facebook: true },
  kinds: { political_ad: true, campaign: true, election_fundraising: true, fundraising: true, hoax: true },
  blurHoaxes: true,
  language: 'browser',
  mutedRules: [],
};

const MAX_MUTED_RULES = 1_000;
const MAX_LABEL_LENGTH = 300;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function switches<K extends string>(keys: readonly K[], raw: unknown, defaults: Record<K, boolean>): Record<K, boolean> {
  const source = isRecord(raw) ? raw : {};
  return Object.fromEntries(keys.map((k) => [k, typeof source[k] === 'boolean' ? source[k] : defaults[k]])) as Record<K, boolean>;
}

function mutedRulesFrom(raw: unknown): MutedRule[] {
  if (!Array.isArray(raw)) return [];
  const rules = raw.filter(
    (r): r is MutedRule => isRecord(r) && (r.kind === 'pattern' || r.kind === 'claim') && typeof r.id === 'string' && r.id !== '' && typeof r.label === 'string' && typeof r.mutedAt === 'number',
  );
  const unique = new Map(rules.map((r) => [`${r.kind}:${r.id}`, { ...r, label: r.label.slice(0, MAX_LABEL_LENGTH) }]));
  return [...unique.values()].slice(-MAX_MUTED_RULES);
}

/**
 * Settings as stored may be from an older version, edited by hand, or damaged:
 * every field falls back to its default on its own, so one bad field never costs the others.
 */
export function normalizeSettings(raw: unknown): Settings {
  const source = isRecord(raw) ? raw : {};
  return {
    platforms: switches(SWITCHABLE_PLATFORMS, source.platforms, DEFAULT_SETTINGS.platforms),
    kinds: switches(FLAG_KINDS, source.kinds, DEFAULT_SETTINGS.kinds),
    blurHoaxes: typeof source.blurHoaxes === 'boolean' ? source.blurHoaxes : DEFAULT_SETTINGS.blurHoaxes,
    language: source.language === 'id' || source.language === 'en' ? source.language : 'browser',
    mutedRules: mutedRulesFrom(source.mutedRules),
  };
}

/**
 * Version 1. A later shape adds a step to `migrations` (`2: (v1) => v2`); WXT runs
 * every step a stored value missed, in order, when the item is next read.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

// Changes made from one context (the background, or the settings page) run one after another,
// so two mutes in quick succession cannot each read the old list and lose the other.
let lastUpdate: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const update = lastUpdate.catch(() => undefined).then(async () => {
    const next = normalizeSettings(change(await readSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  lastUpdate = update;
  return update;
}

export function muteRule(settings: Settings, rule: MutedRule): Settings {
  const others = settings.mutedRules.filter((r) => !(r.kind === rule.kind && r.id === rule.id));
  return { ...settings, mutedRules: [...others, rule] };
}

export function unmuteRule(settings: Settings, kind: MutedRule['kind'], id: string): Settings {
  return { ...settings, mutedRules: settings.mutedRules.filter((r) => !(r.kind === kind && r.id === id)) };
}

/** The muted rules as the engine takes them. */
export function mutedSets(settings: Settings): { patterns: Set<string>; claims: Set<string> } {
  const ids = (kind: MutedRule['kind']) => new Set(settings.mutedRules.filter((r) => r.kind === kind).map((r) => r.id));
  return { patterns: ids('pattern'), claims: ids('claim') };
}
