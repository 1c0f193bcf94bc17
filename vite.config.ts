import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Where the console's keys are first pressed: the frame with intake, the command bar, a case and its forms, the work lists. */
const keyedEntries = /renderer\/src\/(app\/ConsoleShell|command-bar\/CommandBar|cases\/CaseDetailDialog|handler\/UnitQueuePage|cases\/CaseListPage)\.tsx$/;

/**
 * V8's explicit compile hint on the chunks the console's keys run (the entry, `keyedEntries` and
 * what they import): their functions are compiled as the chunk loads, off the main thread while it
 * streams, instead of on the first call — which was a key: the first digit of the first call, the
 * first Ctrl+K, the first form opened (docs/decisions/0049). Not on the other pages' chunks
 * (charts, the wall, admin pages): compiling all of them cost each seat about a second of CPU.
 */
const compileKeyedOnLoad: Plugin = {
  name: 'compile-keyed-on-load',
  apply: 'build',
  enforce: 'post',
  // Last, after Vite's own post-processing has put its preload map at the top of the entry chunks.
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      const keyed = new Set<string>();
      const add = (fileName: string) => {
        if (keyed.has(fileName)) return;
        keyed.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
      };
      for (const c of chunks.values()) if (c.isEntry || c.moduleIds.some((id) => keyedEntries.test(id))) add(c.fileName);
      for (const fileName of keyed) {
        const chunk = chunks.get(fileName);
        if (chunk) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  },
};

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the same build loads from Electron's file/app scheme and browser mode.
  base: './',
  plugins: [react(), compileKeyedOnLoad],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
