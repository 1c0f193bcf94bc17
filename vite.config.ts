import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * V8's explicit compile hint: every function of a chunk is compiled as the chunk loads (off the
 * main thread while it streams) instead of on its first call. The first call was a key: the
 * first digit of the first call, the first Ctrl+K, the first form opened (docs/decisions/0049).
 */
const compileOnLoad: Plugin = {
  name: 'compile-on-load',
  apply: 'build',
  enforce: 'post',
  // Last, after Vite's own post-processing has put its preload map at the top of the entry chunks.
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  },
};

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the same build loads from Electron's file/app scheme and browser mode.
  base: './',
  plugins: [react(), compileOnLoad],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
