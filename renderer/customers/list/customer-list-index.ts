// The customer list held in memory, compact, so that searching, filtering, sorting and scrolling
// 100,000 customers never waits on IndexedDB: in Chromium a whole-table count takes ~150 ms and
// an offset of 90,000 rows about a second, too slow for a keystroke. Columns are kept per slot
// (a stable row number), with two orders kept sorted the way IndexedDB sorts its nameKey and
// domainKey indexes (UTF-16 code units, then id), so a prefix search is a binary search.
import { RELATIONSHIPS_TO_PARTNER, type RelationshipToPartner } from '../../../shared/partner-center';
import { searchKey } from '../../data/database';
import type { CustomerRecord, RecordSyncState } from '../../data/records';

export const syncStates: readonly RecordSyncState[] = ['synced', 'pending', 'conflict', 'rejected'];

/** What one row of the list shows, built on demand for the rows on screen. */
export interface ListedCustomer {
  id: string;
  companyName: string;
  domain: string;
  relationship: RelationshipToPartner;
  sync: RecordSyncState;
  associatedPartnerId?: string;
}

export type SyncFilter = 'all' | 'needs-you' | RecordSyncState;
export type SortColumn = 'name' | 'domain';
export type SortDirection = 'ascending' | 'descending';

export interface CustomerListQuery {
  /** As typed; matched case-insensitively as a prefix of the company name or the domain. */
  search: string;
  relationship: RelationshipToPartner | 'all';
  sync: SyncFilter;
  /** Only the customers of this indirect reseller, or null for no such filter. */
  reseller: ResellerFilter | null;
  sortBy: SortColumn;
  direction: SortDirection;
}

export interface ResellerFilter {
  id: string;
  /** Customers Partner Center lists for this reseller (the list items do not carry it). */
  customerIds: ReadonlySet<string>;
}

export interface ListCounts {
  total: number;
  bySync: Record<RecordSyncState, number>;
  byRelationship: Partial<Record<RelationshipToPartner, number>>;
}

const relationshipCode = new Map(RELATIONSHIPS_TO_PARTNER.map((value, code) => [value, code]));
const syncCode = new Map(syncStates.map((value, code) => [value, code]));

export class CustomerListIndex {
  private ids: string[] = [];
  private names: string[] = [];
  private nameKeys: string[] = [];
  private domains: string[] = [];
  private domainKeys: string[] = [];
  private partners: (string | undefined)[] = [];
  private relationships = new Uint8Array(1024);
  private syncs = new Uint8Array(1024);
  private readonly slotOf = new Map<string, number>();
  private byName = new Int32Array(1024);
  private byDomain = new Int32Array(1024);
  /** False while rows arrive in name order only; the domain order is then sorted when first needed. */
  private domainOrdered = true;
  private liveCount = 0;
  private readonly syncTally = syncStates.map(() => 0);
  private readonly relationshipTally = RELATIONSHIPS_TO_PARTNER.map(() => 0);

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The slot holding a customer, or -1. */
  slotOfId(id: string): number {
    return this.slotOf.get(id) ?? -1;
  }

  row(slot: number): ListedCustomer {
    return {
      id: this.ids[slot]!,
      companyName: this.names[slot]!,
      domain: this.domains[slot]!,
      relationship: RELATIONSHIPS_TO_PARTNER[this.relationships[slot]!]!,
      sync: syncStates[this.syncs[slot]!]!,
      ...(this.partners[slot] ? { associatedPartnerId: this.partners[slot] } : {}),
    };
  }

  /**
   * Adds rows that arrive in name order after every row already held (the loader reads the
   * nameKey index page by page), so the name order grows by appending, with no sorting.
   */
  appendInNameOrder(records: readonly CustomerRecord[]): void {
    for (const record of records) {
      if (this.slotOf.has(record.id)) continue;
      const slot = this.writeSlot(record);
      this.ensureOrderCapacity();
      this.byName[this.liveCount - 1] = slot;
      this.domainOrdered = false;
    }
  }

