// Watches how full the browser's storage is (navigator.storage.estimate) so the user hears
// about it at 70% and 85%, long before a write fails. A write that does fail is one aborted
// transaction: the edit is refused with a message and nothing queued is lost.
import { Dexie } from 'dexie';

export type StorageLevel = 'ok' | 'warning' | 'critical';

export interface StorageReading {
  level: StorageLevel;
  usedFraction: number;
}

export function storageLevelOf(usage: number, quota: number): StorageReading {
  const usedFraction = quota > 0 ? usage / quota : 0;
  return { usedFraction, level: usedFraction >= 0.85 ? 'critical' : usedFraction >= 0.7 ? 'warning' : 'ok' };
}

export function watchStorage(onReading: (reading: StorageReading) => void, everyMs = 60_000): () => void {
  const read = async () => {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota) onReading(storageLevelOf(estimate.usage ?? 0, estimate.quota));
  };
  void read();
  const timer = setInterval(() => void read(), everyMs);
  return () => clearInterval(timer);
}

/** True when an edit failed because the disk (the origin's quota) is full. */
export function isStorageFull(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === Dexie.errnames.QuotaExceeded || inner === Dexie.errnames.QuotaExceeded || name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
