// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KeySet } from './key-set';

describe('the keys of a file already seen', () => {
  it('answers the first line of a repeated key, across growth, and nothing for new keys', () => {
    const keys = new KeySet(4);
    for (let i = 0; i < 50_000; i++) expect(keys.firstLine(`${100000 + (i >> 4)} 2025-${i % 16}`, i + 2)).toBeUndefined();
    expect(keys.size).toBe(50_000);
    // Every key, whatever its hashes, is found again.
    for (let i = 0; i < 50_000; i += 7) expect(keys.firstLine(`${100000 + (i >> 4)} 2025-${i % 16}`, 1)).toBe(i + 2);
    expect(keys.size).toBe(50_000);
    expect(keys.firstLine('100000 2025-0', 99)).toBe(2);
    expect(keys.firstLine('103124 2025-15', 99)).toBe(49_999 + 2);
    expect(keys.firstLine('', 7)).toBeUndefined();
    expect(keys.firstLine('', 8)).toBe(7);
  });
});
