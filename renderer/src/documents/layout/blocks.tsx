import type { ReactNode } from 'react';

/** A titled box of the body. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="doc-section">
      <h2 className="doc-section-title">{title}</h2>
      <div className="doc-section-body">{children}</div>
    </section>
  );
}

/** Labelled values in a ruled grid, four columns wide; `span` widens a value. */
export function Fields({ children }: { children: ReactNode }) {
  return <dl className="doc-fields">{children}</dl>;
}

export function Field({ label, children, span = 1 }: { label: string; children: ReactNode; span?: 1 | 2 | 3 | 4 }) {
  return (
    <div className={`doc-field doc-span-${span}`}>
      <dt>{label}</dt>
      <dd>{children === '' ? '—' : children}</dd>
    </div>
  );
}
