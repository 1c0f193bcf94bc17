// Runs the TypeScript migration worker from source (browser mode under tsx, tests under vitest): a
// worker thread does not inherit the parent's TypeScript loader.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./migrate-worker.ts', import.meta.url).href);
