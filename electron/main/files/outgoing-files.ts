// Files the renderer streams out through main: CSV exports to a place the user picks in a save
// dialog, and database backups into the user-data folder. The renderer sends text in chunks, so
// 100,000 rows never sit in one IPC message, and it never learns or chooses a path itself.
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface SaveDialog {
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

interface OpenFile {
  stream: WriteStream;
  finalPath: string;
  partialPath: string;
  bytes: number;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

const backupPattern = /^partner-desk-backup-(\d{8}T\d{6}Z)-([a-z-]+)\.json$/;

export class OutgoingFiles {
  private readonly open = new Map<string, OpenFile>();
  private nextId = 1;

  constructor(
    private readonly backupFolder: string,
    private readonly dialog: SaveDialog,
    private readonly keepBackups = 5,
  ) {}

  /** Asks the user where to save; null when they cancel. */
  async beginExport(suggestedName: string): Promise<{ exportId: string; fileName: string } | null> {
    const choice = await this.dialog.showSaveDialog({
      defaultPath: path.basename(suggestedName),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (choice.canceled || !choice.filePath) return null;
    return { exportId: await this.start(choice.filePath), fileName: path.basename(choice.filePath) };
  }

  async beginBackup(reason: 'before-upgrade' | 'on-demand', now = new Date()): Promise<{ exportId: string; fileName: string }> {
    await fs.mkdir(this.backupFolder, { recursive: true });
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const fileName = `partner-desk-backup-${stamp}-${reason}.json`;
    return { exportId: await this.start(path.join(this.backupFolder, fileName)), fileName };
  }

  private async start(finalPath: string): Promise<string> {
    // Written under a temporary name and renamed at the end: a half-written file never looks complete.
    const partialPath = `${finalPath}.partial`;
    const stream = createWriteStream(partialPath, { encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    const id = `file-${this.nextId++}`;
    this.open.set(id, { stream, finalPath, partialPath, bytes: 0 });
    return id;
  }

  async write(id: string, chunk: string): Promise<void> {
    const file = this.file(id);
    file.bytes += Buffer.byteLength(chunk);
    if (!file.stream.write(chunk)) await new Promise<void>((resolve) => file.stream.once('drain', () => resolve()));
  }

  async finish(id: string): Promise<{ bytes: number }> {
    const file = this.file(id);
    this.open.delete(id);
    await new Promise<void>((resolve, reject) => file.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await fs.rename(file.partialPath, file.finalPath);
    if (file.finalPath.startsWith(this.backupFolder)) await this.pruneBackups();
    return { bytes: file.bytes };
  }

  async abort(id: string): Promise<void> {
    const file = this.open.get(id);
    if (!file) return;
    this.open.delete(id);
    file.stream.destroy();
    await fs.rm(file.partialPath, { force: true });
  }

  async listBackups(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.backupFolder);
    } catch {
      return [];
    }
    const backups: BackupInfo[] = [];
    for (const name of names) {
      const match = backupPattern.exec(name);
      if (!match) continue;
      const stat = await fs.stat(path.join(this.backupFolder, name));
      const stamp = match[1]!;
      const createdAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
      backups.push({ name, createdAt, bytes: stat.size });
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Reads a backup back in chunks (for a restore), by name only: no path comes from the renderer. */
  async readBackup(name: string, offset: number, length: number): Promise<{ base64: string; done: boolean }> {
    if (!backupPattern.test(name)) throw new Error('not a backup name');
    const handle = await fs.open(path.join(this.backupFolder, name), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      const { size } = await handle.stat();
      // Bytes, not text: a chunk boundary may fall inside a multi-byte character.
      return { base64: buffer.subarray(0, bytesRead).toString('base64'), done: offset + bytesRead >= size };
    } finally {
      await handle.close();
    }
  }

  private file(id: string): OpenFile {
    const file = this.open.get(id);
    if (!file) throw new Error(`no open file ${id}`);
    return file;
  }

  private async pruneBackups(): Promise<void> {
    const backups = await this.listBackups();
    for (const stale of backups.slice(this.keepBackups)) await fs.rm(path.join(this.backupFolder, stale.name), { force: true });
  }
}
