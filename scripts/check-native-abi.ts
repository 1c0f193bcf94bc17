/**
 * `npm run check:native-abi [-- RELEASE_DIR]`: reads the ABI of every packaged better_sqlite3.node
 * (under release/*-unpacked, …/app.asar.unpacked) and fails unless each matches Electron's
 * NODE_MODULE_VERSION for electron-builder.yml's electronVersion. `npm run dist` runs it last.
 */
import { resolve } from 'node:path';
import { readBuilderConfig } from './packaging/builder-config';
import { checkPackagedAbi, electronAbi } from './native-abi/check';

const config = readBuilderConfig();
const releaseDir = process.argv[2] === undefined ? config.outputDir : resolve(process.argv[2]);
const expected = electronAbi(config.electronVersion);
const verdicts = await checkPackagedAbi(releaseDir, expected);
for (const verdict of verdicts) (verdict.ok ? console.log : console.error)(verdict.line);
if (verdicts.length === 0) console.error(`No packaged better_sqlite3.node under ${releaseDir} (app.asar.unpacked): nothing to check.`);
process.exit(verdicts.length > 0 && verdicts.every((v) => v.ok) ? 0 : 1);
