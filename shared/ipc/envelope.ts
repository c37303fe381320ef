// Every IPC answer is an envelope, never a thrown Error: Errors lose their shape when they
// cross IPC, and the renderer must be able to tell "offline" from "rejected" (architecture §3).

export type IpcErrorKind =
  | 'bad-request' // the payload failed the channel's schema
  | 'forbidden' // the sender is not one of our windows, not the top frame, or not app://
  | 'offline' // nothing reached the server
  | 'timeout' // no answer: the call may or may not have taken effect
  | 'throttled'
  | 'unauthorized'
  | 'conflict'
  | 'invalid' // the server refused the content (400) with its own code and description
  | 'not-found'
  | 'server'
  | 'locked' // an office policy forbids the change
  | 'internal';

export interface IpcError {
  kind: IpcErrorKind;
  message: string;
  status?: number;
  code?: string;
  retryAfterMs?: number;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: IpcError): Envelope<never> => ({ ok: false, error });
