import type { ReactNode } from 'react';
import { DocumentSheet, type SheetProps } from './DocumentSheet';
import { SignatureBlock, type Signer } from './SignatureBlock';

interface Props extends SheetProps {
  /** One page per copy, in order: its label and who signs it. */
  copies: readonly { label: string; signers: readonly Signer[] }[];
  children: ReactNode;
}

/** The pages of one print job: the same body once per copy, each with its label and signatures. */
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
