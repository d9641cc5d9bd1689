import { createBulkMode } from './bulk-mode';
import { pageApi, pageTools, publishPageTools, type PageTools } from './page-api';
import { openReportPicker, showNotice } from './report-picker';

/**
 * Installs bulk mode and the report picker on a page whose content script is
 * running. They are injected only when a volunteer asks for them (popup, shortcut,
 * context menu), so that no feed pays for code most people never use.
 */
export function installPageTools(): PageTools | null {
  const installed = pageTools();
  if (installed) return installed;
  const api = pageApi();
  if (!api) return null;
  const bulk = createBulkMode({
    t: api.t,
    posts: api.posts,
    mountWhenNear: api.mountWhenNear,
    report: (posts, seenAt, category) => api.background.send('reports:save-many', { posts, seenAt, category }),
    undo: async (undoToken) => void (await api.background.send('report:undo', { undoToken })),
    today: async () => (await api.background.send('reports:today', {})).today,
  });
  api.onPost((entry) => bulk.notePost(entry));
  const tools: PageTools = {
    toggleBulk: bulk.toggle,
    isBulkOn: bulk.isOn,
    reportPointedPost() {
      const entry = api.pointedPost();
      if (entry) openReportPicker(entry, api.t(), api.background);
      else showNotice(api.t()('picker_no_post'));
      return entry !== null;
    },
    stop: () => {
      bulk.stop();
      publishPageTools(undefined);
    },
  };
  publishPageTools(tools);
  return tools;
}
