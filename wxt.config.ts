import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Permissions are listed with their reasons in README.md.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // storage: the reader's source renames (components/source-names-store.ts), shared by panel and library.
    // scripting (Chrome): the background injects the article script where the light first step asks for it
    // (Firefox MV2 uses tabs.executeScript, covered by the host permissions).
    permissions: ['contextMenus', 'storage', ...(browser === 'chrome' ? ['sidePanel', 'scripting'] : [])],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggleHighlights__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'isnad@isnad.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
