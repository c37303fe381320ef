// A small seeded PRNG (mulberry32): the same seed always yields the same customers, referrals and
// fault decisions, so a failing test can be replayed exactly. Not for anything secret.
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex32 = (n: number) => HEX[(n >>> 24) & 0xff]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** 32 random bits as an unsigned integer. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = items.at(-1);
    if (!last) throw new Error('weighted() from an empty list');
    return last[0];
  }

  /** A version-4-shaped GUID drawn from the seed, so seeded tenant ids are stable too. */
  uuid(): string {
    // Four draws and a byte table instead of 32 draws: seeding 100,000 customers makes half a million of these.
    const a = this.uint32();
    const b = this.uint32();
    const c = this.uint32();
    const d = this.uint32();
    return (
      hex32(a) +
      '-' + HEX[(b >>> 24) & 0xff] + HEX[(b >>> 16) & 0xff] +
      '-4' + HEX[(b >>> 8) & 0x0f]!.charAt(1) + HEX[b & 0xff] +
      '-' + HEX[0x80 | ((c >>> 24) & 0x3f)] + HEX[(c >>> 16) & 0xff] +
      '-' + HEX[(c >>> 8) & 0xff] + HEX[c & 0xff] + hex32(d)
    );
  }

  /** A short opaque token (etags of seeded resources). */
  token(): string {
    return this.uint32().toString(36) + this.uint32().toString(36);
  }

  /** Fills `#` with a digit and `@` with an upper-case letter. */
  pattern(template: string): string {
    let out = '';
    for (const char of template) {
      if (char === '#') out += String(this.int(10));
      else if (char === '@') out += String.fromCharCode(65 + this.int(26));
      else out += char;
    }
    return out;
  }
}
