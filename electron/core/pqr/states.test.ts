import { describe, expect, it } from 'vitest';
import { PQR_STATUSES } from '../../../db/schema/enums';
import { failure, ok, testOffice } from '../../../db/testing';
import { filePqr } from './pqr.fixtures';
import { canMove, PQR_MOVES } from './states';

describe('PQR states', () => {
  it('a closed trámite moves nowhere; every open one can be closed or waits on the user only from a working state', () => {
    expect(PQR_MOVES.CERRADO).toEqual([]);
    for (const from of PQR_STATUSES) {
      for (const to of PQR_STATUSES) expect(canMove(from, to)).toBe(PQR_MOVES[from].includes(to));
    }
    expect(canMove('RESPONDIDO', 'EN_ESPERA')).toBe(false);
    expect(canMove('EN_ESPERA', 'CERRADO')).toBe(false);
    expect(canMove('RADICADO', 'INFORME')).toBe(false);
  });

  it('refuses a move the table does not allow, naming both states, and changes nothing', () => {
    const office = testOffice();
    const request = filePqr(office, office.login('asesor'));
    const coordinador = office.login('coordinador');
    ok(office.call(coordinador, 'pqr.pause', { filingNumber: request.filingNumber, reason: 'Se espera el recibo del usuario' }));
    const events = office.count('pqr_events');
    const twice = failure(
      office.call(coordinador, 'pqr.pause', { filingNumber: request.filingNumber, reason: 'Otra vez en espera del usuario' }),
    );
    expect(twice.code).toBe('RULE');
    expect(twice.message).toMatch(/en espera del usuario: no puede pasar a en espera del usuario/);
    expect(office.count('pqr_events')).toBe(events);
    expect(office.count('pqr_pauses')).toBe(1);
  });
});
