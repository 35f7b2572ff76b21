import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { PQR_STATUSES, SERVICES } from '../../../../../db/schema/enums';
import { BANDEJAS, type Bandeja } from '../../../../../electron/core/contract/pqr.contract';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { PickTable } from '../../../components/PickTable';
import { BANDEJA_COLUMNS, termColour } from '../../../components/tramite/tramite-columns';
import { CatalogSelect } from '../tramite/CatalogSelect';
import { TramiteDialog } from '../../../components/tramite/TramiteDialog';
import { useBandeja, type BandejaFilters } from './use-bandeja';

const BANDEJA_LABELS: Record<Bandeja, string> = {
  MIOS: 'Míos',
  ABIERTOS: 'Abiertos',
  POR_VENCER: 'Por vencer',
  VENCIDOS: 'Vencidos',
  CERRADOS: 'Cerrados',
};

/**
 * PQR → Bandeja de trámites: mine, open by state, due within 3 business days, overdue (with
 * silencio administrativo flagged), closed; by due date, 50 at a time. Enter or a click opens one.
 */
export function BandejaScreen({ active }: ScreenProps) {
  const [filters, setFilters] = useState<BandejaFilters>({ bandeja: 'MIOS', status: null, service: null });
  const [open, setOpen] = useState<string | null>(null);
  const { rows, error, loading, more } = useBandeja(filters, active);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Panel title="Bandeja de trámites">
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Tabs
            value={filters.bandeja}
            onChange={(_, bandeja: Bandeja) => setFilters((f) => ({ ...f, bandeja }))}
            aria-label="Bandejas"
          >
            {BANDEJAS.map((b) => (
              <Tab key={b} value={b} label={BANDEJA_LABELS[b]} />
            ))}
          </Tabs>
          <Box sx={{ display: 'flex', gap: 1.5, ml: 'auto', minWidth: 420 }}>
            <CatalogSelect
              label="Estado"
              name="status"
              value={filters.status}
              options={PQR_STATUSES.map((s) => ({ value: s, label: PQR_STATUS_LABEL[s] }))}
              onChange={(status) => setFilters((f) => ({ ...f, status }))}
              onNext={() => undefined}
              emptyLabel="Todos"
            />
            <CatalogSelect
              label="Servicio"
              name="service"
              value={filters.service}
              options={SERVICES.map((s) => ({ value: s, label: s }))}
              onChange={(service) => setFilters((f) => ({ ...f, service }))}
              onNext={() => undefined}
              emptyLabel="Todos"
            />
          </Box>
        </Box>
      </Panel>
      {error && <Alert severity="error">{error}</Alert>}
      <Panel
        title={`${BANDEJA_LABELS[filters.bandeja]}: ${rows.length}${more ? '+' : ''} ${rows.length === 1 && !more ? 'trámite' : 'trámites'}`}
        flush
      >
        {loading && <LinearProgress />}
        <PickTable
          label="Trámites de la bandeja"
          rows={rows}
          columns={BANDEJA_COLUMNS}
          keyOf={(r) => r.id}
          onPick={(r) => setOpen(r.filingNumber)}
          rowSx={termColour}
          empty={loading ? 'Leyendo…' : 'No hay trámites en esta bandeja.'}
        />
        {more && (
          <Box sx={{ p: 1 }}>
            <Button onClick={more}>Cargar más</Button>
          </Box>
        )}
      </Panel>
      {open && (
        // What the trámite's actions change, the bandeja reads again by itself.
        <TramiteDialog filingNumber={open} onClose={() => setOpen(null)} />
      )}
    </Box>
  );
}
