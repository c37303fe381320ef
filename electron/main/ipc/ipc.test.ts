// The whole IPC path of main, from a renderer's call to its envelope: sender checks, schemas,
// handlers and refusals, with the crossing cloned as Electron clones it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeMethods, type InvokeChannel } from '../../../shared/ipc/contract';
import { ConfigStore } from '../config/config-store';
import { ConnectivityMonitor } from '../connectivity';
import { OutgoingFiles } from '../files/outgoing-files';
import { createDeskCalls } from '../partner-center/desk-calls';
import { createPartnerCenterClient } from '../partner-center/partner-center-client';
import { CredentialVault } from '../secrets/credential-vault';
import { FakeIpcMain, fakeApp, fakeShell, openedExternally, type FakeSender } from '../testing/fake-electron';

vi.mock('electron', () => ({ app: fakeApp, shell: fakeShell }));
const { createInvokeHandlers } = await import('./handlers');
const { registerInvokeHandlers } = await import('./register-handlers');

const ourWindow: FakeSender = { webContentsId: 1, isTopFrame: true, frameUrl: 'app://partner-desk/index.html' };

async function setUp(officeText?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-ipc-'));
  const officeFile = path.join(dir, 'office.json');
  if (officeText !== undefined) writeFileSync(officeFile, officeText);
  const userFile = path.join(dir, 'user', 'settings.json');
  const log: string[] = [];
  const config = new ConfigStore(officeFile, userFile, (line) => log.push(line));
  await config.load();
  const connectivity = new ConnectivityMonitor({ isOnline: () => true, probe: async () => undefined, onChange: () => undefined });
  const ipcMain = new FakeIpcMain();
  // A client whose network is down: enough to see Partner Center failures travel as envelopes.
  const client = createPartnerCenterClient({
    fetch: async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    },
    baseUrl: () => 'http://127.0.0.1:9',
    accessToken: async () => 'token',
    locale: () => 'en-US',
    newGuid: () => crypto.randomUUID(),
    timeoutMs: 1_000,
  });
  const cipher = { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' };
  const vault = new CredentialVault(path.join(dir, 'vault'), cipher, 'linux', () => undefined);
  registerInvokeHandlers(ipcMain as never, createInvokeHandlers({
      config,
      connectivity,
      calls: createDeskCalls(client, vault),
      vault,
      files: new OutgoingFiles(path.join(dir, 'backups'), { showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, 'export.csv') }) }),
    }), {
    ourWebContentsIds: new Set([1]),
    log: (line) => log.push(line),
  });
  return { ipcMain, userFile, log, config, dir };
}

