import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { refreshedOnActivation } from '../api/queries';
import { BackupBanner } from './BackupBanner';
import { Home } from './Home';
import { type LazyPart, lazyPart } from './lazy-part';
import { MenuBar } from './MenuBar';
import { OfficeLinkBanner } from './OfficeLinkBanner';
import type { Handoff } from './handoff';
import { firstScreen, menuOf, type ScreenId, type ScreenProps } from './menu';
import { useSessionInfo } from './session-context';
import { StatusBar } from './StatusBar';

type Screen = LazyPart<ScreenProps>;

// A screen's code is loaded by menu area, after the login and the shell: the shell asks for its
// areas once it has painted, so a menu click finds the code there and paints the screen at once
// (a screen that must wait shows a progress bar).
const area = lazyPart;
const suscriptor = area(() => import('../screens/suscriptor'));
const recaudo = area(() => import('../screens/recaudo'));
const pqr = area(() => import('../screens/pqr'));
const caja = area(() => import('../screens/caja'));
const reportes = area(() => import('../screens/reportes'));
const administracion = area(() => import('../screens/administracion'));

const SCREENS: Record<ScreenId, Screen> = {
  subscriber: suscriptor((m) => m.SubscriberScreen),
  parties: suscriptor((m) => m.PartiesScreen),
  invoice: suscriptor((m) => m.InvoiceScreen),
  padron: suscriptor((m) => m.PadronScreen),
  adminPadron: suscriptor((m) => m.PadronScreen),
  fieldMaterials: pqr((m) => m.MaterialsScreen),
  recaudo: recaudo((m) => m.RecaudoScreen),
  users: administracion((m) => m.UsersScreen),
  products: administracion((m) => m.ProductsScreen),
  company: administracion((m) => m.CompanyScreen),
  printing: administracion((m) => m.PrintingScreen),
  calendar: administracion((m) => m.CalendarScreen),
  catalogs: administracion((m) => m.CatalogsScreen),
  audit: administracion((m) => m.AuditScreen),
  imports: administracion((m) => m.ImportScreen),
  backups: administracion((m) => m.BackupsScreen),
  puestos: administracion((m) => m.PuestosScreen),
  responseTemplates: pqr((m) => m.TemplatesScreen),
  cashPayment: caja((m) => m.PaymentScreen),
  cashClose: caja((m) => m.CloseScreen),
  dailyReport: reportes((m) => m.DailyReportScreen),
  dashboard: reportes((m) => m.DashboardScreen),
  sui: reportes((m) => m.SuiScreen),
  exports: reportes((m) => m.ExportScreen),
  fieldWork: pqr((m) => m.FieldWorkScreen),
  pqrResponses: pqr((m) => m.ResponsesScreen),
  pqrNotifications: pqr((m) => m.NotificationsScreen),
  pqrTemplates: pqr((m) => m.TemplatesScreen),
  pqrTramite: pqr((m) => m.TramiteScreen),
  pqrBandeja: pqr((m) => m.BandejaScreen),
  pqrAgenda: pqr((m) => m.AgendaScreen),
  noDebtCheck: pqr((m) => m.CertificateCheckScreen),
};

/**
 * Menu bar, the open screen and the status bar. Screens once opened stay mounted (hidden),
 * so going to Terceros and back keeps the subscriber that was on screen.
 */
export function Shell() {
  const info = useSessionInfo();
  const menu = useMemo(() => menuOf(info.modules, info.user.role), [info.modules, info.user.role]);
  const queries = useQueryClient();
  const [active, setActive] = useState<ScreenId | null>(() => firstScreen(menu));
  const [opened, setOpened] = useState<ScreenId[]>(() => (active ? [active] : []));
  const [activation, setActivation] = useState(0);
  const [handoff, setHandoff] = useState<{ screen: ScreenId; value: Handoff } | null>(null);

  // Once the shell is on screen, the code of this user's menus is fetched in the background.
  useEffect(() => {
    const timer = setTimeout(() => menu.forEach((m) => m.entries.forEach((e) => void SCREENS[e.screen].preload())), 0);
    return () => clearTimeout(timer);
  }, [menu]);

  const open = (screen: ScreenId, value?: Handoff) => {
    setHandoff(value ? { screen, value } : null);
    // Another puesto may have changed what the open screens show: they read it again.
    void queries.invalidateQueries({ predicate: (q) => refreshedOnActivation(String(q.queryKey[0])) });
    setActive(screen);
    setActivation((n) => n + 1);
    setOpened((list) => (list.includes(screen) ? list : [...list, screen]));
  };

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <OfficeLinkBanner />
      <MenuBar menu={menu} active={active} onOpen={open} />
      <BackupBanner />
      <Box component="main" sx={{ flex: 1, overflow: 'auto', p: 1.5 }}>
        {active === null && <Home modules={menu.map((m) => m.module)} />}
        {opened.map((id) => {
          const Screen = SCREENS[id];
          return (
            <Box key={id} hidden={id !== active}>
              <Suspense fallback={<LinearProgress aria-label="Abriendo la pantalla" />}>
                <Screen
                  active={id === active}
                  activation={activation}
                  navigate={open}
                  handoff={handoff?.screen === id ? handoff.value : null}
                />
              </Suspense>
            </Box>
          );
        })}
      </Box>
      <StatusBar />
    </Box>
  );
}
