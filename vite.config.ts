/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // libavoid-js's `exports` map hides its .wasm; the router loads it as its own file (`?url`, issue 10).
  resolve: { alias: [{ find: /^libavoid-js\/dist\/libavoid\.wasm/, replacement: fileURLToPath(new URL('./node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url)) }] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  },
});
