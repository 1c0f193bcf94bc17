// Runs the TypeScript sync worker from source (browser mode under tsx, tests under vitest): a
// worker thread does not inherit the parent's TypeScript loader. The Electron build bundles
// sync-worker.ts to dist/electron/sync-worker.cjs instead and starts that.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./sync-worker.ts', import.meta.url).href);
