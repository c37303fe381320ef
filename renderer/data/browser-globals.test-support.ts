// What Chromium has and Node lacks, for renderer tests: fake IndexedDB as the global one (Dexie
// captures it when it loads, and liveQuery needs it), `self`, and the one FileReader method
// dexie-export-import uses to read a backup back.
import 'fake-indexeddb/auto';

const globals = globalThis as { self?: unknown; FileReader?: unknown };
globals.self ??= globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader & { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  error: unknown = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: Object.assign(this, { error }) });
      },
    );
  }
}
globals.FileReader ??= NodeFileReader;
