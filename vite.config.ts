/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), csp()],
  worker: { format: 'es' },
  resolve: RESOLVE,
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  },
});
