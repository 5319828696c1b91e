/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { laterKeysFromSource, startupStringsCheck } from './scripts/startupStrings.ts';

/**
 * Content-Security-Policy of the built app (issue 17; README "Hosting"). No inline script
 * anywhere: scripts, workers and the router's WebAssembly come only from the app's own origin.
 * Styles allow 'unsafe-inline' because React Flow positions every node with an inline style and
 * the PNG export inlines computed styles; no user text ever becomes markup, so that is not a way
 * in. Images, fonts and fetches may use data:/blob: URLs, which the exports build in the page.
 * The meta tag is added to the build only: Vite's dev server injects an inline script (React
 * refresh). Hosts should also send it as a header and add `frame-ancestors 'none'`, which a
 * meta tag cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // ws:/wss:/http(s): a live session talks to the group's own co-editing server, wherever it runs
  // (issue 13; README "Live co-editing"); script-src above is what keeps injected code out.
  "connect-src 'self' data: blob: ws: wss: http: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'theory-model-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
});

/**
 * libavoid-js's `exports` map hides its .wasm; the router loads it as its own file (`?url`,
 * issue 10). Every Vite build of the app needs this alias: the app's and the benchmark's.
 */
export const RESOLVE = {
  alias: [{ find: /^libavoid-js\/dist\/libavoid\.wasm/, replacement: fileURLToPath(new URL('./node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url)) }],
};

/**
 * Offline and installable (issue 16; docs/decisions.md "Offline"). Workbox precaches the whole
 * build — the app, every lazy chunk, the ELK worker, the router's .wasm, the examples — so after
 * the first visit the app starts and lays out without a network. `prompt`: a new version waits
 * until the user agrees (src/app/serviceWorker.ts), it never takes over a page by itself. The
 * service worker is registered by our code (lazily, with workbox-window), not by an injected
 * inline script, which the CSP would refuse anyway.
 */
export const PWA = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Theory-model editor · 理论模型编辑器',
    short_name: 'Theory models',
    description: 'Draw, revise and publish theoretical models: actors, drivers, resources and their relationships.',
    lang: 'zh-CN',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f5f7fa',
    theme_color: '#1f4e79',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,wasm,svg,png,json,txt,webmanifest}'],
    // The ELK worker (~1.5 MB) is larger than Workbox's 2 MB default allows for with headroom.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // The PDF export's 10 MB CJK font is not precached (every first visit would download it):
    // it is kept once a PDF export has fetched it, so PDF works offline after one online use.
    runtimeCaching: [{ urlPattern: /\.ttf$/, handler: 'CacheFirst', options: { cacheName: 'fonts', expiration: { maxEntries: 4 } } }],
    // Any address of the app (`/?lang=en`, `/#model=…`) opens the app offline; an address that
    // names a file (`/x.svg`, `/licenses/…`) is never answered with the app instead of that file.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\.[a-z0-9]+$/i],
    cleanupOutdatedCaches: true,
  },
  devOptions: { enabled: false },
});

/**
 * The first load in one file (issue 15; docs/performance.md "First load"): every module the entry
 * imports statically, found from the module graph once it is built, is put in one chunk. Left to
 * itself, the bundler splits a module that the entry and a lazy chunk share into a small chunk of
 * its own; the first visit then downloads ~40 such files, each compressed on its own, which cost
 * as much as the code moved out of the first load. Lazy chunks still get only what they alone use.
 */
function startupChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const startup = new Set<string>();
  const plugin: Plugin = {
    name: 'theory-model-startup-chunk',
    apply: 'build',
    buildEnd() {
      startup.clear();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (startup.has(id)) continue;
        startup.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => startup.has(id) };
}
const STARTUP = startupChunk();

/**
 * The UI strings' chunks are named by language (src/i18n/translate.ts): `en-*.js` / `zh-*.js`,
 * the start-up part that scripts/initial-js.ts counts, and `later-en-*.js` / `later-zh-*.js`.
 */
function stringChunkNames(chunk: { facadeModuleId: string | null }): string {
  const m = /[\\/]src[\\/]i18n[\\/](en|zh)[\\/](startup\.ts|later[\\/]index\.ts)$/.exec(chunk.facadeModuleId ?? '');
  if (!m) return 'assets/[name]-[hash].js';
  return m[2] === 'startup.ts' ? `assets/${m[1]}-[hash].js` : `assets/later-${m[1]}-[hash].js`;
}

/** React's memo() and forwardRef() have no side effects, but unannotated top-level calls to them
 *  keep dead components in the bundle: React Flow's own MiniMap (replaced by canvas/minimap)
 *  stayed in the first load (issue 15). Shared with the bench build. */
export const TREESHAKE = { manualPureFunctions: ['memo', 'forwardRef'] };

export default defineConfig({
  // startupStringsCheck: no code that may run before the later UI strings are loaded names one (issue 15).
  plugins: [react(), csp(), PWA, STARTUP.plugin, startupStringsCheck(laterKeysFromSource(fileURLToPath(new URL('./src/i18n/en/later', import.meta.url))))],
  worker: { format: 'es' },
  resolve: RESOLVE,
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { treeshake: TREESHAKE, output: { codeSplitting: { groups: [{ name: 'startup', test: STARTUP.test }] }, chunkFileNames: stringChunkNames } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  },
});
