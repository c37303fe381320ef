// Three-way merge of flat records (a billing profile flattened to dotted paths): a field only I
// changed takes mine, a field only they changed takes theirs, a field both changed to different
// values is a conflict the user decides. Pure, so the rules are unit- and property-tested.

export type FlatRecord = Record<string, string | number | boolean | null | undefined>;

export interface FieldConflict {
  field: string;
  base: FlatRecord[string];
  mine: FlatRecord[string];
  theirs: FlatRecord[string];
}

export interface MergeResult {
  merged: FlatRecord;
  conflicts: FieldConflict[];
  /** Fields whose merged value differs from theirs: what a PUT must change on the server. */
  changedFromTheirs: string[];
}

const same = (a: FlatRecord[string], b: FlatRecord[string]) => (a ?? null) === (b ?? null);

export function threeWayMerge(base: FlatRecord, mine: FlatRecord, theirs: FlatRecord): MergeResult {
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const merged: FlatRecord = {};
  const conflicts: FieldConflict[] = [];
  for (const field of [...fields].sort()) {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    const iChanged = !same(m, b);
    const theyChanged = !same(t, b);
    if (iChanged && theyChanged && !same(m, t)) {
      conflicts.push({ field, base: b, mine: m, theirs: t });
      merged[field] = t; // until the user decides, the server's value stands
    } else {
      merged[field] = iChanged ? m : t;
    }
  }
  const changedFromTheirs = Object.keys(merged).filter((field) => !same(merged[field], theirs[field]));
  return { merged, conflicts, changedFromTheirs };
}

/** Flattens nested plain objects into dotted paths; arrays and attributes are not merged fields. */
export function flatten(value: Record<string, unknown>, prefix = '', into: FlatRecord = {}): FlatRecord {
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'attributes') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) flatten(inner as Record<string, unknown>, path, into);
    else if (!Array.isArray(inner)) into[path] = inner as FlatRecord[string];
  }
  return into;
}

/** The inverse of flatten: dotted paths back into nested objects. */
export function unflatten(flat: FlatRecord): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    const keys = path.split('.');
    let cursor = result;
    keys.slice(0, -1).forEach((key) => {
      cursor[key] ??= {};
      cursor = cursor[key] as Record<string, unknown>;
    });
    cursor[keys[keys.length - 1]!] = value;
  }
  return result;
}
