/**
 * The natural keys of a file already seen, and the line each came on: a file of millions of rows
 * (2.4 million readings) would need hundreds of MB as a Map of strings, so each key is kept as two
 * independent 32-bit hashes in typed arrays (about 24 bytes a key). Two different keys would have
 * to agree on all 64 bits to be taken for one: for 2.4 million keys, about one chance in six million.
 */
export class KeySet {
  private high: Uint32Array;
  private low: Uint32Array;
  private lines: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 14) {
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The line this key came on first; if it is new, remembers it on `line` and answers undefined. */
  firstLine(key: string, line: number): number | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 >>>= 0;
    // Zero marks an empty slot.
    h2 = (h2 | 1) >>> 0;
    const mask = this.high.length - 1;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      if (this.low[slot] === 0) {
        this.high[slot] = h1;
        this.low[slot] = h2;
        this.lines[slot] = line;
        if (++this.count * 2 > this.high.length) this.grow();
        return undefined;
      }
      if (this.high[slot] === h1 && this.low[slot] === h2) return this.lines[slot];
    }
  }

  private grow(): void {
    const { high, low, lines } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(high.length * 2);
    this.lines = new Int32Array(high.length * 2);
    const mask = this.high.length - 1;
    for (let i = 0; i < high.length; i++) {
      if (low[i] === 0) continue;
      let slot = high[i]! & mask;
      while (this.low[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.lines[slot] = lines[i]!;
    }
  }
}
