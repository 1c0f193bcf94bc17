import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Where the seat keeps its hub credential. The Electron shell implements it with `safeStorage`
 * (electron/main/safe-storage-secrets.ts); browser mode keeps it in a file only its owner reads.
 */
export interface SecretStore {
  read(): string | null;
  write(secret: string): void;
  clear(): void;
}

/**
 * Writes a file only its owner may read, never readable by others even for a moment: a fresh
 * file made 0600 and renamed over the old one (writing into an existing file keeps its mode).
 */
export function writePrivateFile(file: string, data: string | Buffer): void {
  const fresh = `${file}.new`;
  rmSync(fresh, { force: true });
  writeFileSync(fresh, data, { mode: 0o600, flag: 'wx' });
  renameSync(fresh, file);
}

/** Browser mode: the credential in a file of mode 0600 in the data folder. */
export function fileSecretStore(file: string): SecretStore {
  return {
    read: () => (existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null),
    write: (secret) => writePrivateFile(file, secret),
    clear: () => rmSync(file, { force: true }),
  };
}
