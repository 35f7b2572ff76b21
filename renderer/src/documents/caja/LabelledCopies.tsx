import type { ReactNode } from 'react';
import { DocumentSheet, type SheetProps } from '../layout/DocumentSheet';
import { SignatureBlock, type Signer } from '../layout/SignatureBlock';

interface Props extends SheetProps {
  /** One page per copy, in order: its label and who signs it. */
  copies: readonly { label: string; signers: readonly Signer[] }[];
  children: ReactNode;
}

/** Letter pages of a cash-desk document whose copies are not the user's and the support's. */
export function LabelledCopies({ copies, children, ...sheet }: Props) {
  return (
    <div className="doc">
      {copies.map((copy) => (
        <DocumentSheet
          key={copy.label}
          {...sheet}
          copyLabel={copy.label}
          signatures={copy.signers.map((signer) => (
            <SignatureBlock key={signer.role} {...signer} />
          ))}
        >
          {children}
        </DocumentSheet>
      ))}
    </div>
  );
}
