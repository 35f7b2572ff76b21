import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../db/testing';
import { cash, couponFor, key, reconnectionFactura } from '../core/cash/cash.fixtures';
import type { Input } from '../core/contract';
import type { ExportFileInput } from '../core/contract/export-file.contract';
import { filePqr } from '../core/pqr/pqr.fixtures';
import { createExportService } from './export-service';

function exporter(office: TestOffice) {
  const service = createExportService({ dispatch: office.dispatch, clock: office.clock, log: () => undefined });
  return async (session: string, input: Partial<ExportFileInput>) => service.handle(session, 'exports.file', input);
}

/** Two receipts of the day: one in cash and card, one in cash that is then voided. */
function payments(office: TestOffice) {
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const a = couponFor(office, asesor, reconnectionFactura(office, asesor, '100004').number);
  const b = couponFor(office, asesor, reconnectionFactura(office, asesor, '100005').number);
  ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  const tenders: Input<'cash.collect'>['tenders'] = [
    cash(a.total - 10_000),
    { method: 'TARJETA', amount: 10_000, reference: 'VOUCHER 99' },
  ];
  const paid = ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: a.number, tenders }));
  const voided = ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: b.number, tenders: [cash(b.total)] }));
  ok(
    office.call(cajero, 'cash.voidReceipt', {
      receiptNumber: voided.number,
      reason: 'Pago registrado dos veces',
      supervisorUsername: 'supervisor',
      supervisorPassword: 'Supervisor2026',
    }),
  );
  return { a, paid, voided };
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');

describe('REPORTES → Exportar: the file', () => {
  it("writes the day's payments as CSV for Colombian Excel: BOM, semicolons, CRLF, amounts that add up", async () => {
    const office = testOffice();
    const { a, paid, voided } = payments(office);
    const supervisor = office.login('supervisor');
    const file = ok(await exporter(office)(supervisor, { kind: 'PAGOS', format: 'csv', date: '2026-11-23' }));
    expect(file).toMatchObject({ fileName: 'pagos-2026-11-23.csv', mimeType: 'text/csv;charset=utf-8', rows: 2 });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf(file.base64));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Fecha;Hora;Recibo;Estado;Anulación;Código;Cajero;Puesto;Medios de pago;Efectivo;Tarjeta;Transferencia;Consignación;' +
        'Valor recibo;Cupón;Línea;Tipo;Documento;Concepto;Valor pagado',
    );
    const cells = lines[1]!.split(';');
    expect(cells.slice(0, 4)).toEqual(['2026-11-23', '09:00:00', paid.number, 'PAGADO']);
    expect(cells.slice(8, 14)).toEqual(['Efectivo + Tarjeta', String(a.total - 10_000), '10000', '0', '0', String(a.total)]);
    expect(cells.at(-1)).toBe(String(a.total));
    expect(lines[2]!.split(';').slice(2, 5)).toEqual([voided.number, 'ANULADO', expect.stringMatching(/^ANR-/)]);
    const report = ok(office.call(supervisor, 'reports.daily', { date: '2026-11-23' }));
    const paidTotal = lines
      .slice(1, -1)
      .map((l) => l.split(';'))
      .filter((c) => c[3] === 'PAGADO')
      .reduce((sum, c) => sum + Number(c.at(-1)), 0);
    expect(paidTotal).toBe(report.totals.collected);
  });

  it('keeps text a spreadsheet would run as a formula as text, in CSV and in XLSX', async () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    for (const observation of ['=HYPERLINK("http://x";"clic")', '+57 310', '-1+1', '@SUM(A1)'])
      filePqr(office, asesor, { code: '100001', observation });
    const coordinador = office.login('coordinador');
    const period = { from: '2026-11-23', to: '2026-11-23' };
    const csv = ok(await exporter(office)(coordinador, { kind: 'TRAMITES', format: 'csv', period }));
    expect(csv.fileName).toBe('tramites-2026-11-23-a-2026-11-23.csv');
    const text = bytesOf(csv.base64).toString('utf8');
    expect(text).toContain(`;"'=HYPERLINK(""http://x"";""clic"")"\r\n`);
    for (const safe of [";'+57 310\r\n", ";'-1+1\r\n", ";'@SUM(A1)\r\n"]) expect(text).toContain(safe);
    const xlsx = ok(await exporter(office)(coordinador, { kind: 'TRAMITES', format: 'xlsx', period }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytesOf(xlsx.base64)).buffer);
    const observations = book.getWorksheet('Trámites')!.getColumn(16).values.slice(2);
    expect(observations).toContain('=HYPERLINK("http://x";"clic")');
    const cell = book.getWorksheet('Trámites')!.getCell('P2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('writes XLSX with typed cells: numbers as numbers, dates as dates, the header bold and frozen', async () => {
    const office = testOffice();
    const { a, paid } = payments(office);
    const admin = office.login('admin');
    const file = ok(await exporter(office)(admin, { kind: 'PAGOS', format: 'xlsx', date: '2026-11-23' }));
    expect(file.fileName).toBe('pagos-2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytesOf(file.base64)).buffer);
    const sheet = book.getWorksheet('Pagos')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Fecha');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(row.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(2).value).toEqual(new Date('1899-12-30T09:00:00Z'));
    expect(row.getCell(3).value).toBe(paid.number);
    expect(row.getCell(14).value).toBe(a.total);
    expect(row.getCell(20).value).toBe(a.total);
    expect(sheet.rowCount).toBe(3);
  });

  it('exports the padrón in pages, every subscriber once', async () => {
    const office = testOffice({ subscribers: 30 });
    const admin = office.login('admin');
    const file = ok(await exporter(office)(admin, { kind: 'PADRON', format: 'csv' }));
    expect(file.fileName).toBe('padron-2026-11-23.csv');
    expect(file.rows).toBe(office.count('subscribers'));
    const lines = bytesOf(file.base64).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(file.rows + 2);
  });

  it('refuses a role that may not, and bad input, in Spanish', async () => {
    const office = testOffice();
    const run = exporter(office);
    const asesor = office.login('asesor');
    expect(failure(await run(asesor, { kind: 'PAGOS', format: 'csv', date: '2026-11-23' }))).toEqual({
      code: 'FORBIDDEN',
      message: 'Su rol no tiene permiso para esta acción.',
    });
    const coordinador = office.login('coordinador');
    expect(failure(await run(coordinador, { kind: 'PADRON', format: 'xlsx' })).code).toBe('FORBIDDEN');
    const supervisor = office.login('supervisor');
    expect(failure(await run(supervisor, { kind: 'PAGOS', format: 'csv' })).message).toBe('Fecha: escríbala');
    expect(failure(await run(supervisor, { kind: 'PAGOS', format: 'pdf' as 'csv', date: '2026-11-23' })).message).toBe(
      'Formato: elija CSV o XLSX',
    );
    const reversed = await run(supervisor, { kind: 'TRAMITES', format: 'csv', period: { from: '2026-11-23', to: '2026-11-01' } });
    expect(failure(reversed).message).toBe('Hasta: no puede ser anterior a Desde');
    const long = await run(supervisor, { kind: 'TRAMITES', format: 'csv', period: { from: '2024-01-01', to: '2026-11-01' } });
    expect(failure(long).message).toBe('Hasta: el periodo es de máximo 366 días');
    expect(failure(await run(supervisor, { kind: 'TRAMITES', format: 'csv' })).message).toBe('Desde: escríbala');
  });
});
