import { migration0001 } from './0001-towns-seats';
import { migration0002 } from './0002-sync';
import { migration0003 } from './0003-open311';
import { migration0004 } from './0004-numbered-events';
import { migration0005 } from './0005-event-skews';
import { migration0006 } from './0006-sequencer-guard';
import { migration0007 } from './0007-projection-before-sequencer';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];
