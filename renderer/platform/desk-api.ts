// The renderer's only door to main: `window.partnerDesk`, exposed by the preload. Stores call it;
// components never do (architecture §7).
import { apiGlobalName, type PartnerDeskApi } from '../../shared/ipc/contract';
import type { Envelope, IpcError } from '../../shared/ipc/envelope';

declare global {
  interface Window {
    readonly [apiGlobalName]?: PartnerDeskApi;
  }
}

export function deskApi(): PartnerDeskApi {
  const api = window[apiGlobalName];
  if (!api) throw new Error('Partner Desk must run inside its desktop shell: window.partnerDesk is missing.');
  return api;
}

/** An IPC refusal carried as an exception inside the renderer, with its envelope error intact. */
export class DeskCallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export async function unwrap<T>(call: Promise<Envelope<T>>): Promise<T> {
  const envelope = await call;
  if (envelope.ok) return envelope.value;
  throw new DeskCallError(envelope.error);
}
