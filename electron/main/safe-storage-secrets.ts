import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writePrivateFile, type SecretStore } from '../core/sync/secret-store';
import type { SafeStorageLike } from './electron-api';

/**
 * The desktop keeps the hub credential encrypted by the OS keystore through Electron's
 * `safeStorage`, in a 0600 file of the user-data folder. Without a keystore it refuses to store
 * the credential rather than write it in the clear.
 */
export function safeStorageSecrets(safeStorage: SafeStorageLike, file: string): SecretStore {
  return {
    read: () => (existsSync(file) ? safeStorage.decryptString(readFileSync(file)) : null),
    write(secret) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('No OS keystore to encrypt the hub credential with');
      writePrivateFile(file, safeStorage.encryptString(secret));
    },
    clear: () => rmSync(file, { force: true }),
  };
}
