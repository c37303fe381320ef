// A small stand-in for the parts of `electron` that main's unit tests touch. Every IPC crossing
// goes through structuredClone, as Electron's does, so a handler that returns something
// uncloneable (a function, a class with methods) fails here as it would in the app.
import type { IpcMainInvokeEvent } from 'electron';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export interface FakeSender {
  webContentsId: number;
  frameUrl: string | null;
  isTopFrame: boolean;
}

export class FakeIpcMain {
  private readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /** What `ipcRenderer.invoke(channel, payload)` does from the given sender. */
  async invoke(sender: FakeSender, channel: string, payload?: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      sender: { id: sender.webContentsId },
      senderFrame: sender.frameUrl === null ? null : { url: sender.frameUrl, parent: sender.isTopFrame ? null : {} },
    } as unknown as IpcMainInvokeEvent;
    const result = await listener(event, structuredClone(payload));
    return structuredClone(result);
  }
}

export const fakeApp = {
  getVersion: () => '9.8.7',
  getLocale: () => 'it-IT',
};

export const openedExternally: string[] = [];
export const fakeShell = {
  openExternal: async (url: string) => {
    openedExternally.push(url);
  },
};
