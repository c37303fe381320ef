import { describe, expect, it } from 'vitest';
import { judgeSender } from './trusted-sender';

const ours = new Set([7]);

describe('judgeSender', () => {
  it('trusts the top frame of our window on the app origin', () => {
    expect(judgeSender({ webContentsId: 7, isTopFrame: true, frameUrl: 'app://partner-desk/index.html' }, ours)).toEqual({ trusted: true });
  });

  it('refuses a window we did not create, a subframe, a foreign origin and a vanished frame', () => {
    expect(judgeSender({ webContentsId: 8, isTopFrame: true, frameUrl: 'app://partner-desk/index.html' }, ours)).toMatchObject({
      trusted: false,
      reason: expect.stringContaining('not a Partner Desk window'),
    });
    expect(judgeSender({ webContentsId: 7, isTopFrame: false, frameUrl: 'app://partner-desk/index.html' }, ours)).toMatchObject({
      trusted: false,
      reason: expect.stringContaining('subframe'),
    });
    expect(judgeSender({ webContentsId: 7, isTopFrame: true, frameUrl: 'https://partner-desk/index.html' }, ours)).toMatchObject({ trusted: false });
    expect(judgeSender({ webContentsId: 7, isTopFrame: true, frameUrl: 'app://other/index.html' }, ours)).toMatchObject({ trusted: false });
    expect(judgeSender({ webContentsId: 7, isTopFrame: true, frameUrl: null }, ours)).toMatchObject({ trusted: false });
  });
});
