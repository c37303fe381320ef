// What the user reads when a change could not be saved on this computer. A full disk is the one
// such failure the user can fix, so it says how, in their language, and that nothing was lost
// (the transaction that failed wrote nothing; the form keeps what was typed; the outbox keeps
// every change already waiting). Anything else is shown in its own words.
import i18next from 'i18next';
import { isStorageFull } from './storage-watch';

export function failureMessage(error: unknown): string {
  if (isStorageFull(error)) return i18next.t('status.storage.full');
  return asSentence(error instanceof Error ? error.message : String(error));
}

/** Ends with a full stop, so the screens' templates ("not saved: {{message}} Try again.") read right. */
function asSentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
