// Runs the renderer's sync engine in Node for tests and the simulation: fake-indexeddb stands in
// for Chromium's IndexedDB (unit tests only), main's real Partner Center client talks to a real
// emulator over loopback HTTP, and a switch cuts the "network" as setOnline would.
// liveQuery (which wakes the leader on new operations) only works over the global indexedDB,
// so every test "machine" uses the global fake factory with a database name of its own.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { createDeskCalls } from '../../electron/main/partner-center/desk-calls';
import { createPartnerCenterClient } from '../../electron/main/partner-center/partner-center-client';
import { DEMO_TOKEN } from '../../emulator/server';
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import type { UserCredentials } from '../../shared/partner-center';
import { PartnerDeskDatabase } from '../data/database';
import { createLocalLeaderLock, type LeaderLock } from './leader-lock';
import { SyncEngine, type SyncEngineOptions } from './sync-engine';
import type { SyncContext } from './sync-context';

export interface Network {
  online: boolean;
}

export function createNodePort(emulatorUrl: string, network: Network, options: { timeoutMs?: number } = {}) {
  const kept = new Map<string, UserCredentials>();
  const client = createPartnerCenterClient({
    fetch: async (url, init) => {
      if (!network.online) throw new TypeError('fetch failed', { cause: { code: 'ENETUNREACH' } });
      return fetch(url, init);
    },
    baseUrl: () => emulatorUrl,
    accessToken: async () => DEMO_TOKEN,
    locale: () => 'en-US',
    newGuid: randomUUID,
    timeoutMs: options.timeoutMs ?? 5_000,
  });
  const port: PartnerCenterPort = createDeskCalls(client, {
    keep: async (customerId, credentials) => {
      kept.set(customerId, credentials);
      return true;
    },
  });
  return { port, kept };
}

/** A fresh IndexedDB "machine": every window (database instance) on it shares its data. */
export function createIndexedDbMachine() {
  const name = `partner-desk-${randomUUID()}`;
  return { name, open: () => new PartnerDeskDatabase(name) };
}

export interface NodeWindow {
  db: PartnerDeskDatabase;
  engine: SyncEngine;
  context: SyncContext;
  close(): Promise<void>;
}

export function openWindow(
  machine: ReturnType<typeof createIndexedDbMachine>,
  port: PartnerCenterPort,
  lock: LeaderLock = createLocalLeaderLock(),
  options?: Partial<SyncEngineOptions> & { random?: () => number; log?: (line: string) => void; clockOffsetMs?: number },
): NodeWindow {
  const db = machine.open();
  // A computer whose clock is off by this much against Partner Center's.
  const offset = options?.clockOffsetMs ?? 0;
  const context: SyncContext = { db, port, now: () => Date.now() + offset, random: options?.random ?? Math.random, log: options?.log ?? (() => undefined) };
  const engine = new SyncEngine(context, lock, { parallel: 3, pullEveryMs: 60_000, reconcileEveryMs: 24 * 3_600_000, ...options });
  return {
    db,
    engine,
    context,
    async close() {
      await engine.stop();
      db.close();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function eventually<T>(check: () => Promise<T | false | undefined | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
