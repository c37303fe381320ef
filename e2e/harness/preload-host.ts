// Runs the real built preload inside a Playwright page as Electron's sandboxed preload would run:
// top frame only, before the page's scripts, with `require('electron')` offering contextBridge
// and ipcRenderer. ipcRenderer.invoke crosses to main through a Playwright binding, and main's
// webContents.send arrives through `__pdHostedDeliver`.
import { decodeAnswerSource, encodeForCrossingSource } from './json-crossing';

export const invokeBinding = '__pdHostedInvoke';
export const deliverFunction = '__pdHostedDeliver';

export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window.top !== window) return; // Electron runs the preload in the top frame only
  const listeners = new Map();
  Object.defineProperty(window, ${JSON.stringify(deliverFunction)}, {
    value: (channel, args) => {
      for (const listener of [...(listeners.get(channel) || [])]) listener({}, ...args);
    },
  });
  const ipcRenderer = {
    invoke: (channel, ...args) => window[${JSON.stringify(invokeBinding)}](channel, (${encodeForCrossingSource})(args)).then(${decodeAnswerSource}),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { ipcRenderer, contextBridge };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
