import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions } from './permissions';

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    let request: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    denyAllPermissions(session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      request!(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(check!(null, 'media', 'app://partner-desk', {})).toBe(false);
  });
});
