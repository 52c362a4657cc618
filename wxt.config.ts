import { defineConfig } from 'wxt';

// The sentinel is a lean plain script on every page (see docs/architecture.md); WXT builds it as an
// unlisted IIFE and we declare it in the manifest ourselves so it carries no ContentScriptContext cost.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Parallel builds (several e2e runs on one machine) each set WXT_OUT_DIR; the default stays .output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
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
    action: { default_title: '__MSG_extName__' },
    commands: {
      'capture-now': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '立即取证：截取当前页面并写入证据链',
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
