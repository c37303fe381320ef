// The vault on a real folder, with a stand-in cipher (safeStorage needs Electron): credentials
// survive a restart, and a folder removed while the app runs is made again, not a lost secret.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CredentialVault, type SecretCipher } from './credential-vault';

const reversing: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...text].reverse().join('')),
  decryptString: (encrypted) => [...encrypted.toString()].reverse().join(''),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};
const credentials = (user: string) => ({ userName: `${user}@contoso.onmicrosoft.com`, password: 'Pa55-word!' });

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('keeps credentials across a restart, and again after its folder was removed while running', async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pd-vault-'));
  const folder = path.join(root, 'vault');
  const vault = new CredentialVault(folder, reversing, 'linux', () => undefined);
  expect(await vault.keep('tenant-1', credentials('first'))).toBe(true);
  rmSync(folder, { recursive: true });
  expect(await vault.keep('tenant-2', credentials('second'))).toBe(true);
  expect(readdirSync(folder)).toEqual(['tenant-2.bin']);

  const afterRestart = new CredentialVault(folder, reversing, 'linux', () => undefined);
  expect(await afterRestart.take('tenant-2')).toEqual(credentials('second'));
  expect(await afterRestart.take('tenant-1')).toBeNull();
});
