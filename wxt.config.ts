import { defineConfig } from 'wxt';

// The sentinel is a lean plain script on every page (see docs/architecture.md); WXT builds it as an
// unlisted IIFE and we declare it in the manifest ourselves so it carries no ContentScriptContext cost.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Parallel builds (several e2e runs on one machine) each set WXT_OUT_DIR; the default stays .output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Firefox too gets MV3 (WXT's Firefox default is MV2): same manifest and APIs, background as an event page.
  manifestVersion: 3,
  // The Firefox sources zip (for add-on review) leaves out local test and demo output (all gitignored).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'demo-output/**', 'bench-output/**', '*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'scripting',
      'activeTab',
      'downloads',
      ...(browser === 'firefox' ? [] : ['pageCapture']),
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['<all_urls>'],
    // The offscreen encoder is libwebp in wasm (lib/capture/webp-encode.ts): MV3 pages may compile wasm only so.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // Firefox: a fixed add-on id (MV3 needs one); 140 = the ESR that reads data_collection_permissions.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cardshield@cardshield.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    commands: {
      'capture-now': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_bg_command_capture__',
      },
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        js: ['sentinel.js'],
        run_at: 'document_idle',
        all_frames: false,
      });
    },
  },
});
