// Keeps the admin user name and password Partner Center returns, once, when a customer is
// created, until the user has confirmed they saved them (architecture §4). They are encrypted
// with the OS keychain through safeStorage; where only Linux's plaintext `basic_text` backend
// exists they are kept in memory only, never written in the clear.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { userCredentialsSchema, type UserCredentials } from '../../../shared/partner-center';

export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

const safeName = (customerId: string) => customerId.replace(/[^A-Za-z0-9-]/g, '_');

export class CredentialVault {
  private readonly inMemory = new Map<string, UserCredentials>();
  private folderMade = false;

  constructor(
    private readonly folder: string,
    private readonly cipher: SecretCipher,
    private readonly platform: NodeJS.Platform,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether secrets can be written to disk encrypted. */
  canPersist(): boolean {
    if (!this.cipher.isEncryptionAvailable()) return false;
    return !(this.platform === 'linux' && this.cipher.getSelectedStorageBackend?.() === 'basic_text');
  }

  /** Keeps the credentials; answers whether they will survive a restart. */
  async keep(customerId: string, credentials: UserCredentials): Promise<boolean> {
    this.inMemory.set(customerId, credentials);
    if (!this.canPersist()) {
      this.log('vault: no OS encryption available; new customer credentials are kept in memory only');
      return false;
    }
    const file = path.join(this.folder, `${safeName(customerId)}.bin`);
    const encrypted = this.cipher.encryptString(JSON.stringify(credentials));
    // The folder is made once, not before every customer: a queue of new customers draining at
    // once made it a thousand times. Should it vanish meanwhile, it is made again.
    if (!this.folderMade) await this.makeFolder();
    try {
      await fs.writeFile(file, encrypted, { mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await this.makeFolder();
      await fs.writeFile(file, encrypted, { mode: 0o600 });
    }
    return true;
  }

  private async makeFolder(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    this.folderMade = true;
  }

  async take(customerId: string): Promise<UserCredentials | null> {
    const remembered = this.inMemory.get(customerId);
    if (remembered) return remembered;
    try {
      const encrypted = await fs.readFile(path.join(this.folder, `${safeName(customerId)}.bin`));
      const parsed = userCredentialsSchema.safeParse(JSON.parse(this.cipher.decryptString(encrypted)));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async forget(customerId: string): Promise<void> {
    this.inMemory.delete(customerId);
    await fs.rm(path.join(this.folder, `${safeName(customerId)}.bin`), { force: true });
  }
}
