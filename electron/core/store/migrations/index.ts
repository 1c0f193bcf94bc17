import type { DB } from '../db';
import { updateToSchemaVersion1 } from './0001-reference';
import { updateToSchemaVersion2 } from './0002-cases';
import { updateToSchemaVersion3 } from './0003-intake';
import { updateToSchemaVersion4 } from './0004-loop';
import { updateToSchemaVersion5 } from './0005-sla';
import { updateToSchemaVersion6 } from './0006-deferred-search';
import { updateToSchemaVersion7 } from './0007-leaner-save';
import { updateToSchemaVersion8 } from './0008-duplicates-by-time';
import { updateToSchemaVersion9 } from './0009-deferred-projection';
import { updateToSchemaVersion10 } from './0010-case-units';
import { updateToSchemaVersion11 } from './0011-sync';
import { updateToSchemaVersion12 } from './0012-synonyms-and-phone-search';
import { updateToSchemaVersion13 } from './0013-assessment';
import { updateToSchemaVersion14 } from './0014-assessment-facts';
import { updateToSchemaVersion15 } from './0015-events-by-hlc';
import { updateToSchemaVersion16 } from './0016-reply-clock-days';
import { updateToSchemaVersion17 } from './0017-assessment-clock-facts';
import { updateToSchemaVersion18 } from './0018-reference-outbox';
import { updateToSchemaVersion19 } from './0019-board-flags';
import { updateToSchemaVersion20 } from './0020-appeals-as-events';
import { updateToSchemaVersion21 } from './0021-user-disabled';
import { updateToSchemaVersion22 } from './0022-board-and-card-indexes';
import { updateToSchemaVersion23 } from './0023-running-clock-covering-indexes';
import { updateToSchemaVersion24 } from './0024-hotline-cards-charged-to-no-unit';

export interface Migration {
  readonly version: number;
  readonly up: (db: DB) => void;
}

/**
 * Versions whose step was withdrawn, with why. Their numbers stay unused for good: a database
 * may carry one as its `user_version`.
 */
export const droppedVersions: Readonly<Record<number, string>> = {};

/**
 * Append only: a released migration is never edited (history.test.ts pins each file's hash), a
 * change is a new one; a dropped step leaves a gap listed in `droppedVersions`.
 */
export const migrations: readonly Migration[] = [
  { version: 1, up: updateToSchemaVersion1 },
  { version: 2, up: updateToSchemaVersion2 },
  { version: 3, up: updateToSchemaVersion3 },
  { version: 4, up: updateToSchemaVersion4 },
  { version: 5, up: updateToSchemaVersion5 },
  { version: 6, up: updateToSchemaVersion6 },
  { version: 7, up: updateToSchemaVersion7 },
  { version: 8, up: updateToSchemaVersion8 },
  { version: 9, up: updateToSchemaVersion9 },
  { version: 10, up: updateToSchemaVersion10 },
  { version: 11, up: updateToSchemaVersion11 },
  { version: 12, up: updateToSchemaVersion12 },
  { version: 13, up: updateToSchemaVersion13 },
  { version: 14, up: updateToSchemaVersion14 },
  { version: 15, up: updateToSchemaVersion15 },
  { version: 16, up: updateToSchemaVersion16 },
  { version: 17, up: updateToSchemaVersion17 },
  { version: 18, up: updateToSchemaVersion18 },
  { version: 19, up: updateToSchemaVersion19 },
  { version: 20, up: updateToSchemaVersion20 },
  { version: 21, up: updateToSchemaVersion21 },
  { version: 22, up: updateToSchemaVersion22 },
  { version: 23, up: updateToSchemaVersion23 },
  { version: 24, up: updateToSchemaVersion24 },
];
