// The sandboxed preload: builds `window.partnerDesk` from the IPC contract and exposes nothing
// else (Electron security checklist #3 and #20: never expose ipcRenderer itself). It may import
// only `electron` at run time; the contract is types plus two name tables, bundled in.
import { contextBridge, ipcRenderer } from 'electron';
import {
  apiGlobalName,
  eventSubscriptions,
  invokeMethods,
  type EventChannel,
  type PartnerDeskApi,
} from '../../shared/ipc/contract';

const invoke: Record<string, (request?: unknown) => Promise<unknown>> = {};
for (const [method, channel] of Object.entries(invokeMethods)) {
  invoke[method] = (request?: unknown) => ipcRenderer.invoke(channel, request);
}

const on: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
for (const [name, channel] of Object.entries(eventSubscriptions) as [string, EventChannel][]) {
  on[name] = (listener) => {
    // The IpcRendererEvent stays here: it carries `sender`, which must not reach the page.
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

contextBridge.exposeInMainWorld(apiGlobalName, { ...invoke, on } as unknown as PartnerDeskApi);
