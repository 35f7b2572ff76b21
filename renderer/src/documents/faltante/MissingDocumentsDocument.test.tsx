import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MissingNoticeView } from '../../../../electron/core/contract/pqr.contract';
import { responseLetter } from '../respuesta/response-fixtures';
import { COMPANY } from '../test-fixtures';
import { MISSING_COPY_LABEL, MissingDocumentsDocument } from './MissingDocumentsDocument';

const { subscriber, party } = responseLetter();
const NOTICE: MissingNoticeView = {
  number: 'DF-2026-000003',
  createdAt: '2026-11-24T15:10:00.000Z',
  subscriber,
  party,
  service: 'ACUEDUCTO',
  requestType: 'PETICIÓN',
  cause: 'CAMBIO DE NOMBRE',
  applicantKind: 'TERCERO',
  missing: ['Cédula del titular y del tercero'],
  presented: ['Carta poder'],
  asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
};

describe('MissingDocumentsDocument', () => {
  it('prints one copy for the user: what is missing, what was brought, and that nothing was radicated', () => {
    const { container } = render(<MissingDocumentsDocument notice={NOTICE} company={COMPANY} reprint={0} />);
    expect(container.querySelectorAll('.doc-page')).toHaveLength(1);
    expect(screen.getByRole('region', { name: `DOCUMENTACIÓN FALTANTE DF-2026-000003 — ${MISSING_COPY_LABEL}` })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Documentos que faltan' })).getByText('Cédula del titular y del tercero'),
    ).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Documentos presentados' })).getByText('Carta poder')).toBeTruthy();
    expect(screen.getByText('Tercero con carta poder')).toBeTruthy();
    expect(screen.getByText('no fue radicado')).toBeTruthy();
    expect(screen.getByText('Luz Dary Plaza')).toBeTruthy();
  });

  it('says so when the user brought nothing', () => {
    render(<MissingDocumentsDocument notice={{ ...NOTICE, presented: [] }} company={COMPANY} reprint={0} />);
    expect(screen.getByText('Ninguno.')).toBeTruthy();
  });
});
