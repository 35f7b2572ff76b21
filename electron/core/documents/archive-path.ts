import path from 'node:path';

/** The archive's own layout, <YYYY>/<MM>/<TYPE>/<file>.pdf, at the end of a path. */
const LAYOUT_TAIL = /(?:^|[\\/])(\d{4}[\\/]\d{2}[\\/][A-Z_]+[\\/][^\\/]+\.pdf)$/;

const forward = (p: string) => p.split(/[\\/]+/).join('/');

/**
 * Where a logged print's PDF is, said relative to the archive folder: the folder of this
 * computer is nobody's business at the counter. Prints logged before paths were relative hold
 * absolute ones: inside the archive they are answered relative to it; outside it (the archive
 * moved) by the archive's layout at their end, or by the file name alone.
 */
export function archiveRelative(archiveDir: string | undefined, stored: string): string {
  if (!path.isAbsolute(stored) && !path.win32.isAbsolute(stored)) return forward(stored);
  if (archiveDir) {
    const relative = path.relative(archiveDir, stored);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return forward(relative);
  }
  const tail = LAYOUT_TAIL.exec(stored)?.[1];
  return tail ? forward(tail) : (stored.split(/[\\/]/).pop() ?? '');
}
