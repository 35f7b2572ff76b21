import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { reconnectionFactura } from '../cash/cash.fixtures';
import { causeId, filePqr, fileReconnection, paidReconnection, pqrForm } from './pqr.fixtures';

/** TEST_TODAY is Monday 2026-11-23; Tuesday 2026-12-08 is a holiday in Colombia. */
const at = (office: TestOffice, day: string) => office.clock.set(`${day}T15:00:00.000Z`);

describe('PQR → TRÁMITE: radicación', () => {
  it('gives the radicado and the due date: 15 business days from the next business day, skipping Dec 8', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const request = filePqr(office, asesor);
    expect(request).toMatchObject({
      filingNumber: 'RAD-2026-000001',
      status: 'RADICADO',
      filedOn: '2026-11-23',
      zone: 'FLORENCIA',
      channel: 'PERSONAL',
      requestType: 'PETICIÓN',
      cause: { name: 'ALTO CONSUMO', suiGroup: 'F' },
      deadline: { termDays: 15, dueOn: '2026-12-15', daysLeft: 15, overdue: false, dueSoon: false, silence: false },
    });
    expect(request.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'RADICADO' })]);
    expect(ok(office.call(asesor, 'pqr.get', { filingNumber: 'rad-2026-000001' })).id).toBe(request.id);
  });

  it('an inspección de medidor is answered within its own 10 business days (seed 004), shown on the trámite', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const request = filePqr(office, asesor, {
      cause: 'INSPECCIÓN DE MEDIDOR',
      appointment: { visitOn: '2026-11-24', timeWindow: '08:00-10:00' },
    });
    // From Tuesday 24 November: ten business days, skipping the weekends, end on Monday 7 December.
    expect(request.deadline).toMatchObject({ termDays: 10, dueOn: '2026-12-07', daysLeft: 10 });
  });

  it('numbers radicados with no gap when a GUARDAR fails, and a repeated GUARDAR returns the first', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const form = pqrForm(office);
    const first = ok(office.call(asesor, 'pqr.create', form));
    expect(ok(office.call(asesor, 'pqr.create', form)).filingNumber).toBe(first.filingNumber);
    const wrongService = { ...pqrForm(office), causeId: causeId(office, 'TAPONAMIENTO ALCANTARILLADO', 'ALCANTARILLADO') };
    const error = failure(office.call(asesor, 'pqr.create', wrongService));
    expect(error.issues?.[0]).toEqual({
      field: 'causeId',
      message: expect.stringMatching(/es del servicio ALCANTARILLADO, no de ACUEDUCTO/),
    });
    expect(filePqr(office, asesor).filingNumber).toBe('RAD-2026-000002');
    expect(office.count('pqr_requests')).toBe(2);
  });

  it('refuses a form without causal, tercero or observación, naming the field, and saves nothing', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { causeId: _c, ...noCause } = pqrForm(office);
    expect(failure(office.call(asesor, 'pqr.create', noCause)).issues?.[0]?.message).toBe('Causal: elija una de la lista');
    const { partyId: _p, ...noParty } = pqrForm(office);
    expect(failure(office.call(asesor, 'pqr.create', noParty)).issues?.[0]?.field).toBe('partyId');
    expect(failure(office.call(asesor, 'pqr.create', { ...pqrForm(office), observation: '  ' })).issues?.[0]?.field).toBe(
      'observation',
    );
    expect(failure(office.call(asesor, 'pqr.create', { ...pqrForm(office), subscriberCode: '999999' })).code).toBe('NOT_FOUND');
    expect(failure(office.call(office.login('cajero'), 'pqr.create', pqrForm(office))).code).toBe('FORBIDDEN');
    expect(office.count('pqr_requests')).toBe(0);
    expect(office.count('pqr_events')).toBe(0);
  });
});

describe('seed 001: the payment gate of RECONEXIÓN DEL SERVICIO', () => {
  it('says what must be paid first: no factura, then a PENDIENTE one; the paper receipt is not trusted', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const form = pqrForm(office, { code: '100004', cause: 'RECONEXIÓN DEL SERVICIO' });
    expect(failure(office.call(asesor, 'pqr.create', form)).message).toMatch(/No hay factura de RECONEXIÓN DEL SERVICIO pagada/);
    const invoice = reconnectionFactura(office, asesor, '100004');
    const gate = ok(office.call(asesor, 'pqr.gate', { subscriberCode: '100004', causeId: form.causeId! }));
    expect(gate).toMatchObject({ required: true, ok: false, invoiceNumber: invoice.number });
    expect(gate.message).toMatch(new RegExp(`${invoice.number} .*PENDIENTE.*CAJA`));
    expect(failure(office.call(asesor, 'pqr.create', form)).issues?.[0]?.field).toBe('causeId');
    expect(office.count('pqr_requests')).toBe(0);
  });

  it('radicates once the factura is PAGADA, records it, and does not let the same factura open a second trámite', () => {
    const office = testOffice();
    const { asesor, invoice, request } = fileReconnection(office);
    expect(request.gate.invoiceNumber).toBe(invoice.number);
    expect(request.events[0]!.note).toMatch(/PAGADA/);
    const again = failure(
      office.call(asesor, 'pqr.create', pqrForm(office, { code: '100004', cause: 'RECONEXIÓN DEL SERVICIO' })),
    );
    expect(again.message).toMatch(new RegExp(`ya se usó en el radicado ${request.filingNumber}`));
  });

  it('a causal with no gate needs no payment', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const gate = ok(office.call(asesor, 'pqr.gate', { subscriberCode: '100004', causeId: causeId(office, 'ALTO CONSUMO') }));
    expect(gate).toMatchObject({ required: false, ok: true });
    paidReconnection(office, '100005');
  });
});

