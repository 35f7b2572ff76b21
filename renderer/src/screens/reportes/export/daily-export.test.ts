// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { withFormat } from '../../../format/format';
import { dailyReport, EXPORT_META } from '../../../test/report-fixtures';
import { dailyCsv } from './daily-csv';
import { dailyXlsx } from './daily-xlsx';
import { exportFileName } from './export-meta';

// The computer's clock a day ahead of the office's, before any formatter is built: the file
// must still say the office's day and hour (Bogotá), as a supervisor there reads it.
vi.hoisted(() => {
  (globalThis as unknown as { process: { env: Record<string, string> } }).process.env.TZ = 'Pacific/Kiritimati';
});

const EXPECTED_CSV = [
  'Informe diario;23/11/2026',
  'Empresa;AGUAS DE FLORENCIA DEMO S.A. E.S.P.',
  'Moneda;COP (peso colombiano)',
  'Generado por;Arley Perdomo Losada',
  'Generado el;23/11/2026 18:10',
  '',
  'Totales',
  'Concepto;Cantidad;Valor',
  'Recaudado (sin anulados);2;190500',
  'Anulado;1;52300',
  'Sobrante (+) / faltante (−) de caja;;-5000',
  'Facturas;3;218100',
  'Cupones de pago;3;242800',
  'Acuerdos de pago (financiado);1;318000',
  '',
  'Pagos por cajero y medio',
  'Cajero;Medio de pago;Recibos;Valor',
  'Yesenia Buendía Rodríguez;Efectivo;2;150000',
  'Yesenia Buendía Rodríguez;Tarjeta;1;40500',
  'Total recaudado;;2;190500',
  '',
  'Anulaciones',
  'Anulación;Recibo;Cajero;Aprobó;Fecha y hora;Motivo;Valor',
  'ANR-2026-000001;REC-2026-000003;Yesenia Buendía Rodríguez;Arley Perdomo Losada;23/11/2026 10:04;"Pago registrado dos veces; ""cupón"" duplicado";52300',
  'Total anulado;1 recibo;;;;;52300',
  '',
  'Cajas',
  'Cajero;Puesto;Estado;Base;Efectivo esperado;Efectivo contado;Sobrante (+) / faltante (−);Corte;Observación',
  'Yesenia Buendía Rodríguez;CAJA-01;Cerrada;100000;250000;245000;-5000;CC-2026-000001;Faltante por revisar',
  'Total;;;100000;250000;245000;-5000;;',
  '',
  'Recibos por cajero',
  'Cajero;Recibo;Hora;Suscriptor;Medio de pago;Estado;Valor',
  'Yesenia Buendía Rodríguez;REC-2026-000001;23/11/2026 09:10;100004;Efectivo;Pagado;90000',
  'Yesenia Buendía Rodríguez;REC-2026-000002;23/11/2026 09:40;100012;Efectivo + Tarjeta;Pagado;100500',
  'Yesenia Buendía Rodríguez;REC-2026-000003;23/11/2026 09:55;100020;Efectivo;Anulado;52300',
  'Total recaudado (sin anulados);2 recibos;;;;;190500',
  '',
  'Documentos por asesor',
  'Asesor;Facturas;Valor facturas;Cupones;Valor cupones;Acuerdos de pago;Valor financiado',
  'Luz Dary Plaza;3;218100;3;242800;1;318000',
  'Total;3;218100;3;242800;1;318000',
  '',
  'Trámites PQR',
  'Concepto;Trámites',
  'Radicados en el día;3',
  'Abiertos;3',
  'Vencidos;1',
  'Por vencer (próximos días hábiles);0',
  '',
  'Trámites radicados por tipo, causal y asesor',
  'Tipo de trámite;Servicio;Causal;Asesor;Trámites',
  'PETICIÓN;ACUEDUCTO;RECONEXIÓN DEL SERVICIO;Luz Dary Plaza;1',
  'PETICIÓN INTERNA;ALCANTARILLADO;VISITA DOMICILIARIA;Luz Dary Plaza;2',
  'Total radicados;;;;3',
  '',
  'Trámites abiertos por estado',
  'Estado;Trámites',
  'Radicado;2',
  'Asignado a terreno;1',
  'Total abiertos;3',
  '',
  'Trámites vencidos',
  'Radicado;Código;Causal;Estado;Vence;Días hábiles;Alerta',
  'RAD-2026-000001;100010;ALTO CONSUMO;Radicado;20/11/2026;-1;Silencio administrativo positivo',
  '',
  'Trámites por vencer',
  'Radicado;Código;Causal;Estado;Vence;Días hábiles;Alerta',
  '',
  'Visitas del 24/11/2026 por contratista',
  'Contratista;Visitas',
  'Contratista Uno;2',
  'Total visitas;2',
  '',
  'Órdenes de trabajo pendientes por contratista',
  'Contratista;Órdenes abiertas;La más antigua',
  'Contratista Uno;1;23/11/2026 09:00',
  'Total;1;',
  '',
  'Trámites de ventanilla recibidos',
  'Trámite;Recibidos',
  'ESTADO DE CUENTA;2',
  'CERTIFICADO DE NO ADEUDO;1',
  'CAMBIO DE NOMBRE;0',
  'CANCELACIÓN DE TOMA;1',
  'INSPECCIÓN DE MEDIDOR;0',
  'Total recibidos;4',
  '',
  'Cancelaciones de toma por aprobar',
  'Radicado;Código;Suscriptor;Radicado el;Estado;Asesor',
  'RAD-2026-000004;100011;Marleny Cuéllar Vargas;23/11/2026;Radicado;Luz Dary Plaza',
  '',
  'Inspecciones de medidor vencidas o por vencer',
  'Radicado;Código;Suscriptor;Estado;Vence;Días hábiles',
  'RAD-2026-000002;100012;Hernán Ospina Trujillo;Asignado a terreno;25/11/2026;2',
  '',
  'Certificados de no adeudo expedidos',
  'Certificado;Código;Suscriptor;Vigente hasta;Asesor',
  'CND-2026-000001;100010;Rubiela Cabrera Muñoz;23/12/2026;Luz Dary Plaza',
  '',
].join('\r\n');

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** The row of a sheet whose first cell reads `label`, as plain values from column A. */
function rowOf(sheet: ExcelJS.Worksheet, label: string): unknown[] {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === label) return Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).value);
  }
  throw new Error(`No hay fila «${label}» en ${sheet.name}`);
}

