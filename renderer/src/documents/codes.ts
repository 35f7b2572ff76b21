import type { DocumentType } from '../../../electron/core/contract/print.contract';

export interface DocumentCode {
  /** As printed in the header. */
  title: string;
  /** The record's code in the office's quality system (style of SPEC §6: R-07-002, SC-PQRS-PRO-011). */
  code: string;
  version: string;
}

/**
 * One place for the titles and codes of printed documents. R-07-002 is already the acta de
 * visita of the fraud procedure (seed 000), so the counter's records take the next free ones.
 */
export const DOCUMENT_CODES: Record<DocumentType, DocumentCode> = {
  FACTURA: { title: 'FACTURA DE VENTA DE SERVICIOS', code: 'R-07-004', version: '01' },
  ACUERDO: { title: 'ACUERDO DE PAGO', code: 'R-07-005', version: '01' },
  ANULACION_FACTURA: { title: 'CONSTANCIA DE ANULACIÓN DE FACTURA', code: 'R-07-006', version: '01' },
  PRUEBA: { title: 'PÁGINA DE PRUEBA DE IMPRESIÓN', code: 'R-00-001', version: '01' },
  CUPON: { title: 'CUPÓN DE PAGO', code: 'R-08-001', version: '01' },
  RECIBO: { title: 'RECIBO DE CAJA', code: 'R-08-002', version: '01' },
  ANULACION_RECIBO: { title: 'CONSTANCIA DE ANULACIÓN DE RECIBO', code: 'R-08-003', version: '01' },
  CORTE_CAJA: { title: 'CORTE DE CAJA', code: 'R-08-004', version: '01' },
  ESTADO_CUENTA: { title: 'ESTADO DE CUENTA', code: 'R-07-007', version: '01' },
  INFORME_DIARIO: { title: 'INFORME DIARIO DE LA OFICINA', code: 'R-09-001', version: '01' },
  HOJA_RUTA: { title: 'HOJA DE RUTA DE VISITAS', code: 'R-07-009', version: '01' },
  ORDEN_TRABAJO: { title: 'ORDEN DE TRABAJO', code: 'R-07-010', version: '01' },
  RESPUESTA: { title: 'OFICIO DE RESPUESTA', code: 'R-07-011', version: '01' },
  EDICTO: { title: 'EDICTO', code: 'R-07-012', version: '01' },
  SOLICITUD_TRAMITE: { title: 'SOLICITUD DE TRÁMITE', code: 'R-07-008', version: '01' },
  DOCUMENTACION_FALTANTE: { title: 'DOCUMENTACIÓN FALTANTE', code: 'R-07-013', version: '01' },
  CERTIFICADO_NO_ADEUDO: { title: 'CERTIFICADO DE NO ADEUDO', code: 'R-07-014', version: '01' },
  CONSTANCIA_CAMBIO_NOMBRE: { title: 'CONSTANCIA DE CAMBIO DE NOMBRE', code: 'R-07-015', version: '01' },
};

/** The two labelled pages of every printed document (SPEC §6). */
export const COPY_LABELS = { original: 'ORIGINAL — USUARIO', support: 'COPIA — SOPORTE' } as const;

export const reprintLabel = (reprint: number): string => `REIMPRESIÓN ${reprint}`;
