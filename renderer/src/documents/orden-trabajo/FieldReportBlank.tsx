import { Section } from '../layout/blocks';

const BLANK = '\u00a0';

/** Ruled rows to write on by hand: one column, `rows` lines. */
function WritingLines({ label, rows }: { label: string; rows: number }) {
  return (
    <table className="doc-table" aria-label={label}>
      <thead>
        <tr>
          <th>{label}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <td>{BLANK}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The *informe de la actividad en terreno* left blank on the order (seed 001 step 34): the field
 * worker fills it in at the premises and the supervisor or coordinator types it in afterwards.
 */
export function FieldReportBlank() {
  return (
    <Section title="Informe de la actividad en terreno (lo diligencia el contratista)">
      <table className="doc-table" aria-label="Datos de la visita">
        <thead>
          <tr>
            <th>Fecha de la visita</th>
            <th>Hora de llegada</th>
            <th>Hora de salida</th>
            <th>Lectura del medidor</th>
            <th>¿Se realizó el trabajo?</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{BLANK}</td>
            <td>{BLANK}</td>
            <td>{BLANK}</td>
            <td>{BLANK}</td>
            <td>SÍ ☐ NO ☐</td>
          </tr>
        </tbody>
      </table>
      <WritingLines label="Hallazgos (si el trabajo no se realizó, el motivo)" rows={3} />
      <WritingLines label="Acciones realizadas" rows={3} />
      <table className="doc-table" aria-label="Materiales utilizados">
        <thead>
          <tr>
            <th>Código</th>
            <th>Material utilizado</th>
            <th>Cantidad</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 3 }, (_, i) => (
            <tr key={i}>
              <td>{BLANK}</td>
              <td>{BLANK}</td>
              <td>{BLANK}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
