/**
 * Turns what a user typed into an FTS5 query: every word must match as a prefix, in any
 * column. Anything that is not a letter or digit separates words, so quotes, operators and
 * SQL fragments are just text. Returns null when nothing searchable is left.
 */
export function prefixQuery(typed: string, maxTerms = 6): string | null {
  const terms = typed
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, maxTerms);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"*`).join(' ');
}