describe('informe diario CSV', () => {
  it('is one file for Excel in es-CO: BOM, semicolons, sections apart, quotes only where needed', () => {
    const csv = dailyCsv(dailyReport(), EXPORT_META);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(EXPECTED_CSV);
    expect(exportFileName('2026-11-23', 'csv')).toBe('informe-diario-2026-11-23.csv');
  });

  it('writes pesos mexicanos with centavos and a decimal comma, and defuses formulas in typed text', () => {
    const report = dailyReport({ currency: 'MXN' });
    report.sessions[0]!.note = '=HYPERLINK("http://x")';
    const csv = dailyCsv(report, EXPORT_META);
    expect(csv).toContain('\r\nRecaudado (sin anulados);2;1905,00\r\n');
    expect(csv).toContain(';-50,00;CC-2026-000001;"\'=HYPERLINK(""http://x"")"\r\n');
    expect(csv).toContain('Moneda;MXN (peso mexicano)');
  });

  it('follows an es-MX company: commas between fields, a decimal point, the office’s hour', () => {
    const csv = withFormat({ timeZone: 'America/Mexico_City', locale: 'es-MX', currency: 'MXN' }, () =>
      dailyCsv(dailyReport({ currency: 'MXN' }), EXPORT_META),
    );
    expect(csv).toContain('\r\nRecaudado (sin anulados),2,1905.00\r\n');
    expect(csv).toContain('Generado el,23/11/2026 17:10\r\n');
  });

  it('keeps the headers and the total of a quiet day', () => {
    const quiet = dailyReport({ payments: [], voids: [], sessions: [], byAsesor: [] });
    quiet.totals = { ...quiet.totals, collected: 0, receipts: 0, voided: 0, voids: 0, overShort: 0 };
    const csv = dailyCsv(quiet, EXPORT_META);
    expect(csv).toContain('Pagos por cajero y medio\r\nCajero;Medio de pago;Recibos;Valor\r\nTotal recaudado;;0;0\r\n');
    expect(csv).toContain('Total anulado;0 recibos;;;;;0');
  });
});

