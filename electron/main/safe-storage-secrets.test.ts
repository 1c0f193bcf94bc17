import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageSecrets } from './safe-storage-secrets';
import { createStandInElectron } from './testing/stand-in-electron';

const file = () => join(mkdtempSync(join(tmpdir(), 'lianxin-safe-')), 'hub-credential.enc');
const credential = 'f'.repeat(64);

describe('the desktop hub credential', () => {
  it('reaches the disk only encrypted, in a file its owner alone reads, and reads back', () => {
    const { electron } = createStandInElectron();
    const at = file();
    const store = safeStorageSecrets(electron.safeStorage, at);
    expect(store.read()).toBeNull();
    store.write(credential);
    expect(readFileSync(at, 'utf8')).not.toContain(credential);
    expect(statSync(at).mode & 0o777).toBe(0o600);
    expect(store.read()).toBe(credential);
  });

  it('is refused, not written in the clear, where the OS has no keystore', () => {
    const { electron } = createStandInElectron({ encryption: false });
    const at = file();
    expect(() => safeStorageSecrets(electron.safeStorage, at).write(credential)).toThrow(/keystore/);
    expect(() => statSync(at)).toThrow();
  });
});
