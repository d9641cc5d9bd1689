import type { Translate } from '../i18n/translate';
import type { PortChannel } from '../messaging/port-channel';
import type { ListedPost } from './bulk-mode';
import type { BadgeHandle } from './show-verdicts';

/** What the platform content script shares with the volunteer tools injected later into the same isolated world. */
export interface PageApi {
  t(): Translate;
  background: PortChannel;
  /** The posts read on this page, in page order, still on the page. */
  posts(): ListedPost[];
  /** The post the user last right-clicked, read now if Saring had not read it yet. */
  pointedPost(): ListedPost | null;
  mountWhenNear(anchor: Element, mount: () => Promise<BadgeHandle>): BadgeHandle;
  /** Tells the tools of each post read from now on. */
  onPost(listener: (entry: ListedPost) => void): void;
}

/** The volunteer tools, once injected: bulk mode and "report this post as…". */
export interface PageTools {
  toggleBulk(): boolean;
  isBulkOn(): boolean;
  /** Opens the picker on the right-clicked post; false when there was none. */
  reportPointedPost(): boolean;
  stop(): void;
}

// Content scripts and scripts injected by the same extension share one isolated world per frame;
// the page's own scripts cannot see these.
const API_KEY = Symbol.for('saring.page-api');
const TOOLS_KEY = Symbol.for('saring.page-tools');
type Slots = { [API_KEY]?: PageApi; [TOOLS_KEY]?: PageTools };
const slots = globalThis as unknown as Slots;

export const publishPageApi = (api: PageApi | undefined): void => void (slots[API_KEY] = api);
export const pageApi = (): PageApi | undefined => slots[API_KEY];
export const publishPageTools = (tools: PageTools | undefined): void => void (slots[TOOLS_KEY] = tools);
export const pageTools = (): PageTools | undefined => slots[TOOLS_KEY];
