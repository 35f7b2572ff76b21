import type { ReactNode } from 'react';

/**
 * A titled box of the body. It stays on one page unless `breakable` (a long table: it goes on
 * over the next page, its header row repeated).
 */
export function Section({ title, breakable = false, children }: { title: string; breakable?: boolean; children: ReactNode }) {
  return (
    <section className={breakable ? 'doc-section doc-section--breakable' : 'doc-section'}>
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
