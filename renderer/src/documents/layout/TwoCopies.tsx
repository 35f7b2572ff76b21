import type { ReactNode } from 'react';
import { COPY_LABELS } from '../codes';
import type { SheetProps } from './DocumentSheet';
import { LabelledCopies } from './LabelledCopies';
import type { Signer } from './SignatureBlock';

interface Props extends SheetProps {
  /** Signs the ORIGINAL — USUARIO, which the user takes. */
  asesor: Signer;
  /** Signs the COPIA — SOPORTE, which the office keeps. */
  user: Signer;
  /** Both sign both copies: a contract such as a payment agreement binds both parties. */
  bothSign?: boolean;
  children: ReactNode;
}

/** Every document prints as two labelled pages of one job (SPEC §6). */
export function TwoCopies({ asesor, user, bothSign = false, children, ...sheet }: Props) {
  const copies = [
    { label: COPY_LABELS.original, signers: bothSign ? [user, asesor] : [asesor] },
    { label: COPY_LABELS.support, signers: bothSign ? [user, asesor] : [user] },
  ];
  return (
    <LabelledCopies {...sheet} copies={copies}>
      {children}
    </LabelledCopies>
  );
}
