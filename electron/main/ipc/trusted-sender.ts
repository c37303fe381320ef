// Who may call main (Electron security checklist #17, "validate the sender of all IPC messages"):
// a window this process created, from its top frame, showing a page of the app:// origin.
// Pure, so every refusal is unit-tested.
import { isAppUrl } from '../security/navigation-policy';

export interface SenderFacts {
  /** The id of the sending webContents. */
  webContentsId: number;
  /** Whether the sending frame is the top frame of its page (false for iframes). */
  isTopFrame: boolean;
  /** The sending frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function judgeSender(facts: SenderFacts, ourWebContentsIds: ReadonlySet<number>): SenderVerdict {
  if (!ourWebContentsIds.has(facts.webContentsId)) return { trusted: false, reason: 'the sender is not a Partner Desk window' };
  if (!facts.isTopFrame) return { trusted: false, reason: 'the call came from a subframe' };
  if (facts.frameUrl === null || !isAppUrl(facts.frameUrl)) {
    return { trusted: false, reason: 'the call came from a page outside the app' };
  }
  return { trusted: true };
}
