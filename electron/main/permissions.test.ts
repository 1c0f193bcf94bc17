import { expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions';
import { createStandInElectron } from './testing/stand-in-electron';

it('refuses every permission request and check', () => {
  const { electron, record } = createStandInElectron();
  denyAllPermissions(electron.session.defaultSession);
  const callback = vi.fn();
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
    record.permissionRequest?.({}, permission, callback);
    expect(record.permissionCheck?.({}, permission)).toBe(false);
  }
  expect(callback.mock.calls).toEqual([[false], [false], [false], [false]]);
});
