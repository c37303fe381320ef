// Reads the configuration layers from disk, keeps the effective snapshot, and writes the user's
// own changes. Only keys meant for users can be changed from a window, and never a locked one:
// a compromised page must not be able to point the API base URL (and so the token) elsewhere.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ConfigSnapshot } from '../../../shared/config/snapshot';
import { userEditableKeys } from '../../../shared/config/settings';
import type { SettingChange } from '../../../shared/ipc/contract';
import { IpcRefusal } from '../ipc/register-handlers';
import { resolveConfig, type LayerFile } from './config-layers';

async function readLayer(file: string): Promise<LayerFile> {
  try {
    return { file, text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, text: null };
    return { file, text: `<unreadable: ${(error as Error).message}>` };
  }
}

export class ConfigStore {
  private snapshot!: ConfigSnapshot;
  private readonly listeners = new Set<(snapshot: ConfigSnapshot) => void>();

  constructor(
    private readonly officeFile: string,
    private readonly userFile: string,
    private readonly log: (message: string) => void,
  ) {}

  async load(): Promise<ConfigSnapshot> {
    this.snapshot = resolveConfig({ office: await readLayer(this.officeFile), user: await readLayer(this.userFile) });
    for (const problem of this.snapshot.problems) {
      this.log(`config: the ${problem.source} settings file ${problem.file} was not used as is: ${problem.fault}`);
    }
    return this.snapshot;
  }

  current(): ConfigSnapshot {
    return this.snapshot;
  }

  onChange(listener: (snapshot: ConfigSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async set(change: SettingChange): Promise<ConfigSnapshot> {
    if (this.snapshot.locked.includes(change.key)) {
      throw new IpcRefusal({ kind: 'locked', message: `Your office has locked the setting "${change.key}".` });
    }
    if (!userEditableKeys.includes(change.key)) {
      throw new IpcRefusal({ kind: 'locked', message: `The setting "${change.key}" can only be set by your office's IT.` });
    }
    const current = await readLayer(this.userFile);
    let values: Record<string, unknown> = {};
    try {
      const parsed: unknown = current.text ? JSON.parse(current.text) : {};
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) values = parsed as Record<string, unknown>;
    } catch {
      // A corrupt user file was already reported at load; the new write replaces it.
    }
    values[change.key] = change.value;
    await fs.mkdir(path.dirname(this.userFile), { recursive: true });
    // Write-then-rename so a crash mid-write never leaves half a settings file.
    const temporary = `${this.userFile}.${process.pid}.tmp`;
    await fs.writeFile(temporary, `${JSON.stringify(values, null, 2)}\n`, 'utf8');
    await fs.rename(temporary, this.userFile);
    await this.load();
    for (const listener of this.listeners) listener(this.snapshot);
    return this.snapshot;
  }
}
