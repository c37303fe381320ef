// Metric 5: with operations queued offline, how long after the network returns does Partner
// Center receive the first of them. The clock starts just before the harness restores the
// network (main's and the renderer's, as the e2e fixture does) and stops at the emulator's own
// log stamp of the first request carrying one of the queued MS-RequestIds. That stamp is taken
// when the emulator answers, so the figure includes the handling of that one request.
import type { EmulatorControl } from '../../emulator/control-client';
import type { BenchApp } from './bench-app';
import { queueCreates, waitForEmptyOutbox } from './queued-creates';

export interface ReconnectSample {
  /** Going online → the emulator answered the first queued operation. */
  firstPushMs: number;
  /** Going online → the emulator answered its first request of any kind (main's connectivity probe). */
  firstRequestMs: number;
}

/** First log entry, among those at or after `since`, that matches. */
async function waitForLogged(control: EmulatorControl, since: number, matches: (requestId: string | null) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await control.requests();
    const found = log.filter((entry) => Date.parse(entry.at) >= since);
    const first = found.find((entry) => matches(entry.requestId));
    if (first) return { first, all: found };
    if (Date.now() > deadline) throw new Error(`No queued operation reached the emulator within ${timeoutMs} ms of going online`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function measureReconnect(app: BenchApp, control: EmulatorControl, domainPrefixes: readonly string[]): Promise<ReconnectSample> {
  await app.setOnline(false);
  await app.waitForSyncState('offline');
  const { requestIds } = await queueCreates(app.page, domainPrefixes);
  const ids = new Set(requestIds);
  // Let the engine settle into its offline sleep, as it would be after a while without network.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const onlineAt = Date.now();
  await app.setOnline(true);
  const { first, all } = await waitForLogged(control, onlineAt, (requestId) => requestId !== null && ids.has(requestId), 30_000);
  await waitForEmptyOutbox(app.page, 60_000);
  return { firstPushMs: Date.parse(first.at) - onlineAt, firstRequestMs: Date.parse(all[0]!.at) - onlineAt };
}
