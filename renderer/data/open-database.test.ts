// Opening the local database at start: an old version is backed up before its upgrade, and a
// database that cannot be opened yields the latest backup to offer instead of starting empty.
import './browser-globals.test-support';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, PartnerDeskApi } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/envelope';
import { restoreBackup } from './backup';
import { databaseName, schemaV1, schemaV2 } from './database';
import { openDatabase } from './open-database';

/** Main's side of backups, kept in memory: what the renderer streams is what it reads back. */
function mainFiles(existing: BackupInfo[] = []) {
  const files = new Map<string, string>();
  const open = new Map<string, { name: string; text: string }>();
  const api = {
    beginBackup: async ({ reason }: { reason: string }) => {
      const name = `partner-desk-backup-20261125T120000Z-${reason}.json`;
      open.set('f1', { name, text: '' });
      return ok({ exportId: 'f1', fileName: name });
    },
    writeFile: async ({ exportId, chunk }: { exportId: string; chunk: string }) => {
      open.get(exportId)!.text += chunk;
      return ok(null);
    },
    finishFile: async ({ exportId }: { exportId: string }) => {
      const file = open.get(exportId)!;
      files.set(file.name, file.text);
      return ok({ bytes: file.text.length });
    },
    abortFile: async () => ok(null),
    listBackups: async () => ok(existing),
    readBackup: async ({ name, offset, length }: { name: string; offset: number; length: number }) => {
      const bytes = Buffer.from(files.get(name) ?? '', 'utf8');
      return ok({ base64: bytes.subarray(offset, offset + length).toString('base64'), done: offset + length >= bytes.length });
    },
  } as unknown as Pick<PartnerDeskApi, 'beginBackup' | 'writeFile' | 'finishFile' | 'abortFile' | 'listBackups' | 'readBackup'>;
  return { api, files };
}

describe('openDatabase', () => {
  it('backs up a version 1 database, pending operations included, before upgrading it', async () => {
    await Dexie.delete(databaseName);
    const v1 = new Dexie(databaseName);
    v1.version(1).stores(schemaV1);
    await v1.table('customers').add({ id: 'c1', companyName: 'Contoso', domain: 'contoso.onmicrosoft.com', relationship: 'reseller', sync: 'pending' });
    await v1.table('outbox').add({ id: 'op1', requestId: 'op1', recordKey: 'customer:c1', status: 'queued', attempts: 0, notBefore: 0, payload: { kind: 'remove-relationship' } });
    v1.close();

    const { api, files } = mainFiles();
    const outcome = await openDatabase(api);
    expect(outcome.kind).toBe('open');
    if (outcome.kind !== 'open') return;
    expect(outcome.backedUpBeforeUpgrade).toMatch(/before-upgrade\.json$/);
    const backup = JSON.parse(files.get(outcome.backedUpBeforeUpgrade!)!) as { data: { databaseVersion: number; data: { tableName: string; rows: { id: string }[] }[] } };
    expect(backup.data.databaseVersion).toBe(1);
    expect(backup.data.data.find((table) => table.tableName === 'outbox')?.rows.map((row) => row.id)).toEqual(['op1']);
    expect(await outcome.db.outbox.count()).toBe(1);
    outcome.db.close();
  });

  it('backs up a version 2 database before version 3 drops three indexes, and that backup restores into version 3 whole', async () => {
    await Dexie.delete(databaseName);
    const v2 = new Dexie(databaseName);
    v2.version(2).stores(schemaV2);
    await v2.table('customers').add({ id: 'c1', companyName: 'Contoso', domain: 'contoso.onmicrosoft.com', nameKey: 'contoso', domainKey: 'contoso.onmicrosoft.com', relationship: 'reseller', sync: 'pending' });
    await v2.table('outbox').add({ id: 'op1', requestId: 'op1', requestIds: ['op1'], recordKey: 'customer:c1', status: 'queued', attempts: 0, notBefore: 0, payload: { kind: 'remove-relationship' } });
    v2.close();

    const { api, files } = mainFiles();
    const outcome = await openDatabase(api);
    expect(outcome.kind).toBe('open');
    if (outcome.kind !== 'open') return;
    const name = outcome.backedUpBeforeUpgrade!;
    expect(name).toMatch(/before-upgrade\.json$/);
    expect((JSON.parse(files.get(name)!) as { data: { databaseVersion: number } }).data.databaseVersion).toBe(2);
    const { db } = outcome;
    expect(db.verno).toBe(3);
    // Lost since, and restored from the backup made at version 2.
    await db.transaction('rw', db.customers, db.outbox, async () => {
      await db.customers.clear();
      await db.outbox.clear();
    });
    await restoreBackup(db, api, { name, createdAt: '2026-11-25T12:00:00Z', bytes: files.get(name)!.length });
    expect(await db.customers.toArray()).toEqual([expect.objectContaining({ id: 'c1', relationship: 'reseller', sync: 'pending', nameKey: 'contoso' })]);
    expect((await db.outbox.toArray()).map((operation) => [operation.id, operation.status])).toEqual([['op1', 'queued']]);
    expect(await db.customers.where('nameKey').startsWith('cont').count()).toBe(1);
    db.close();
  });

  it('makes no backup for a database already at the current version', async () => {
    const { api, files } = mainFiles();
    const outcome = await openDatabase(api);
    expect(outcome).toMatchObject({ kind: 'open', backedUpBeforeUpgrade: null });
    expect(files.size).toBe(0);
    if (outcome.kind === 'open') outcome.db.close();
  });

  it('reports a database IndexedDB cannot open, with the latest backup to offer', async () => {
    const latest: BackupInfo = { name: 'partner-desk-backup-20261124T180000Z-on-demand.json', createdAt: '2026-11-24T18:00:00Z', bytes: 1234 };
    const { api } = mainFiles([latest]);
    // The disk fails under IndexedDB (Chromium reports such damage as UnknownError).
    const realOpen = indexedDB.open.bind(indexedDB);
    indexedDB.open = ((name: string, version?: number) => {
      const request = realOpen(`${name}-unreachable`, version);
      request.addEventListener('upgradeneeded', () => request.transaction?.abort(), { once: true });
      return request;
    }) as typeof indexedDB.open;
    try {
      const outcome = await openDatabase(api, () => undefined);
      expect(outcome).toMatchObject({ kind: 'failed', latestBackup: latest });
      if (outcome.kind === 'failed') expect(outcome.error).toMatch(/Error/);
    } finally {
      indexedDB.open = realOpen as typeof indexedDB.open;
    }
  });
});
