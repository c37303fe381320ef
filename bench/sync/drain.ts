// Metric 3: 1,000 operations queued offline (new customers, through the app's intent), then the
// network returns with no faults; timed until nothing is queued or in flight. Then the emulator's
// request log is the witness that each operation took effect exactly once: per MS-RequestId, the
// effects of all its requests add up to one.
import type { EmulatorControl } from '../../emulator/control-client';
import type { BenchApp } from './bench-app';
import { queueCreates, waitForEmptyOutbox } from './queued-creates';
import { waitForQuietMachine } from './quiet-machine';
import './page-globals';

export interface DrainFigures {
  operations: number;
  queueMs: number;
  /** Going online → outbox empty. */
  fromOnlineMs: number;
  /** First queued operation answered by the emulator → outbox empty. */
  fromFirstPushMs: number;
  /** Operations whose effects on the emulator do not add up to exactly one. */
  notExactlyOnce: number;
  /** Requests sent for the operations (retries included). */
  requests: number;
  /** Outbox statuses of the operations once drained, e.g. { acknowledged: 1000 }. */
  statuses: Record<string, number>;
}

export async function measureDrain(app: BenchApp, control: EmulatorControl, domainPrefixes: readonly string[]): Promise<DrainFigures> {
  await app.setOnline(false);
  await app.waitForSyncState('offline');
  const { requestIds, queueMs } = await queueCreates(app.page, domainPrefixes);
  const ids = new Set(requestIds);
  // A rep queues these over a day, not in one burst: the drain starts once their writes have settled.
  await waitForQuietMachine();

  const onlineAt = Date.now();
  await app.setOnline(true);
  const emptyAt = await waitForEmptyOutbox(app.page, 10 * 60_000);

  const log = (await control.requests()).filter((entry) => entry.requestId !== null && ids.has(entry.requestId));
  const effects = new Map<string, number>(requestIds.map((id) => [id, 0]));
  for (const entry of log) effects.set(entry.requestId!, effects.get(entry.requestId!)! + entry.effects);
  const firstPushAt = Math.min(...log.map((entry) => Date.parse(entry.at)));
  const statuses = await app.page.evaluate(async (requestIds) => {
    const wanted = new Set(requestIds);
    const counts: Record<string, number> = {};
    await window.partnerDeskDiagnostics!.db.outbox.each((operation) => {
      if (wanted.has(operation.requestIds[0] ?? operation.requestId)) counts[operation.status] = (counts[operation.status] ?? 0) + 1;
    });
    return counts;
  }, requestIds);

  return {
    operations: requestIds.length,
    queueMs,
    fromOnlineMs: emptyAt - onlineAt,
    fromFirstPushMs: emptyAt - firstPushAt,
    notExactlyOnce: [...effects.values()].filter((count) => count !== 1).length,
    requests: log.length,
    statuses,
  };
}
