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
import { updateToSchemaVersion12 } from './0012-synonyms-and-phone-search';
import { updateToSchemaVersion14 } from './0014-assessment';

export interface Migration {
  readonly version: number;
  readonly up: (db: DB) => void;
}

/** Append only: a released migration is never edited, a change is a new one. */
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
  // 10 and 11 are colleagues' (visibility, sync); numbers are never reused.
  { version: 12, up: updateToSchemaVersion12 },
  // 13 is a colleague's.
  { version: 14, up: updateToSchemaVersion14 },
];
