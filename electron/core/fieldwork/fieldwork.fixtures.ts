import { ok, type TestOffice } from '../../../db/testing';
import type { FieldReportInput, PhotoInput } from '../contract/fieldwork.contract';
import { filePqr } from '../pqr/pqr.fixtures';

/** Test helpers for trabajo de campo: field workers, products and photos by name, an assigned trámite. */
export const workerId = (office: TestOffice, n = 0) =>
  (office.sqlite.prepare('SELECT id FROM field_workers WHERE active = 1 ORDER BY id LIMIT 1 OFFSET ?').get(n) as { id: number })
    .id;

export const productId = (office: TestOffice, name: string) =>
  (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;

export const statusOf = (office: TestOffice, filingNumber: string) =>
  (office.sqlite.prepare('SELECT status FROM pqr_requests WHERE filing_number = ?').get(filingNumber) as { status: string })
    .status;

export const subscriberStatus = (office: TestOffice, code: string) =>
  (office.sqlite.prepare('SELECT status FROM subscribers WHERE code = ?').get(code) as { status: string }).status;

const JPEG_MAGIC = [0xff, 0xd8, 0xff, 0xe0];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A file of `bytes` bytes that starts as a JPEG (or PNG) does. */
export function photo(fileName: string, bytes = 2048, kind: 'jpeg' | 'png' = 'jpeg'): PhotoInput {
  const data = Buffer.alloc(bytes, 0x41);
  Buffer.from(kind === 'jpeg' ? JPEG_MAGIC : PNG_MAGIC).copy(data);
  return { fileName, mimeType: kind === 'jpeg' ? 'image/jpeg' : 'image/png', dataBase64: data.toString('base64') };
}

/** Seed 002: a visita domiciliaria with its slot of the agenda. */
export function fileVisit(office: TestOffice, asesor: string, code = '100010') {
  return filePqr(office, asesor, {
    code,
    service: 'ALCANTARILLADO',
    requestType: 'PETICIÓN INTERNA',
    cause: 'VISITA DOMICILIARIA',
    appointment: { visitOn: '2026-11-25', timeWindow: '08:00-10:00' },
    observation: `Código ${code}: olores y reboce en el lavadero`,
  });
}

export function assign(office: TestOffice, session: string, filingNumber: string, worker = workerId(office)) {
  return ok(
    office.call(session, 'fieldWork.assign', { filingNumber, fieldWorkerId: worker, instructions: 'Llevar llave de registro' }),
  );
}

export const reportOf = (filingNumber: string, overrides: Partial<FieldReportInput> = {}): FieldReportInput => ({
  filingNumber,
  visitedOn: '2026-11-23',
  findings: 'Registro cerrado y sellado por suspensión',
  actions: 'Se retiró el sello y se abrió el registro',
  meterReading: 1532,
  done: true,
  ...overrides,
});
