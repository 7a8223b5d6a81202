import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: shared glossary packs are refreshed every six hours.
    permissions: ['storage', 'alarms'],
    // Rebindable at chrome://extensions/shortcuts (Firefox: about:addons, Manage Extension Shortcuts).
    // Not Alt+Shift+T: Chrome keeps it (focus the toolbar) and silently leaves the command unbound.
    commands: {
      'toggle-tifa': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandToggle__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPrevious__' },
    },
    // The segmenter (jieba, WASM) runs in the background; pages never compile WASM.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // Firefox needs a stable add-on id for storage.sync; Chrome warns about the unknown key.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tifa@tifa.example' } } } : {}),
  }),
  imports: false,
  vite: () => ({ plugins: [preact()] }),
});
