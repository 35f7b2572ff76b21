import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup-files';
import { backupsToDelete } from './rotation';

const file = (iso: string) => ({ name: backupFileName(new Date(iso)), at: new Date(iso), size: 1 });

describe('rotation: keep N daily and M monthly', () => {
  // Every day at 22:00 in Bogotá (03:00 UTC the next day) from 1 September to 23 November 2026, plus a corte backup at 18:30 on 23 November.
  const days: string[] = [];
  for (let t = Date.parse('2026-09-02T03:00:00Z'); t <= Date.parse('2026-11-24T03:00:00Z'); t += 86_400_000)
    days.push(new Date(t).toISOString());
  const files = [...days.map(file), file('2026-11-23T23:30:00Z')];

  it('keeps the newest of each of the last N days and of each of the last M months', () => {
    const deleted = new Set(backupsToDelete(files, 'America/Bogota', { keepDaily: 7, keepMonthly: 3 }).map((f) => f.name));
    const kept = files.filter((f) => !deleted.has(f.name)).map((f) => f.at.toISOString());
    expect(kept.sort()).toEqual([
      '2026-10-01T03:00:00.000Z', // 30 September, 22:00 in Bogotá: the newest of September
      '2026-11-01T03:00:00.000Z', // 31 October
      '2026-11-18T03:00:00.000Z', // 17 November, the 7th day back
      '2026-11-19T03:00:00.000Z',
      '2026-11-20T03:00:00.000Z',
      '2026-11-21T03:00:00.000Z',
      '2026-11-22T03:00:00.000Z',
      '2026-11-23T03:00:00.000Z',
      '2026-11-24T03:00:00.000Z', // 23 November at 22:00: newer than that day's corte backup, which goes
    ]);
  });

  it('always keeps the newest backup, even with nothing else to keep', () => {
    expect(backupsToDelete([file('2026-11-23T03:00:00Z')], 'America/Bogota', { keepDaily: 1, keepMonthly: 0 })).toEqual([]);
  });
});
