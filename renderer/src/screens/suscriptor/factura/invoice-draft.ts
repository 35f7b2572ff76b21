import type { PaymentForm } from '../../../../../db/schema/enums';
import type { InvoiceInput } from '../../../../../electron/core/contract/invoices.contract';
import type { Output } from '../../../api';
import type { FieldErrors } from '../../../components/form-errors';
import type { PartyRow } from '../../../components/party/party-draft';
import { emptyTerms, TERM_FIELDS, termsOf, type TermsDraft } from '../agreement/terms-draft';

export type ProductRow = Output<'products.list'>[number];
import type { SubscriberView } from '../../../api/subscribers';
export type { SubscriberView };
export type InvoiceView = Output<'invoices.get'>;

export interface DraftLine {
  product: ProductRow;
  quantity: number;
}

/** The FACTURA form as the asesor fills it, top to bottom. */
export interface InvoiceDraft {
  paymentForm: PaymentForm;
  /** The código as typed; `subscriber` is what Enter opened. */
  code: string;
  subscriber: SubscriberView | null;
  party: PartyRow | null;
  /** The party is the titular chosen by default, replaced when another subscriber is opened. */
  partyIsDefault: boolean;
  lines: DraftLine[];
  /** null while it follows the prefill; the asesor's own text once edited. */
  observation: string | null;
  terms: TermsDraft;
}

export function emptyInvoice(today: string): InvoiceDraft {
  return {
    paymentForm: 'CONTADO',
    code: '',
    subscriber: null,
    party: null,
    partyIsDefault: false,
    lines: [],
    observation: null,
    terms: emptyTerms(today),
  };
}

/** What the screen shows as it is typed; the core prices the lines again when it saves. */
export const invoiceTotal = (lines: readonly DraftLine[]): number =>
  lines.reduce((total, l) => total + (l.product.price ?? 0) * l.quantity, 0);

const OBSERVATION_MAX = 500;

/** Seed 001 step 13: "se digita el código, ruta, concepto de la factura". */
export function observationPrefill(subscriber: SubscriberView | null, lines: readonly DraftLine[]): string {
  if (!subscriber) return '';
  const concept = lines.map((l) => l.product.name).join(', ');
  const text = [`Código ${subscriber.code}`, `Ruta ${subscriber.routeCode}`, ...(concept ? [concept] : [])].join(' · ');
  return text.length > OBSERVATION_MAX ? `${text.slice(0, OBSERVATION_MAX - 1)}…` : text;
}

export const observationOf = (draft: InvoiceDraft): string =>
  draft.observation ?? observationPrefill(draft.subscriber, draft.lines);

export function inputOf(draft: InvoiceDraft, requestKey: string): InvoiceInput {
  return {
    requestKey,
    paymentForm: draft.paymentForm,
    subscriberCode: draft.code.trim(),
    partyId: draft.party?.id,
    lines: draft.lines.map((l) => ({ productId: l.product.id, quantity: l.quantity })),
    observation: observationOf(draft),
    agreement: draft.paymentForm === 'CREDITO' ? termsOf(draft.terms) : undefined,
  };
}

/** The fields with a place on screen for their message. */
export const INVOICE_FIELDS = [
  'paymentForm',
  'subscriberCode',
  'partyId',
  'lines',
  'observation',
  'agreement',
  ...TERM_FIELDS,
] as const;

/**
 * Where a message goes: a line's problem under the product table, the agreement's terms
 * next to their fields (the schema says "agreement.installments", the core "installments").
 */
export function placeErrors(errors: FieldErrors): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.startsWith('lines.') ? 'lines' : path.replace(/^agreement\./, '');
    placed[field] ??= message;
  }
  return placed;
}

/** The código must be the one opened with Enter: that is the subscriber the asesor saw. */
export function codeNotOpened(draft: InvoiceDraft): string | null {
  return draft.subscriber?.code === draft.code.trim() ? null : 'Código del suscriptor: presione Enter para abrir el suscriptor';
}
