import { stringsFor } from '../../i18n/messages';
import { resolveLanguage } from '../../i18n/translate';
import { PLATFORMS, type Platform } from '../../post';
import { mutedSets, SWITCHABLE_PLATFORMS, type Settings } from '../../settings/settings';
import { reportIdFor } from '../../storage/report';
import type { PostVerdict } from '../protocol';
import { checkEmbeddedRequest, checkHealthRecord, checkPosts } from '../validate';
import { fail, ok, type Route } from './route-types';

const platformIsOn = (settings: Settings, platform: Platform) =>
  !(SWITCHABLE_PLATFORMS as readonly string[]).includes(platform) || settings.platforms[platform as (typeof SWITCHABLE_PLATFORMS)[number]];

export const pageSetup: Route = async (payload, { deps }) => {
  if (!PLATFORMS.includes(payload.platform as Platform)) return fail('unknown platform');
  const [settings, off] = await Promise.all([deps.readSettings(), deps.switchedOff(payload.platform as Platform)]);
  const language = resolveLanguage(settings.language, deps.browserLanguage());
  const enabled = platformIsOn(settings, payload.platform as Platform) && !off;
  return ok({ enabled, language, strings: stringsFor(language), blurHoaxes: settings.blurHoaxes, ...(off && { switchedOff: off }) });
};

/** The engine's verdicts with the user's settings and decisions applied: switched-off kinds, muted rules, dismissed posts. */
export const checkPostsRoute: Route = async (payload, { deps }) => {
  const posts = checkPosts(payload.posts);
  if ('error' in posts) return fail(posts.error);
  const settings = await deps.readSettings();
  const keys = posts.value.map(reportIdFor);
  const platforms = [...new Set(posts.value.map((p) => p.platform))];
  const [verdicts, decisions, off] = await Promise.all([
    deps.check(posts.value, mutedSets(settings)),
    deps.disputes.decisionsFor(keys),
    Promise.all(platforms.map(async (p) => ((await deps.switchedOff(p)) ? [p] : []))).then((found) => new Set(found.flat())),
  ]);
  const shown: PostVerdict[] = verdicts.map((verdict, i) => {
    if (!platformIsOn(settings, posts.value[i].platform) || off.has(posts.value[i].platform)) return { flags: [] };
    if (decisions.dismissed.has(keys[i])) return { flags: [], dismissed: true };
    const flags = verdict.flags.filter((f) => settings.kinds[f.kind]);
    return decisions.shown.has(keys[i]) ? { flags, shown: true } : { flags };
  });
  return ok({ verdicts: shown });
};

export const recordHealth: Route = async (payload, { deps }) => {
  const record = checkHealthRecord(payload.record);
  if ('error' in record) return fail(record.error);
  await deps.health.record(record.value, deps.now());
  return ok({});
};

export const parseEmbedded: Route = async (payload, { deps }) => {
  const request = checkEmbeddedRequest(payload);
  if ('error' in request) return fail(request.error);
  return ok({ posts: deps.parseEmbedded(request.value.platform, request.value.texts) });
};
