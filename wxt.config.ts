import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
