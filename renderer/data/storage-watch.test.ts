import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, storageLevelOf } from './storage-watch';

describe('storage watch', () => {
  it('warns at 70% and 85% of the quota', () => {
    expect(storageLevelOf(69, 100).level).toBe('ok');
    expect(storageLevelOf(70, 100).level).toBe('warning');
    expect(storageLevelOf(85, 100).level).toBe('critical');
    expect(storageLevelOf(10, 0).level).toBe('ok');
  });

  it('recognises a quota failure however Dexie wraps it', () => {
    expect(isStorageFull(new Dexie.QuotaExceededError())).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isStorageFull(new Dexie.ConstraintError())).toBe(false);
  });
});
