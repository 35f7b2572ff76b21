import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfficeEnvError } from '../office-env';
import { archiveFolderFor, archivePdf, archiveRelativePath, archivedFile } from './archive';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-archivo-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const factura = { type: 'FACTURA', number: 'FAC-2026-000123', reprint: 0, date: '2026-11-23' } as const;

describe('archive folder', () => {
  it('is VENTANILLA_ARCHIVE, else "Archivo" next to the database file', () => {
    expect(archiveFolderFor({ VENTANILLA_ARCHIVE: 'docs/archivo' }, '/datos/ventanilla.db')).toBe(path.resolve('docs/archivo'));
    expect(archiveFolderFor({}, path.join('/datos', 'oficina', 'ventanilla.db'))).toBe(path.join('/datos', 'oficina', 'Archivo'));
    expect(() => archiveFolderFor({ VENTANILLA_ARCHIVE: '  ' }, '/datos/ventanilla.db')).toThrow(OfficeEnvError);
  });

  it('is a fresh temporary folder for an in-memory database', () => {
    const first = archiveFolderFor({}, ':memory:');
    const second = archiveFolderFor({}, ':memory:');
    try {
      expect(first.startsWith(tmpdir())).toBe(true);
      expect(first).not.toBe(second);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });
});

describe('archive paths', () => {
  it('go by year, month, type and number; reprints carry -R<n>', () => {
    expect(archiveRelativePath(factura)).toBe('2026/11/FACTURA/FAC-2026-000123.pdf');
    expect(archiveRelativePath({ ...factura, type: 'ANULACION_FACTURA', reprint: 2, date: '2027-01-05' })).toBe(
      '2027/01/ANULACION_FACTURA/FAC-2026-000123-R2.pdf',
    );
  });

  it('keep test pages apart from the business documents', () => {
    const page = { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01', reprint: 3, date: '2026-11-23' } as const;
    expect(archiveRelativePath(page)).toBe('PRUEBAS/2026/11/PRUEBA-VENTANILLA-01-R3.pdf');
  });

  it('refuse names that could leave the archive', () => {
    for (const number of ['../../etc/passwd', 'FAC/1', '..', '', 'fac-1', 'A'.repeat(61)]) {
      expect(() => archiveRelativePath({ ...factura, number })).toThrow(/no válida/);
    }
    expect(() => archiveRelativePath({ ...factura, date: '2026/11/23' })).toThrow(/no válida/);
    expect(() => archiveRelativePath({ ...factura, reprint: -1 })).toThrow(/no válida/);
  });
});

describe('archivePdf', () => {
  it('writes the PDF under its path, answers it relative to the archive and leaves no temporary file', async () => {
    const relative = await archivePdf(dir, factura, Buffer.from('%PDF-1.4 uno'));
    expect(relative).toBe('2026/11/FACTURA/FAC-2026-000123.pdf');
    const file = archivedFile(dir, relative);
    expect(file).toBe(path.join(dir, '2026', '11', 'FACTURA', 'FAC-2026-000123.pdf'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.4 uno');
    expect(readdirSync(path.dirname(file))).toEqual(['FAC-2026-000123.pdf']);
  });

  it('never overwrites: a name already taken gets a suffix', async () => {
    const first = archivedFile(dir, await archivePdf(dir, factura, Buffer.from('primero')));
    const second = archivedFile(dir, await archivePdf(dir, factura, Buffer.from('segundo')));
    const third = await archivePdf(dir, factura, Buffer.from('tercero'));
    expect(path.basename(second)).toBe('FAC-2026-000123_2.pdf');
    expect(third).toBe('2026/11/FACTURA/FAC-2026-000123_3.pdf');
    expect(readFileSync(first, 'utf8')).toBe('primero');
    expect(readFileSync(second, 'utf8')).toBe('segundo');
    expect(readdirSync(path.dirname(first)).sort()).toEqual([
      'FAC-2026-000123.pdf',
      'FAC-2026-000123_2.pdf',
      'FAC-2026-000123_3.pdf',
    ]);
  });

  it('keeps concurrent prints of the same name apart', async () => {
    const files = await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (s) => archivedFile(dir, await archivePdf(dir, factura, Buffer.from(s)))),
    );
    expect(new Set(files).size).toBe(4);
    expect(files.map((f) => readFileSync(f, 'utf8')).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails when the archive folder cannot be created, without writing elsewhere', async () => {
    const blocker = path.join(dir, 'archivo');
    writeFileSync(blocker, 'no soy una carpeta');
    await expect(archivePdf(blocker, factura, Buffer.from('x'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['archivo']);
  });
});
