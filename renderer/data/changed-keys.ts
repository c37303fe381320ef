// Dexie's `storagemutated` event says which keys a commit wrote as an interval tree per table.
// From another window it comes through a BroadcastChannel as a plain object, without the RangeSet
// methods, so it is walked by hand.

export interface IntervalNode {
  from?: unknown;
  to?: unknown;
  l?: IntervalNode | null;
  r?: IntervalNode | null;
}

/** Whether the changed keys include `key`. */
export function covers(node: IntervalNode | null | undefined, key: string): boolean {
  if (!node || !('from' in node)) return false;
  return (String(node.from) <= key && key <= String(node.to)) || covers(node.l, key) || covers(node.r, key);
}

/** Whether the changed keys include any key from `low` to `high`, both included. */
export function overlaps(node: IntervalNode | null | undefined, low: string, high: string): boolean {
  if (!node || !('from' in node)) return false;
  return (String(node.from) <= high && low <= String(node.to)) || overlaps(node.l, low, high) || overlaps(node.r, low, high);
}
