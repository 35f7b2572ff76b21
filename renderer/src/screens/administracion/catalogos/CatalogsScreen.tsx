import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { CatalogTab } from './CatalogTab';
import { CATALOGS } from './catalogs';

/**
 * ADMINISTRACIÓN → Catálogos: zonas, rutas, medios, servicios, tipos de trámite, causales,
 * personal de terreno and requisitos, one tab each, all drawn from their descriptors.
 */
export function CatalogsScreen({ active, activation }: ScreenProps) {
  const [tab, setTab] = useState(0);
  const [chosen, setChosen] = useState(0);
  const descriptor = CATALOGS[tab] ?? CATALOGS[0]!;
  return (
    <Panel title="Catálogos">
      <Tabs
        value={tab}
        onChange={(_, next: number) => {
          setTab(next);
          setChosen((n) => n + 1);
        }}
        variant="scrollable"
        aria-label="Catálogos"
        sx={{ mb: 1.5, borderBottom: 1, borderColor: 'divider' }}
      >
        {CATALOGS.map((c) => (
          <Tab key={c.prefix} label={c.title} id={`catalog-tab-${c.prefix}`} aria-controls={`catalog-panel-${c.prefix}`} />
        ))}
      </Tabs>
      <div role="tabpanel" id={`catalog-panel-${descriptor.prefix}`} aria-labelledby={`catalog-tab-${descriptor.prefix}`}>
        <CatalogTab key={descriptor.prefix} descriptor={descriptor} active={active} activation={activation + chosen} />
      </div>
    </Panel>
  );
}
