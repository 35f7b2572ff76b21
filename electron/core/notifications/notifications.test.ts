import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { PENDING_NOTIFICATIONS } from './notifications.queries';
import { fileVisit, respond, visitWithReport } from '../responses/responses.fixtures';

/** TEST_TODAY is Monday 2026-11-23. A later day means a new login: the idle lock would close the old one. */
function at(office: TestOffice, day: string): string {
  office.clock.set(`${day}T15:00:00.000Z`);
  return office.login('documental');
}

/** Seed 002 up to step 17: the visit, its report and the printed response letter. */
function responded(office: TestOffice) {
  const request = visitWithReport(office);
  const letter = respond(office, request.filingNumber);
  return { request, letter, filingNumber: request.filingNumber, documental: office.login('documental') };
}

const statusOf = (office: TestOffice, filingNumber: string) =>
  office.sqlite.prepare('SELECT status, closed_at AS closedAt FROM pqr_requests WHERE filing_number = ?').get(filingNumber) as {
    status: string;
    closedAt: string | null;
  };

describe('Notificaciones (seed 002 steps 18–19)', () => {
  it('a personal notification with the receiver’s name and cédula closes the trámite, with date and who', () => {
    const office = testOffice();
    const { filingNumber, letter, documental } = responded(office);
    const missing = failure(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'PERSONAL', result: 'NOTIFICADO' }),
    );
    expect(missing.issues?.map((i) => i.field)).toEqual(['receiverName', 'receiverDocument']);
    const noted = ok(
      office.call(documental, 'notifications.record', {
        filingNumber,
        kind: 'PERSONAL',
        result: 'NOTIFICADO',
        receiverName: 'Marleny Cuéllar',
        receiverDocument: '40761234',
      }),
    );
    expect(noted).toMatchObject({
      kind: 'PERSONAL',
      result: 'NOTIFICADO',
      letterNumber: letter.number,
      receiverName: 'Marleny Cuéllar',
      receiverDocument: '40761234',
      resultOn: '2026-11-23',
      recordedAt: '2026-11-23T14:00:00.000Z',
      recordedBy: { fullName: 'Nubia Cuéllar Trujillo', documentNumber: '40765432' },
    });
    expect(statusOf(office, filingNumber)).toEqual({ status: 'CERRADO', closedAt: '2026-11-23T14:00:00.000Z' });
    const events = ok(office.call(documental, 'pqr.get', { filingNumber })).events;
    expect(events.at(-1)).toMatchObject({ fromStatus: 'RESPONDIDO', toStatus: 'CERRADO', user: 'Nubia Cuéllar Trujillo' });
    expect(events.at(-1)!.note).toContain(`Notificado: personalmente (oficio ${letter.number})`);
    const again = failure(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'CORREO_CERTIFICADO', guideNumber: 'RA123456789CO' }),
    );
    expect(again.message).toBe(`El trámite ${filingNumber} ya está notificado y cerrado.`);
  });

  it('refuses to notify a trámite with no response letter yet', () => {
    const office = testOffice();
    const request = fileVisit(office, office.login('asesor'));
    const error = failure(
      office.call(office.login('asesor'), 'notifications.record', {
        filingNumber: request.filingNumber,
        kind: 'PERSONAL',
        result: 'FALLIDO',
        note: 'No hay nadie',
      }),
    );
    expect(error.message).toMatch(/aún no tiene oficio de respuesta/);
    expect(office.count('notifications')).toBe(0);
  });

  it('refuses e-mail when the tercero has not signed the authorisation; with it, records the address and the sent date', () => {
    const office = testOffice();
    const { filingNumber, request } = responded(office);
    let documental = office.login('documental');
    office.sqlite.prepare("UPDATE parties SET email_consent = 0, email = 'usuario@correo.co' WHERE id = ?").run(request.party.id);
    const refused = failure(office.call(documental, 'notifications.record', { filingNumber, kind: 'ELECTRONICO' }));
    expect(refused).toMatchObject({ code: 'RULE' });
    expect(refused.message).toBe(
      `${request.party.fullName} no tiene firmada la autorización de notificación por correo electrónico (Ley 1437 art. 56): notifique personalmente o por correo certificado 4-72.`,
    );
    expect(office.count('notifications')).toBe(0);

    office.sqlite
      .prepare("UPDATE parties SET email_consent = 1, email_consent_date = '2026-01-15' WHERE id = ?")
      .run(request.party.id);
    const sent = ok(office.call(documental, 'notifications.record', { filingNumber, kind: 'ELECTRONICO' }));
    expect(sent).toMatchObject({ kind: 'ELECTRONICO', result: 'EN_CURSO', email: 'usuario@correo.co', sentOn: '2026-11-23' });
    expect(statusOf(office, filingNumber).status).toBe('RESPONDIDO');
    documental = at(office, '2026-11-24');
    const read = ok(office.call(documental, 'notifications.update', { id: sent.id, outcome: 'DELIVERED' }));
    expect(read).toMatchObject({ result: 'NOTIFICADO', resultOn: '2026-11-24', resultRecordedBy: 'Nubia Cuéllar Trujillo' });
    expect(statusOf(office, filingNumber).status).toBe('CERRADO');
  });

  it('certified mail 4-72 needs its guide number; returned leaves the trámite open, delivered closes it', () => {
    const office = testOffice();
    const { filingNumber } = responded(office);
    let documental = office.login('documental');
    const noGuide = failure(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'CORREO_CERTIFICADO', guideNumber: '' }),
    );
    expect(noGuide.issues?.[0]?.field).toBe('guideNumber');
    const sent = ok(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'CORREO_CERTIFICADO', guideNumber: 'ra123456789co' }),
    );
    expect(sent).toMatchObject({ result: 'EN_CURSO', guideNumber: 'RA123456789CO', sentOn: '2026-11-23' });
    const future = failure(
      office.call(documental, 'notifications.update', { id: sent.id, outcome: 'RETURNED', resultOn: '2026-11-30' }),
    );
    expect(future.issues?.[0]).toEqual({ field: 'resultOn', message: 'Fecha del resultado: no puede ser una fecha futura' });
    documental = at(office, '2026-11-27');
    const returned = ok(
      office.call(documental, 'notifications.update', { id: sent.id, outcome: 'RETURNED', note: 'Dirección no existe' }),
    );
    expect(returned).toMatchObject({ result: 'FALLIDO', resultOn: '2026-11-27', note: 'Dirección no existe' });
    expect(statusOf(office, filingNumber).status).toBe('RESPONDIDO');
    expect(failure(office.call(documental, 'notifications.update', { id: sent.id, outcome: 'DELIVERED' })).message).toBe(
      'Esta notificación ya quedó fallida.',
    );
    const retry = ok(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'CORREO_CERTIFICADO', guideNumber: 'RA987654321CO' }),
    );
    ok(office.call(documental, 'notifications.update', { id: retry.id, outcome: 'DELIVERED' }));
    expect(statusOf(office, filingNumber).status).toBe('CERRADO');
    expect(ok(office.call(documental, 'notifications.of', { filingNumber })).map((n) => [n.guideNumber, n.result])).toEqual([
      ['RA123456789CO', 'FALLIDO'],
      ['RA987654321CO', 'NOTIFICADO'],
    ]);
  });

  it('posts an edicto only after a failed personal notification', () => {
    const office = testOffice();
    const { filingNumber, documental } = responded(office);
    const early = failure(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' }));
    expect(early.message).toMatch(
      /^El edicto procede solo cuando la notificación personal del oficio OFI-2026-000001 no se logró/,
    );
    const mail = ok(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'CORREO_CERTIFICADO', guideNumber: 'RA111222333CO' }),
    );
    ok(office.call(documental, 'notifications.update', { id: mail.id, outcome: 'RETURNED' }));
    expect(failure(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' })).code).toBe('RULE');
    const noReason = failure(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'PERSONAL', result: 'FALLIDO' }),
    );
    expect(noReason.issues?.[0]).toEqual({ field: 'note', message: 'Observación: diga por qué no se pudo notificar' });
    ok(
      office.call(documental, 'notifications.record', {
        filingNumber,
        kind: 'PERSONAL',
        result: 'FALLIDO',
        note: 'Predio cerrado en dos visitas; vecinos no dan razón',
      }),
    );
    const edict = ok(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' }));
    expect(edict).toMatchObject({ kind: 'EDICTO', number: 'EDI-2026-000001', result: 'EN_CURSO', postedOn: '2026-11-23' });
    expect(failure(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' })).message).toBe(
      'El oficio OFI-2026-000001 ya tiene un edicto fijado.',
    );
  });

  it('computes the removal date 10 business days after posting, skipping a holiday; removal before it is refused; then CERRADO', () => {
    const office = testOffice();
    // A municipal holiday added in ADMINISTRACIÓN → Calendario, besides Dec 8 of the holiday library.
    ok(office.call(office.login('admin'), 'calendar.addHoliday', { date: '2026-12-02', name: 'Festivo municipal' }));
    const { filingNumber } = responded(office);
    let documental = office.login('documental');
    ok(
      office.call(documental, 'notifications.record', {
        filingNumber,
        kind: 'PERSONAL',
        result: 'FALLIDO',
        note: 'Nadie atiende',
      }),
    );
    documental = at(office, '2026-11-30');
    const saturday = failure(
      office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO', postedOn: '2026-11-28' }),
    );
    expect(saturday.issues?.[0]).toEqual({ field: 'postedOn', message: 'Fecha de fijación: el 28/11/2026 no es día hábil' });
    // Dec 1, (2), 3, 4, 7, (8), 9, 10, 11, 14, 15, 16: the tenth business day is Wednesday Dec 16.
    const edict = ok(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' }));
    expect(edict).toMatchObject({ postedOn: '2026-11-30', removalOn: '2026-12-16' });
    const printed = ok(office.call(documental, 'notifications.edict', { number: edict.number! }));
    expect(printed).toMatchObject({
      businessDays: 10,
      letter: { number: 'OFI-2026-000001' },
      edict: { number: 'EDI-2026-000001' },
    });

    documental = at(office, '2026-12-15');
    const early = failure(office.call(documental, 'notifications.removeEdict', { number: edict.number! }));
    expect(early.message).toBe('El edicto EDI-2026-000001 se desfija el 16/12/2026: falta 1 día hábil.');
    expect(statusOf(office, filingNumber).status).toBe('RESPONDIDO');

    documental = at(office, '2026-12-17');
    const before = failure(
      office.call(documental, 'notifications.removeEdict', { number: edict.number!, removedOn: '2026-12-15' }),
    );
    expect(before.issues?.[0]?.field).toBe('removedOn');
    const removed = ok(office.call(documental, 'notifications.removeEdict', { number: edict.number!, removedOn: '2026-12-16' }));
    expect(removed).toMatchObject({ result: 'NOTIFICADO', resultOn: '2026-12-16', resultRecordedBy: 'Nubia Cuéllar Trujillo' });
    expect(statusOf(office, filingNumber)).toEqual({ status: 'CERRADO', closedAt: '2026-12-17T15:00:00.000Z' });
    expect(failure(office.call(documental, 'notifications.removeEdict', { number: edict.number! })).message).toBe(
      'El edicto EDI-2026-000001 ya fue desfijado.',
    );
  });

  it('lists the trámites waiting for notification with their latest attempt; other roles cannot record', () => {
    const office = testOffice();
    const { filingNumber, documental, letter } = responded(office);
    expect(ok(office.call(documental, 'notifications.pending', {}))).toEqual([
      expect.objectContaining({ filingNumber, letterNumber: letter.number, subscriberCode: '100010', lastAttempt: null }),
    ]);
    ok(
      office.call(documental, 'notifications.record', {
        filingNumber,
        kind: 'PERSONAL',
        result: 'FALLIDO',
        note: 'Nadie atiende',
      }),
    );
    expect(ok(office.call(documental, 'notifications.pending', {}))[0]!.lastAttempt).toEqual({
      kind: 'PERSONAL',
      result: 'FALLIDO',
    });
    const cajero = office.login('cajero');
    expect(failure(office.call(cajero, 'notifications.record', { filingNumber, kind: 'EDICTO' })).code).toBe('FORBIDDEN');
  });
});

describe('the pending notifications list on a large office', () => {
  it('finds each letter’s last attempt through an index, never by reading every notification (6 s on 100,000 trámites without it)', () => {
    const office = testOffice();
    const plan = office.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${PENDING_NOTIFICATIONS}`)
      .all(200)
      .map((row) => (row as { detail: string }).detail);
    expect(plan.some((d) => /notifications.*USING COVERING INDEX notifications_letter/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN notifications\b/.test(d))).toEqual([]);
  });
});
