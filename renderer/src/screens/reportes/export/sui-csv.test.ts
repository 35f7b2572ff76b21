import { describe, expect, it } from 'vitest';
import { suiCsv, suiDate } from './sui-csv';

describe('SUI CSV', () => {
  it('writes a header row and one comma-separated row per trámite, dates as dd-mm-aaaa', () => {
    const csv = suiCsv([
      {
        filingNumber: 'RAD-2026-000001',
        filedOn: '2026-11-23',
        requestType: 5,
        causeGroup: 'P',
        causeCode: '203',
        account: '100004',
        invoice: 'FAC-2026-000001',
        responseType: 1,
        respondedOn: '2026-11-30',
        responseNumber: 'OFI-2026-000001',
        notifiedOn: '2026-12-01',
        notificationType: 1,
        transferredToSspd: false,
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'RADICADO,FECHA_RADICACION,TIPO_TRAMITE,GRUPO_CAUSAL,DETALLE_CAUSAL,NUMERO_CUENTA,NUMERO_FACTURA,TIPO_RESPUESTA,FECHA_RESPUESTA,RADICADO_RESPUESTA,FECHA_NOTIFICACION,TIPO_NOTIFICACION,TRASLADO_SSPD',
      'RAD-2026-000001,23-11-2026,5,P,203,100004,FAC-2026-000001,1,30-11-2026,OFI-2026-000001,01-12-2026,1,N',
      '',
    ]);
    expect(suiDate(null)).toBe('');
  });
});
