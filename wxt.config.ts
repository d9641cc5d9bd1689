import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripSelectorNotes } from './build/strip-selector-notes';

// Firefox keeps Manifest V2 (WXT's default) on purpose: under Firefox MV3 host
// access is opt-in after install, so content scripts would stay silent until the
// user found the permission switch.
const LIST_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), stripSelectorNotes()] }),
  manifest: ({ browser }) => ({
    name: 'Saring',
    // activeTab and scripting serve "check this page": Saring reads an article when the user asks, nowhere else.
    // contextMenus adds "Report this post to Saring…" on the platforms; storage keeps the settings;
    // alarms wakes the background every few hours to check the subscribed lists.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms'],
    // A list's server is asked for when the user subscribes to it, one origin at a time; plain
    // http only on this machine, for a publisher trying a list out.
    // (Manifest V2, Firefox's, names them among the optional permissions.)
    ...(browser === 'firefox' ? { optional_permissions: LIST_ORIGINS } : { optional_host_permissions: LIST_ORIGINS }),
    default_locale: 'en',
    description: '__MSG_extension_description__',
    commands: {
      'toggle-bulk-mode': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_command_toggle_bulk__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'saring@saring.id',
          strict_min_version: '140.0',
          // Saring sends nothing anywhere: reports stay in the browser until a person exports them.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
