// Hands an invitation to the user's own mail app as a new draft. Main builds the mailto: URL from
// checked fields (`pd:shell.openMailDraft`), so the renderer never opens a raw URL; on a build of
// main without that channel the screen says so and offers Copy instead.
import type { IpcError } from '../../shared/ipc/envelope';
import { deskApi } from '../platform/desk-api';

export type MailDraftResult = { ok: true } | { ok: false; reason: 'not-available' | 'too-long' | 'failed'; message: string };

export async function openMailDraft(draft: { to: string; subject: string; body: string }): Promise<MailDraftResult> {
  const api = deskApi() as Partial<ReturnType<typeof deskApi>>;
  if (typeof api.openMailDraft !== 'function') return { ok: false, reason: 'not-available', message: 'openMailDraft is not available' };
  const answer = await api.openMailDraft(draft);
  if (answer.ok) return { ok: true };
  return { ok: false, reason: tooLong(answer.error) ? 'too-long' : 'failed', message: answer.error.message };
}

// Main's schema refuses a body a mailto: URL would cut (about 1,500 characters).
const tooLong = (error: IpcError) => error.kind === 'bad-request' && /too long|at most|too_big/i.test(error.message);
