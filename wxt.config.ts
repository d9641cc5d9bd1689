import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripSelectorNotes } from './build/strip-selector-notes';

// Firefox keeps Manifest V2 (WXT's default) on purpose: under Firefox MV3 host
// access is opt-in after install, so content scripts would stay silent until the
// user found the permission switch.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), stripSelectorNotes()] }),
  manifest: ({ browser }) => ({
    name: 'Saring',
    // activeTab and scripting serve "check this page" only: Saring reads an article when the user asks, nowhere else.
    permissions: ['activeTab', 'scripting'],
    description:
      'Saring sebelum sharing: marks political ads, election fundraising and known hoaxes on TikTok, YouTube, Instagram and Facebook, and lets you report them.',
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
