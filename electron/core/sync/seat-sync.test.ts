import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import type { SecretStore } from './secret-store';
import { startStandInHub, type StandInHub } from './testing/stand-in-hub';

let seat: CoreHarness | null = null;
let hub: StandInHub | null = null;
afterEach(async () => {
  seat?.close();
  await hub?.close();
});

/** A keystore whose secret can be taken away, as when the OS keyring was reset. */
function keystore(): SecretStore & { lose(): void } {
  let secret: string | null = null;
  let lost = false;
  return {
    read: () => {
      if (lost) throw new Error('Error while decrypting the ciphertext');
      return secret;
    },
    write: (s) => void (secret = s),
    clear: () => void (secret = null),
    lose: () => void (lost = true),
  };
}

describe('enrolling a seat', () => {
  it('answers a wrong code and an unreachable hub with coded, translated errors, and stays unenrolled', async () => {
    hub = await startStandInHub();
    seat = await openTestCore();
    const admin = await seat.login('admin');
    expect(await seat.raw('sync:enroll', { hubUrl: hub.url, code: 'not-a-real-code', label: '1 号席' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'hub_refused', message: expect.stringContaining('一次性登记码') },
    });
    expect(await seat.raw('sync:enroll', { hubUrl: 'http://127.0.0.1:9', code: 'abcdefgh12', label: '1 号席' }, admin, 'en')).toMatchObject({
      ok: false,
      error: { code: 'hub_unreachable', message: expect.stringContaining('Cannot reach the hub at http://127.0.0.1:9') },
    });
    expect(await seat.raw('sync:enroll', { hubUrl: 'file:///etc/passwd', code: 'abcdefgh12', label: 'x' }, admin)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'hubUrl' } });
    expect(await seat.raw('sync:enroll', { hubUrl: hub.url, code: hub.issueCode('GH01'), label: 'x' }, await seat.login('sup01'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await seat.call('sync:status', {}, admin)).state.link).toBe('unenrolled');
  });

  it('keeps a seat whose credential can no longer be read working on its own, and says so', async () => {
    hub = await startStandInHub();
    const secrets = keystore();
    const first = await openTestCore(undefined, { secretStore: secrets });
    const admin = await first.login('admin');
    await first.call('sync:enroll', { hubUrl: hub.url, code: hub.issueCode('GH01'), label: '1 号席' }, admin);
    first.core.close();
    secrets.lose();
    seat = await openTestCore(first.dataDir, { secretStore: secrets });
    const op = await seat.login('op01');
    expect((await seat.call('sync:status', {}, op)).state).toMatchObject({ link: 'offline', lastError: 'hub_unauthorized' });
    expect((await seat.raw('cases:list', {}, op)).ok).toBe(true);
  });
});
