import type { SessionLike } from './electron-api';

/** The console needs no camera, microphone, notifications or geolocation: refuse every request. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
