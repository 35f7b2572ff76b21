import type { Output } from '../../../../electron/core/contract';
import { PAPER_SIZE_LABELS } from '../../format/labels';
import { Barcode } from '../layout/Barcode';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { TwoCopies } from '../layout/TwoCopies';

interface Props {
  company: Company;
  /** This workstation's saved printers and paper: what the print service prints with. */
  config: Output<'printing.config'>;
  reprint: number;
  /** When the page was printed (ISO instant, the core's clock). */
  printedAt: string;
  /** The workstation's test page number; also the sample barcode. */
  number: string;
}

const DEFAULT_PRINTER = 'Predeterminada del sistema';
const RULER_MM = 100;

/** Checks a workstation's printer: header, settings, a 10 cm ruler and a barcode to scan. */
export function TestPageDocument({ company, config, reprint, printedAt, number }: Props) {
  return (
    <TwoCopies
      company={company}
      type="PRUEBA"
      number={number}
      date={printedAt}
      reprint={reprint}
      asesor={{ name: '', document: '', role: 'Revisó (administración)' }}
      user={{ name: '', document: '', role: 'Revisó (soporte técnico)' }}
    >
      <Section title="Equipo y configuración">
        <Fields>
          <Field label="Equipo" span={2}>
            {config.workstation}
          </Field>
          <Field label="Papel" span={2}>
            {PAPER_SIZE_LABELS[config.paper]}
          </Field>
          <Field label="Impresora de documentos" span={2}>
            {config.documentPrinter || DEFAULT_PRINTER}
          </Field>
          <Field label="Impresora de recibos" span={2}>
            {config.receiptPrinter || DEFAULT_PRINTER}
          </Field>
        </Fields>
      </Section>
      <Section title="Escala">
        <p>La regla mide 10 cm impresa al 100 %. Si mide otra cosa, la impresora está escalando la página.</p>
        <div className="doc-ruler" aria-label="Regla de 10 cm">
          {Array.from({ length: RULER_MM }, (_, i) => (
            <span key={i} />
          ))}
        </div>
      </Section>
      <Section title="Código de barras">
        <p>Léalo con el lector de la caja: debe escribir {number}.</p>
        <Barcode value={number} />
      </Section>
      <Section title="Texto y tablas">
        <p>
          ÁÉÍÓÚ Ñ áéíóú ñ ü · 0123456789 · $ 1.234.567 · Las líneas de la tabla de abajo deben verse completas y del mismo grosor.
        </p>
        <table className="doc-table">
          <thead>
            <tr>
              <th>Columna</th>
              <th className="doc-money">Valor</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Fila de prueba</td>
              <td className="doc-money">$ 100.000</td>
            </tr>
          </tbody>
        </table>
      </Section>
    </TwoCopies>
  );
}
