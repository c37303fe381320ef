// Deny every permission request (Electron security checklist #5): Partner Desk needs no camera,
// microphone, notifications-by-permission, geolocation or the like from web content.
import type { Session } from 'electron';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
