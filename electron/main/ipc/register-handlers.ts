// The one door for renderer-to-main calls (architecture §3, after VS Code's validatedIpcMain):
// each channel's handler runs only for a trusted sender and a payload that passed the channel's
// schema, and its answer always travels as an envelope, even when the handler throws.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Envelope, type IpcError } from '../../../shared/ipc/envelope';
import { requestSchemas } from '../../../shared/ipc/request-schemas';
import { judgeSender, type SenderFacts } from './trusted-sender';

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Thrown by a handler to answer with a specific error kind instead of 'internal'. */
export class IpcRefusal extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export interface RegisterOptions {
  /** The webContents ids of the windows we created; only they may call. */
  ourWebContentsIds: ReadonlySet<number>;
  log: (message: string) => void;
}

export function senderFactsOf(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    isTopFrame: frame !== null && frame.parent === null,
    frameUrl: frame?.url ?? null,
  };
}

export function registerInvokeHandlers(ipcMain: IpcMain, handlers: InvokeHandlers, options: RegisterOptions): () => void {
  const channels = Object.keys(handlers) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      const verdict = judgeSender(senderFactsOf(event), options.ourWebContentsIds);
      if (!verdict.trusted) {
        options.log(`ipc: refused ${channel}: ${verdict.reason}`);
        return fail({ kind: 'forbidden', message: `Refused: ${verdict.reason}.` });
      }
      const parsed = requestSchemas[channel].safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return fail({ kind: 'bad-request', message: `Invalid request for ${channel}: ${where}${issue?.message ?? 'invalid'}` });
      }
      try {
        const handler = handlers[channel] as (request: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof IpcRefusal) return fail(error.error);
        options.log(`ipc: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail({ kind: 'internal', message: 'Partner Desk hit an internal error. The details are in the log.' });
      }
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
