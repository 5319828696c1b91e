import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { RESOLVE, TREESHAKE } from '../vite.config.ts';

/** The benchmark build: the app itself plus the bare React Flow page, side by side. */
const root = fileURLToPath(new URL('..', import.meta.url));
export default defineConfig({
  root,
  plugins: [react()],
  resolve: RESOLVE,
  worker: { format: 'es' },
  build: {
    outDir: 'bench/tmp/dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { treeshake: TREESHAKE, input: { app: `${root}index.html`, bare: `${root}bench/bare.html` } },
  },
});
