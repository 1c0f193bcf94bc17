import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db';

/** Opens the store, which upgrades its schema, on this thread; each migration's progress goes to the parent. */
const { file } = workerData as { file: string };
openDatabase(file, { onMigration: (progress) => parentPort?.postMessage(progress) }).close();
