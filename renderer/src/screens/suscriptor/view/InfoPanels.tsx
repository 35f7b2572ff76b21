import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { memo } from 'react';
import { DOCUMENT_LABELS } from '../../../../../electron/core/parties/documents';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { formatDate } from '../../../format/format';
import { LAND_USE_LABELS } from '../../../format/labels';
import type { SubscriberView } from './types';

function Service({ label, on }: { label: string; on: boolean }) {
  return (
    <Chip
      label={label}
      icon={on ? <CheckIcon /> : <CloseIcon />}
      color={on ? 'primary' : 'default'}
      variant={on ? 'filled' : 'outlined'}
      aria-label={`${label}: ${on ? 'sí' : 'no'}`}
      sx={on ? undefined : { color: 'text.disabled' }}
    />
  );
}

/** Predio, titular, services and meter side by side. */
export const InfoPanels = memo(function InfoPanels({ view }: { view: SubscriberView }) {
  const { owner, meter } = view;
  const consent = owner.emailConsent
    ? `Autorizada${owner.emailConsentDate ? ` el ${formatDate(owner.emailConsentDate)}` : ''}`
    : 'No autorizada';
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1.25fr 1fr', gap: 1.5 }}>
      <Panel title="Predio">
        <DataList
          items={[
            ['Dirección', view.address],
            ['Barrio', view.neighborhood],
            ['Zona', view.zoneName],
            ['Ruta', view.routeCode],
            ['Uso', LAND_USE_LABELS[view.landUse]],
            ['Estrato', view.stratum ?? 'No aplica'],
          ]}
        />
      </Panel>
      <Panel title="Titular">
        <DataList
          items={[
            ['Nombre', owner.fullName],
            ['Documento', `${DOCUMENT_LABELS[owner.documentType]} ${owner.documentNumber}`],
            ['Celular', owner.mobile],
            ['Correo', owner.email],
            ['Dirección', owner.address],
            ['Notificación por correo', consent],
          ]}
        />
      </Panel>
      <Panel title="Servicios y medidor">
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mb: 1.25 }}>
          <Service label="Acueducto" on={view.services.aqueduct} />
          <Service label="Alcantarillado" on={view.services.sewer} />
          <Service label="Aseo" on={view.services.waste} />
        </Box>
        <DataList
          items={
            meter.hasMeter
              ? [
                  ['Medidor', 'Sí'],
                  ['Serial', meter.serial],
                  ['Marca', meter.brand],
                ]
              : [['Medidor', 'No tiene']]
          }
        />
      </Panel>
    </Box>
  );
});
