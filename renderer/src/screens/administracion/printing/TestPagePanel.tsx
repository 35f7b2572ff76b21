import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { call, type Output } from '../../../api';
import { Panel } from '../../../components/Panel';
import { PrintButton, TestPageDocument } from '../../../documents';
import { testPageNumber } from './test-page-number';

interface Props {
  /** The configuration as saved: the print service prints with that one, not with the form. */
  config: Output<'printing.config'>;
  /** The form has changes not saved yet. */
  dirty: boolean;
  active: boolean;
  activation: number;
}

/** A page with the company header, this workstation and its settings, to check the printer. */
export function TestPagePanel({ config, dirty, active, activation }: Props) {
  const [company, setCompany] = useState<Output<'company.get'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const number = testPageNumber(config.workstation);

  // Read each time the screen is shown: the company may have been edited meanwhile.
  useEffect(() => {
    if (!active) return;
    let current = true;
    void call('company.get', {}).then((result) => {
      if (!current) return;
      if (result.ok) setCompany(result.data);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [active, activation]);

  return (
    <Panel title="Página de prueba">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Imprime en la impresora de documentos una página con el encabezado de la empresa, el nombre del equipo y la configuración
        guardada. Su PDF queda en el archivo como cualquier documento.
      </Typography>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {!error && !company && <LinearProgress aria-label="Cargando datos de la empresa" />}
      {company && (
        <>
          {dirty && (
            <Alert severity="info" sx={{ mb: 1 }}>
              Guarde los cambios antes de imprimir la página de prueba.
            </Alert>
          )}
          <PrintButton
            type="PRUEBA"
            number={number}
            label="IMPRIMIR PÁGINA DE PRUEBA"
            disabled={dirty}
            render={(reprint) => (
              <TestPageDocument
                company={company}
                config={config}
                workstation={config.workstation}
                number={number}
                reprint={reprint}
              />
            )}
          />
        </>
      )}
    </Panel>
  );
}