describe('informe diario XLSX', () => {
  it('reads back in Excel’s format: one sheet per section, Totales first, amounts as numbers', async () => {
    const workbook = await readXlsx(dailyXlsx(dailyReport(), EXPORT_META));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Totales',
      'Pagos por cajero y medio',
      'Anulaciones',
      'Cajas',
      'Recibos por cajero',
      'Documentos por asesor',
      'Trámites PQR',
      'Radicados',
      'Abiertos por estado',
      'Trámites vencidos',
      'Trámites por vencer',
      'Visitas del día siguiente',
      'Órdenes pendientes',
      'Ventanilla recibidos',
      'Cancelaciones por aprobar',
      'Inspecciones por vencer',
      'Certificados de no adeudo',
    ]);
    const totals = workbook.getWorksheet('Totales')!;
    expect(totals.getCell('A1').value).toBe('INFORME DIARIO');
    expect(totals.getCell('B1').value).toBe('23/11/2026');
    expect(rowOf(totals, 'Generado por')[1]).toBe('Arley Perdomo Losada');
    expect(rowOf(totals, 'Recaudado (sin anulados)')).toEqual(['Recaudado (sin anulados)', 2, 190_500]);
    expect(rowOf(totals, 'Sobrante (+) / faltante (−) de caja')).toEqual(['Sobrante (+) / faltante (−) de caja', null, -5_000]);
    expect(rowOf(totals, 'Facturas')).toEqual(['Facturas', 3, 218_100]);

    const payments = workbook.getWorksheet('Pagos por cajero y medio')!;
    expect(payments.getRow(1).values).toEqual([undefined, 'Cajero', 'Medio de pago', 'Recibos', 'Valor']);
    expect(rowOf(payments, 'Total recaudado')).toEqual(['Total recaudado', null, 2, 190_500]);
    expect(payments.getCell('D2').numFmt).toBe('#,##0');
    expect(payments.getCell('A1').font?.bold).toBe(true);
    expect(payments.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const voids = workbook.getWorksheet('Anulaciones')!;
    expect(voids.getCell('E2').value).toBe('23/11/2026 10:04');
    expect(voids.getCell('F2').value).toBe('Pago registrado dos veces; "cupón" duplicado');
    expect(rowOf(workbook.getWorksheet('Cajas')!, 'Total')[6]).toBe(-5_000);

    const receipts = workbook.getWorksheet('Recibos por cajero')!;
    expect(receipts.getRow(1).values).toEqual([
      undefined,
      'Cajero',
      'Recibo',
      'Hora',
      'Suscriptor',
      'Medio de pago',
      'Estado',
      'Valor',
    ]);
    expect(rowOf(receipts, 'Yesenia Buendía Rodríguez')).toEqual([
      'Yesenia Buendía Rodríguez',
      'REC-2026-000001',
      '23/11/2026 09:10',
      '100004',
      'Efectivo',
      'Pagado',
      90_000,
    ]);
    expect(receipts.getCell('E3').value).toBe('Efectivo + Tarjeta');
    expect(receipts.getCell('F4').value).toBe('Anulado');
    expect(rowOf(receipts, 'Total recaudado (sin anulados)')).toEqual([
      'Total recaudado (sin anulados)',
      '2 recibos',
      null,
      null,
      null,
      null,
      190_500,
    ]);
    expect(workbook.creator).toBe('Arley Perdomo Losada');

    // The counter trámites: the same figures as on screen and on paper, counts as numbers.
    expect(rowOf(workbook.getWorksheet('Ventanilla recibidos')!, 'Total recibidos')).toEqual(['Total recibidos', 4]);
    expect(rowOf(workbook.getWorksheet('Inspecciones por vencer')!, 'RAD-2026-000002')[5]).toBe(2);
    expect(rowOf(workbook.getWorksheet('Certificados de no adeudo')!, 'CND-2026-000001')).toEqual([
      'CND-2026-000001',
      '100010',
      'Rubiela Cabrera Muñoz',
      '23/12/2026',
      'Luz Dary Plaza',
    ]);
  });

  it('holds pesos mexicanos as pesos with two decimals', async () => {
    const workbook = await readXlsx(dailyXlsx(dailyReport({ currency: 'MXN' }), EXPORT_META));
    const payments = workbook.getWorksheet('Pagos por cajero y medio')!;
    expect(rowOf(payments, 'Total recaudado')[3]).toBe(1_905);
    expect(payments.getCell('D3').value).toBe(405);
    expect(payments.getCell('D3').numFmt).toBe('#,##0.00');
  });
});
