import { code128, drawingSVG } from 'bwip-js/browser';

/**
 * Code 128 of a document number as an SVG string (bars only, sized by CSS), or null when the
 * value cannot be encoded (Code 128 is ASCII only).
 */
export function barcodeSvg(value: string): string | null {
  if (!value || !/^[\x20-\x7e]+$/.test(value)) return null;
  try {
    return code128({ bcid: 'code128', text: value, scale: 1, height: 8 }, drawingSVG());
  } catch {
    return null;
  }
}

/** A scannable number: CAJA's keyboard-wedge scanner reads it back into the number field. */
export function Barcode({ value }: { value: string }) {
  const svg = barcodeSvg(value);
  return (
    <div className="doc-barcode">
      {svg && (
        // The SVG is built here from the number, never from user HTML.
        <span
          className="doc-barcode-bars"
          role="img"
          aria-label={`Código de barras ${value}`}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      <span className="doc-barcode-text">{value}</span>
    </div>
  );
}