describe('the legal term: pauses, the one extension, bandejas', () => {
  it('a pause moves the due date by the business days it lasted', () => {
    const office = testOffice();
    const request = filePqr(office, office.login('asesor'));
    at(office, '2026-11-25');
    const coordinador = office.login('coordinador');
    const paused = ok(
      office.call(coordinador, 'pqr.pause', {
        filingNumber: request.filingNumber,
        reason: 'Se espera la copia del recibo de agua',
      }),
    );
    expect(paused.status).toBe('EN_ESPERA');
    expect(paused.deadline.paused).toBe(true);
    at(office, '2026-11-30');
    const again = office.login('coordinador');
    const resumed = ok(office.call(again, 'pqr.resume', { filingNumber: request.filingNumber }));
    expect(resumed.status).toBe('RADICADO');
    // Paused Wednesday 25 → resumed Monday 30: Thu 26, Fri 27 and Mon 30 do not count.
    expect(resumed.deadline.dueOn > request.deadline.dueOn).toBe(true);
    expect(failure(office.call(again, 'pqr.resume', { filingNumber: request.filingNumber })).message).toMatch(
      /no está en espera/,
    );
  });

  it('allows one extension before the term expires, never two, never after', () => {
    const office = testOffice();
    const request = filePqr(office, office.login('asesor'));
    const coordinador = office.login('coordinador');
    const extended = ok(
      office.call(coordinador, 'pqr.extend', {
        filingNumber: request.filingNumber,
        days: 5,
        reason: 'Se requiere prueba de laboratorio',
      }),
    );
    expect(extended.deadline.extendedDays).toBe(5);
    expect(extended.deadline.dueOn > request.deadline.dueOn).toBe(true);
    expect(
      failure(
        office.call(coordinador, 'pqr.extend', {
          filingNumber: request.filingNumber,
          days: 2,
          reason: 'Otra prórroga más larga',
        }),
      ).code,
    ).toBe('RULE');
    const late = filePqr(office, office.login('asesor'));
    at(office, '2026-12-16');
    const later = office.login('coordinador');
    expect(
      failure(
        office.call(later, 'pqr.extend', {
          filingNumber: late.filingNumber,
          days: 5,
          reason: 'Se requiere prueba de laboratorio',
        }),
      ).code,
    ).toBe('RULE');
    expect(
      failure(
        office.call(office.login('asesor'), 'pqr.extend', {
          filingNumber: late.filingNumber,
          days: 5,
          reason: 'Se requiere prueba',
        }),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('bandejas: due soon, overdue with silencio administrativo, mine; keyset pages cover every row once', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const codes = ['100010', '100011', '100012', '100013', '100014'];
    for (const code of codes) filePqr(office, asesor, { code });
    at(office, '2026-12-11');
    const coordinador = office.login('coordinador');
    const soon = ok(office.call(coordinador, 'pqr.list', { bandeja: 'POR_VENCER' }));
    expect(soon.rows).toHaveLength(5);
    expect(soon.rows[0]).toMatchObject({ dueOn: '2026-12-15', daysLeft: 2, dueSoon: true, overdue: false });
    at(office, '2026-12-16');
    const later = office.login('coordinador');
    const overdue = ok(office.call(later, 'pqr.list', { bandeja: 'VENCIDOS' }));
    expect(overdue.rows.map((r) => r.subscriberCode).sort()).toEqual(codes);
    expect(overdue.rows[0]).toMatchObject({ overdue: true, daysLeft: -1, silence: true });
    const seen: string[] = [];
    let after: { dueOn: string; id: number } | undefined;
    do {
      const page = ok(office.call(later, 'pqr.list', { bandeja: 'ABIERTOS', limit: 2, ...(after ? { after } : {}) }));
      seen.push(...page.rows.map((r) => r.filingNumber));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const mine = ok(office.call(office.login('asesor'), 'pqr.list', { bandeja: 'MIOS' }));
    expect(mine.rows).toHaveLength(5);
    expect(ok(office.call(office.login('asesor2'), 'pqr.list', { bandeja: 'MIOS' })).rows).toHaveLength(0);
  });
});

describe('records kept indefinitely', () => {
  it('a radicated trámite and its history cannot be deleted, nor its history rewritten', () => {
    const office = testOffice();
    const request = filePqr(office, office.login('asesor'));
    expect(() => office.sqlite.prepare('DELETE FROM pqr_requests WHERE id = ?').run(request.id)).toThrow(/no se borra/);
    expect(() => office.sqlite.prepare(`UPDATE pqr_events SET note = 'x' WHERE request_id = ?`).run(request.id)).toThrow(
      /inmutable/,
    );
    expect(() => office.sqlite.prepare('DELETE FROM pqr_events WHERE request_id = ?').run(request.id)).toThrow(/no se borra/);
  });
});