  /** Sets the domain order once all rows are in (from the domainKey index). */
  setDomainOrder(ids: readonly string[]): void {
    let length = 0;
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) this.byDomain[length++] = slot;
    }
    this.domainOrdered = length === this.liveCount;
    if (!this.domainOrdered) this.sortDomainOrder();
  }

  /** Sorts the domain order in memory: for small lists, tests, or when the index read disagreed. */
  sortDomainOrder(): void {
    const slots = Array.from(this.byName.subarray(0, this.liveCount));
    slots.sort((a, b) => this.compare(this.domainKeys, a, b));
    this.byDomain.set(slots);
    this.domainOrdered = true;
  }

  private domainOrder(): Int32Array {
    if (!this.domainOrdered) this.sortDomainOrder();
    return this.byDomain;
  }

  /** A customer added or changed: its row changes in place and moves in each order if needed. */
  upsert(record: CustomerRecord): void {
    const existing = this.slotOf.get(record.id);
    if (existing === undefined) {
      const slot = this.writeSlot(record);
      this.ensureOrderCapacity();
      this.insertInto(this.byName, this.liveCount - 1, slot, this.nameKeys);
      if (this.domainOrdered) this.insertInto(this.byDomain, this.liveCount - 1, slot, this.domainKeys);
      return;
    }
    const nameKey = record.nameKey ?? searchKey(record.companyName);
    const domainKey = record.domainKey ?? searchKey(record.domain);
    if (nameKey !== this.nameKeys[existing]) {
      this.removeFrom(this.byName, existing, this.nameKeys);
      this.nameKeys[existing] = nameKey;
      this.insertInto(this.byName, this.liveCount - 1, existing, this.nameKeys);
    }
    if (domainKey !== this.domainKeys[existing]) {
      if (this.domainOrdered) this.removeFrom(this.byDomain, existing, this.domainKeys);
      this.domainKeys[existing] = domainKey === record.domain ? record.domain : domainKey;
      if (this.domainOrdered) this.insertInto(this.byDomain, this.liveCount - 1, existing, this.domainKeys);
    }
    this.names[existing] = record.companyName;
    this.domains[existing] = record.domain;
    this.tally(existing, -1);
    this.relationships[existing] = relationshipCode.get(record.relationship) ?? 0;
    this.syncs[existing] = syncCode.get(record.sync) ?? 0;
    this.tally(existing, 1);
    this.partners[existing] = record.associatedPartnerId;
  }

  /**
   * Many customers at once (a sync page of 500): changed ones as upsert does, new ones merged into
   * each order in one pass. Inserting 500 new rows one by one into orders of 100,000 moved the
   * whole order 500 times, seconds of a first sync's main thread.
   */
  upsertMany(records: readonly CustomerRecord[]): void {
    const latest = new Map(records.map((record) => [record.id, record]));
    const fresh: CustomerRecord[] = [];
    for (const record of latest.values()) {
      if (this.slotOf.has(record.id)) this.upsert(record);
      else fresh.push(record);
    }
    if (fresh.length === 0) return;
    const held = this.liveCount;
    const slots = fresh.map((record) => this.writeSlot(record));
    this.ensureOrderCapacity();
    this.mergeInto(this.byName, held, slots.slice(), this.nameKeys);
    if (this.domainOrdered) this.mergeInto(this.byDomain, held, slots, this.domainKeys);
  }

  /**
   * Merges `slots` into the first `held` entries of a sorted order, in place, from the back: each
   * new slot's place is found by binary search, and the held block after it moves up at once.
   * Comparing every held entry instead (a plain merge) compared 100,000 keys per sync page.
   */
  private mergeInto(order: Int32Array, held: number, slots: number[], keys: string[]): void {
    slots.sort((a, b) => this.compare(keys, a, b));
    let unmoved = held;
    for (let next = slots.length - 1; next >= 0; next--) {
      const slot = slots[next]!;
      const low = this.lowerBound(order, unmoved, slot, keys);
      // `next` new slots are still to go before this one.
      order.copyWithin(low + next + 1, low, unmoved);
      order[low + next] = slot;
      unmoved = low;
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.removeFrom(this.byName, slot, this.nameKeys);
    if (this.domainOrdered) this.removeFrom(this.byDomain, slot, this.domainKeys);
    this.slotOf.delete(id);
    this.tally(slot, -1);
    this.liveCount -= 1;
  }

  /** Kept as rows come, change and go: the list shows them on every render, 100,000 rows or not. */
  counts(): ListCounts {
    const bySync = Object.fromEntries(syncStates.map((state, code) => [state, this.syncTally[code]!])) as Record<RecordSyncState, number>;
    const byRelationship: Partial<Record<RelationshipToPartner, number>> = {};
    RELATIONSHIPS_TO_PARTNER.forEach((relationship, code) => {
      if (this.relationshipTally[code]! > 0) byRelationship[relationship] = this.relationshipTally[code]!;
    });
    return { total: this.liveCount, bySync, byRelationship };
  }

  private tally(slot: number, by: 1 | -1): void {
    this.syncTally[this.syncs[slot]!]! += by;
    this.relationshipTally[this.relationships[slot]!]! += by;
  }

  /** The slots of the rows a query shows, in display order. */
  query(query: CustomerListQuery): Int32Array {
    const order = query.sortBy === 'name' ? this.byName : this.domainOrder();
    const keys = query.sortBy === 'name' ? this.nameKeys : this.domainKeys;
    const search = searchKey(query.search.trim());
    const keep = this.filterOf(query);
    let slots: Int32Array;
    if (search === '') {
      slots = keep ? this.selectFrom(order.subarray(0, this.liveCount), keep) : order.slice(0, this.liveCount);
    } else {
      // Two short index ranges instead of a scan: names starting with the text, domains starting with it.
      const matches = new Set<number>();
      for (const slot of this.prefixRange(this.byName, this.nameKeys, search)) matches.add(slot);
      for (const slot of this.prefixRange(this.domainOrder(), this.domainKeys, search)) matches.add(slot);
      const found = [...matches].filter((slot) => !keep || keep(slot));
      found.sort((a, b) => this.compare(keys, a, b));
      slots = Int32Array.from(found);
    }
    if (query.direction === 'descending') slots.reverse();
    return slots;
  }

  private filterOf(query: CustomerListQuery): ((slot: number) => boolean) | null {
    const tests: ((slot: number) => boolean)[] = [];
    if (query.relationship !== 'all') {
      const code = relationshipCode.get(query.relationship);
      tests.push((slot) => this.relationships[slot] === code);
    }
    if (query.sync === 'needs-you') {
      const conflict = syncCode.get('conflict');
      const rejected = syncCode.get('rejected');
      tests.push((slot) => this.syncs[slot] === conflict || this.syncs[slot] === rejected);
    } else if (query.sync !== 'all') {
      const code = syncCode.get(query.sync);
      tests.push((slot) => this.syncs[slot] === code);
    }
    if (query.reseller) {
      const { id, customerIds } = query.reseller;
      tests.push((slot) => this.partners[slot] === id || customerIds.has(this.ids[slot]!));
    }
    if (tests.length === 0) return null;
    return (slot) => tests.every((test) => test(slot));
  }

  private selectFrom(order: Int32Array, keep: (slot: number) => boolean): Int32Array {
    const out = new Int32Array(order.length);
    let length = 0;
    for (const slot of order) if (keep(slot)) out[length++] = slot;
    return out.slice(0, length);
  }

  private *prefixRange(order: Int32Array, keys: string[], prefix: string): Generator<number> {
    let low = 0;
    let high = this.liveCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[order[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < this.liveCount; position++) {
      const slot = order[position]!;
      if (!keys[slot]!.startsWith(prefix)) return;
      yield slot;
    }
  }

  private compare(keys: string[], a: number, b: number): number {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  /** Where `slot` goes among the first `length` entries of an order: by its key, then its id. */
  private lowerBound(order: Int32Array, length: number, slot: number, keys: string[]): number {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(keys, order[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Inserts into an order holding `length` slots; the caller has already counted the new row. */
  private insertInto(order: Int32Array, length: number, slot: number, keys: string[]): void {
    const low = this.lowerBound(order, length, slot, keys);
    order.copyWithin(low + 1, low, length);
    order[low] = slot;
  }

  private removeFrom(order: Int32Array, slot: number, keys: string[]): void {
    let position = this.lowerBound(order, this.liveCount, slot, keys);
    // Keys are unique with the id, but a stale key would miss: fall back to a scan rather than corrupt.
    if (order[position] !== slot) position = order.subarray(0, this.liveCount).indexOf(slot);
    if (position < 0) return;
    order.copyWithin(position, position + 1, this.liveCount);
  }

  private writeSlot(record: CustomerRecord): number {
    const slot = this.ids.length;
    if (slot >= this.syncs.length) {
      const capacity = this.syncs.length * 2;
      this.relationships = grow(this.relationships, capacity);
      this.syncs = grow(this.syncs, capacity);
    }
    const nameKey = record.nameKey ?? searchKey(record.companyName);
    const domainKey = record.domainKey ?? searchKey(record.domain);
    this.ids.push(record.id);
    this.names.push(record.companyName);
    this.nameKeys.push(nameKey === record.companyName ? record.companyName : nameKey);
    this.domains.push(record.domain);
    // Domains are stored lower case, so the key is usually the same text: keep one string, not two.
    this.domainKeys.push(domainKey === record.domain ? record.domain : domainKey);
    this.partners.push(record.associatedPartnerId);
    this.relationships[slot] = relationshipCode.get(record.relationship) ?? 0;
    this.syncs[slot] = syncCode.get(record.sync) ?? 0;
    this.tally(slot, 1);
    this.slotOf.set(record.id, slot);
    this.liveCount += 1;
    return slot;
  }

  private ensureOrderCapacity(): void {
    if (this.liveCount <= this.byName.length) return;
    const capacity = Math.max(this.byName.length * 2, this.liveCount);
    const byName = new Int32Array(capacity);
    byName.set(this.byName);
    this.byName = byName;
    const byDomain = new Int32Array(capacity);
    byDomain.set(this.byDomain);
    this.byDomain = byDomain;
  }
}

function grow(array: Uint8Array<ArrayBuffer>, capacity: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(capacity);
  next.set(array);
  return next;
}
