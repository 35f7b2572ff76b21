import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { testPageNumber } from '../../../../../electron/core/contract/print.contract';
import type { Output } from '../../../api';
import { Panel } from '../../../components/Panel';
import { PrintButton } from '../../../documents';

interface Props {
  /** The configuration as saved: the print service prints with that one, not with the form. */
  config: Output<'printing.config'>;
  /** The form has changes not saved yet. */
  dirty: boolean;
}

/** A page with the company header, this workstation and its settings, to check the printer. */
export function TestPagePanel({ config, dirty }: Props) {
  return (
    <Panel title="Página de prueba">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Imprime en la impresora de documentos una página con el encabezado de la empresa, el nombre del equipo y la configuración
        guardada. Su PDF queda aparte en el archivo, en la carpeta de pruebas: no es un documento de la oficina.
      </Typography>
      {dirty && (
        <Alert severity="info" sx={{ mb: 1 }}>
          Guarde los cambios antes de imprimir la página de prueba.
        </Alert>
      )}
      <PrintButton type="PRUEBA" number={testPageNumber(config.workstation)} label="IMPRIMIR PÁGINA DE PRUEBA" disabled={dirty} />
    </Panel>
  );
}