describe('main IPC', () => {
  beforeEach(() => {
    openedExternally.length = 0;
  });

  it('has a handler for every channel the preload offers', async () => {
    const { ipcMain } = await setUp();
    expect(ipcMain.channels().sort()).toEqual((Object.values(invokeMethods) as InvokeChannel[]).sort());
  });

  it('answers app info in an envelope, with the cloud from the office file', async () => {
    const { ipcMain } = await setUp(JSON.stringify({ values: { cloud: 'usgov' }, locked: ['cloud'] }));
    expect(await ipcMain.invoke(ourWindow, 'pd:app.info')).toEqual({
      ok: true,
      value: {
        name: 'Partner Desk',
        version: '9.8.7',
        cloud: 'usgov',
        cloudFeatures: { invitations: false, invitationWithoutDelegatedAdmin: false },
        osLocale: 'it-IT',
        platform: process.platform,
      },
    });
  });

  it('refuses callers that are not our top-level app page, before any handler runs', async () => {
    const { ipcMain, log } = await setUp();
    const refusals = await Promise.all([
      ipcMain.invoke({ ...ourWindow, webContentsId: 2 }, 'pd:app.info'),
      ipcMain.invoke({ ...ourWindow, isTopFrame: false }, 'pd:app.info'),
      ipcMain.invoke({ ...ourWindow, frameUrl: 'https://evil.example/' }, 'pd:config.set', { key: 'locale', value: 'it' }),
    ]);
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(log.filter((line) => line.includes('refused'))).toHaveLength(3);
  });

  it('refuses payloads that fail the schema, saying which field', async () => {
    const { ipcMain } = await setUp();
    expect(await ipcMain.invoke(ourWindow, 'pd:config.set', { key: 'locale', value: 'fr' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringContaining('locale') },
    });
    expect(await ipcMain.invoke(ourWindow, 'pd:config.set', { key: 'locale', value: 'it', extra: 1 })).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(await ipcMain.invoke(ourWindow, 'pd:app.info', { unexpected: true })).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
  });

  it('saves a user setting and refuses keys that only IT may set', async () => {
    const { ipcMain, userFile } = await setUp();
    expect(await ipcMain.invoke(ourWindow, 'pd:config.set', { key: 'locale', value: 'it' })).toMatchObject({
      ok: true,
      value: { settings: { locale: 'it' }, origins: { locale: 'user' } },
    });
    expect(JSON.parse(readFileSync(userFile, 'utf8'))).toEqual({ locale: 'it' });
    expect(await ipcMain.invoke(ourWindow, 'pd:config.set', { key: 'partnerCenterBaseUrl', value: 'https://evil.example' })).toMatchObject({
      ok: false,
      error: { kind: 'locked' },
    });
  });

  it('refuses a change to a key the office locked', async () => {
    const { ipcMain } = await setUp(JSON.stringify({ values: { locale: 'en' }, locked: ['locale'] }));
    expect(await ipcMain.invoke(ourWindow, 'pd:config.set', { key: 'locale', value: 'it' })).toMatchObject({
      ok: false,
      error: { kind: 'locked', message: expect.stringContaining('locked') },
    });
  });

  it('answers a Partner Center call that cannot reach the network as offline, and refuses bad ids', async () => {
    const { ipcMain } = await setUp();
    expect(await ipcMain.invoke(ourWindow, 'pd:pc.getCustomer', { customerId: '0c8d3f4e-1111-4a2b-9c3d-123456789abc' })).toMatchObject({
      ok: false,
      error: { kind: 'offline' },
    });
    expect(await ipcMain.invoke(ourWindow, 'pd:pc.getCustomer', { customerId: '../../v1/profiles/organization' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringContaining('customerId') },
    });
    expect(await ipcMain.invoke(ourWindow, 'pd:pc.removeRelationship', { requestId: 'not-a-guid', customerId: 'abc' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringContaining('requestId') },
    });
  });

  it('streams an export in chunks to the file the user chose, complete only when finished', async () => {
    const { ipcMain, dir } = await setUp();
    const begun = (await ipcMain.invoke(ourWindow, 'pd:files.beginExport', { suggestedName: 'customers.csv' })) as { ok: true; value: { exportId: string } };
    expect(begun).toMatchObject({ ok: true, value: { fileName: 'export.csv' } });
    await ipcMain.invoke(ourWindow, 'pd:files.write', { exportId: begun.value.exportId, chunk: 'Microsoft ID,Company name\n' });
    await ipcMain.invoke(ourWindow, 'pd:files.write', { exportId: begun.value.exportId, chunk: 'abc,Contoso Caffè\n' });
    expect(() => readFileSync(path.join(dir, 'export.csv'))).toThrow();
    expect(await ipcMain.invoke(ourWindow, 'pd:files.finish', { exportId: begun.value.exportId })).toEqual({ ok: true, value: { bytes: 45 } });
    expect(readFileSync(path.join(dir, 'export.csv'), 'utf8')).toBe('Microsoft ID,Company name\nabc,Contoso Caffè\n');
  });

  it('keeps backups in the user-data folder and reads them back by name only', async () => {
    const { ipcMain } = await setUp();
    const begun = (await ipcMain.invoke(ourWindow, 'pd:files.beginBackup', { reason: 'on-demand' })) as { ok: true; value: { exportId: string; fileName: string } };
    await ipcMain.invoke(ourWindow, 'pd:files.write', { exportId: begun.value.exportId, chunk: '{"città":"Milano"}' });
    await ipcMain.invoke(ourWindow, 'pd:files.finish', { exportId: begun.value.exportId });
    const list = (await ipcMain.invoke(ourWindow, 'pd:files.listBackups')) as { ok: true; value: { name: string }[] };
    expect(list.value.map((backup) => backup.name)).toEqual([begun.value.fileName]);
    const read = (await ipcMain.invoke(ourWindow, 'pd:files.readBackup', { name: begun.value.fileName, offset: 0, length: 1024 })) as {
      ok: true;
      value: { base64: string; done: boolean };
    };
    expect(Buffer.from(read.value.base64, 'base64').toString('utf8')).toBe('{"città":"Milano"}');
    expect(read.value.done).toBe(true);
    expect(await ipcMain.invoke(ourWindow, 'pd:files.readBackup', { name: '../settings.json', offset: 0, length: 10 })).toMatchObject({ ok: false });
  });

  it('opens only allow-listed pages in the system browser', async () => {
    const { ipcMain } = await setUp();
    expect(await ipcMain.invoke(ourWindow, 'pd:shell.openExternal', { url: 'https://partner.microsoft.com/dashboard/account/v3/organization/legalinfo' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ipcMain.invoke(ourWindow, 'pd:shell.openExternal', { url: 'file:///C:/Windows/System32/calc.exe' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(openedExternally).toEqual(['https://partner.microsoft.com/dashboard/account/v3/organization/legalinfo']);
  });
});
