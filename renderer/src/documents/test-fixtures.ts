import type { Output } from '../api';
import type { Agreement } from './acuerdo/AgreementDocument';
import type { Invoice } from './factura/FacturaDocument';
import type { Company } from './layout/DocumentSheet';

/** Data shaped like the contract outputs, for document tests and the preview script. */
export const COMPANY: Company = {
  name: 'Servicios Públicos de Florencia S.A. E.S.P.',
  nit: '891190127-3',
  address: 'Carrera 11 # 15-32, Centro',
  phone: '(608) 435 2020',
  city: 'Florencia, Caquetá',
  logo: '',
  currency: 'COP',
  locale: 'es-CO',
};

const PRODUCTS = [
  ['CORTE', 'CORTE DEL SERVICIO', 'CARGO', 38_500],
  ['RECONEXION', 'RECONEXIÓN DEL SERVICIO', 'CARGO', 52_300],
  ['RECUP-ACU', 'RECUPERACIÓN ACUEDUCTO CARTERA', 'CARTERA', 25_000],
  ['CERT-NOADEU', 'CERTIFICADO DE NO ADEUDO', 'CERTIFICADO', 12_900],
  ['FONTANERIA', 'FONTANERÍA (HORA)', 'COMPLEMENTARIO', 31_000],
] as const;

export function invoiceLines(count: number): Invoice['lines'] {
  return Array.from({ length: count }, (_, i) => {
    const [code, name, category, unitPrice] = PRODUCTS[i % PRODUCTS.length]!;
    const quantity = (i % 3) + 1;
    return { lineNo: i + 1, productId: i + 1, code, name, category, quantity, unitPrice, amount: quantity * unitPrice };
  });
}

const schedule = (financed: number, n: number): Agreement['installments'] => {
  const principal = Math.floor(financed / n);
  let balance = financed;
  return Array.from({ length: n }, (_, i) => {
    const p = i === n - 1 ? balance : principal;
    const interest = Math.round(balance * 0.015);
    balance -= p;
    const dueOn = `2027-${String(i + 1).padStart(2, '0')}-15`;
    return {
      n: i + 1,
      dueOn,
      principal: p,
      interest,
      amount: p + interest,
      balanceAfter: balance,
      outstanding: p + interest,
      overdue: false,
    };
  });
};

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  const installments = schedule(200_000, 6);
  return {
    id: 4,
    number: 'ACP-2026-000004',
    origin: 'FACTURA',
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    status: 'VIGENTE',
    subscriberCode: '100234',
    partyId: 7,
    invoiceNumber: 'FAC-2026-000123',
    debt: 279_500,
    downPayment: 79_500,
    financed: 200_000,
    monthlyRateBp: 150,
    totalInterest: installments.reduce((t, i) => t + i.interest, 0),
    createdAt: '2026-11-23T15:04:05.000Z',
    installments,
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}, lineCount = 3): Invoice {
  const lines = invoiceLines(lineCount);
  const total = lines.reduce((t, l) => t + l.amount, 0);
  return {
    id: 123,
    number: 'FAC-2026-000123',
    paymentForm: 'CONTADO',
    status: 'PENDIENTE',
    subscriber: {
      id: 234,
      code: '100234',
      ownerName: 'Esperanza Torres Muñoz',
      ownerDocument: '1092038660',
      address: 'Calle 5 # 21-63',
      neighborhood: 'Centro',
      routeCode: '01-004',
      zoneName: 'FLORENCIA',
      status: 'CORTADO',
    },
    party: {
      id: 7,
      documentType: 'CC',
      documentNumber: '1117512345',
      names: 'Jhon Fredy',
      surnames: 'Perdomo Cuéllar',
      fullName: 'Jhon Fredy Perdomo Cuéllar',
      mobile: '3112223344',
      email: '',
      address: '',
      emailConsent: false,
      emailConsentDate: null,
    },
    lines,
    total,
    outstanding: total,
    observation: 'Código 100234, ruta 01-004, reconexión del servicio después de pagar la deuda.',
    createdAt: '2026-11-23T15:04:05.000Z',
    dueOn: '2026-12-03',
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    voided: null,
    agreement: null,
    ...overrides,
  };
}

export const PRINTING: Output<'printing.config'> = {
  workstation: 'VENTANILLA-01',
  documentPrinter: 'HP LaserJet Pro M404',
  receiptPrinter: '',
  paper: 'CARTA',
};

export const SUBSCRIBER = {
  code: '100234',
  ownerName: 'Esperanza Torres Muñoz',
  address: 'Calle 5 # 21-63',
  neighborhood: 'Centro',
  routeCode: '01-004',
};
