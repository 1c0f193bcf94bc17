import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSecretStore } from './secret-store';

describe('the browser-mode credential file', () => {
  it('is readable and writable by its owner only, also when a looser file was there before', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lianxin-secret-')), 'hub-credential');
    writeFileSync(file, 'old', { mode: 0o644 });
    const store = fileSecretStore(file);
    store.write('c'.repeat(64));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.read()).toBe('c'.repeat(64));
    store.clear();
    expect(store.read()).toBeNull();
  });
});
