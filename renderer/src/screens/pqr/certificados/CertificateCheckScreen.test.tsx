import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../../api';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { CertificateCheckScreen } from './CertificateCheckScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const ASESOR = fakeSession({ info: { ...SESSION, modules: ['PQR'] } });

const VIGENTE: Output<'noDebtCertificates.check'> = {
  number: 'CND-2026-000001',
  status: 'VIGENTE',
  issuedOn: '2026-11-23',
  validUntil: '2026-12-23',
  subscriberCode: '100010',
  ownerName: 'Usuario 10',
  message: 'El certificado CND-2026-000001 es auténtico y está VIGENTE hasta el 23/12/2026: cuenta 100010.',
};
const VENCIDO: Output<'noDebtCertificates.check'> = {
  ...VIGENTE,
  status: 'VENCIDO',
  message: 'El certificado CND-2026-000001 está VENCIDO: fue válido hasta el 23/12/2026.',
};

function answer(result: Result<Output<'noDebtCertificates.check'>>) {
  mockedCall.mockImplementation(async (name) =>
    name === 'noDebtCertificates.check' ? (result as Result<Output<typeof name>>) : fail({ code: 'INTERNAL', message: name }),
  );
}

async function consult(text: string) {
  renderInSession(<CertificateCheckScreen active activation={1} />, ASESOR);
  const field = screen.getByLabelText('Número del certificado');
  await userEvent.type(field, `${text}{Enter}`);
  return field;
}

describe('PQR → Consultar certificado', () => {
  beforeEach(() => mockedCall.mockReset());

  it('says a valid certificate is VIGENTE and until when', async () => {
    answer(ok(VIGENTE));
    await consult('cnd-2026-000001');
    expect((await screen.findByRole('status', { name: 'Certificado vigente' })).textContent).toContain(
      'VIGENTE hasta el 23/12/2026',
    );
    expect(mockedCall).toHaveBeenCalledWith('noDebtCertificates.check', { number: 'cnd-2026-000001' });
  });

  it('says an expired one at the field, not as valid', async () => {
    answer(ok(VENCIDO));
    const field = await consult('CND-2026-000001');
    expect(await screen.findByText(/está VENCIDO: fue válido hasta el 23\/12\/2026/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('status', { name: 'Certificado vigente' })).toBeNull();
  });

  it('says a number that does not exist at the field, and a malformed one before asking', async () => {
    const message = 'No existe el certificado de no adeudo CND-2026-000999: revise el número.';
    answer(fail({ code: 'NOT_FOUND', message, issues: [{ field: 'number', message }] }));
    const field = await consult('CND-2026-000999');
    expect(await screen.findByText(message)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(field);
    await userEvent.type(field, '12345{Enter}');
    expect(await screen.findByText('Número del certificado: con el formato CND-2026-000123')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledTimes(1);
  });
});
