import Box from '@mui/material/Box';
import { useState, type ComponentType } from 'react';
import { InvoiceScreen } from '../screens/suscriptor/factura/InvoiceScreen';
import { PartiesScreen } from '../screens/suscriptor/PartiesScreen';
import { SubscriberScreen } from '../screens/suscriptor/SubscriberScreen';
import { UsersScreen } from '../screens/administracion/UsersScreen';
import { CloseScreen } from '../screens/caja/CloseScreen';
import { PaymentScreen } from '../screens/caja/PaymentScreen';
import { CompanyScreen } from '../screens/administracion/company/CompanyScreen';
import { PrintingScreen } from '../screens/administracion/printing/PrintingScreen';
import { CalendarScreen } from '../screens/administracion/calendar/CalendarScreen';
import { ProductsScreen } from '../screens/administracion/products/ProductsScreen';
import { FieldWorkScreen } from '../screens/pqr/campo/FieldWorkScreen';
import { MaterialsScreen } from '../screens/pqr/campo/MaterialsScreen';
import { NotificationsScreen } from '../screens/pqr/respuestas/NotificationsScreen';
import { ResponsesScreen } from '../screens/pqr/respuestas/ResponsesScreen';
import { TemplatesScreen } from '../screens/pqr/respuestas/TemplatesScreen';
import { AgendaScreen } from '../screens/pqr/agenda/AgendaScreen';
import { BandejaScreen } from '../screens/pqr/bandeja/BandejaScreen';
import { TramiteScreen } from '../screens/pqr/tramite/TramiteScreen';
import { RecaudoScreen } from '../screens/recaudo/RecaudoScreen';
import { DashboardScreen } from '../screens/reportes/dashboard/DashboardScreen';
import { DailyReportScreen } from '../screens/reportes/DailyReportScreen';
import { SuiScreen } from '../screens/reportes/SuiScreen';
import { Home } from './Home';
import { MenuBar } from './MenuBar';
import { firstScreen, modulesOf, type ScreenId, type ScreenProps } from './menu';
import { useSessionInfo } from './session-context';
import { StatusBar } from './StatusBar';

const SCREENS: Record<ScreenId, ComponentType<ScreenProps>> = {
  subscriber: SubscriberScreen,
  parties: PartiesScreen,
  invoice: InvoiceScreen,
  recaudo: RecaudoScreen,
  users: UsersScreen,
  products: ProductsScreen,
  company: CompanyScreen,
  cashPayment: PaymentScreen,
  cashClose: CloseScreen,
  dailyReport: DailyReportScreen,
  dashboard: DashboardScreen,
  printing: PrintingScreen,
  fieldWork: FieldWorkScreen,
  fieldMaterials: MaterialsScreen,
  calendar: CalendarScreen,
  pqrResponses: ResponsesScreen,
  pqrNotifications: NotificationsScreen,
  pqrTemplates: TemplatesScreen,
  responseTemplates: TemplatesScreen,
  pqrTramite: TramiteScreen,
  pqrBandeja: BandejaScreen,
  pqrAgenda: AgendaScreen,
  sui: SuiScreen,
};

/**
 * Menu bar, the open screen and the status bar. Screens once opened stay mounted (hidden),
 * so going to Terceros and back keeps the subscriber that was on screen.
 */
export function Shell() {
  const info = useSessionInfo();
  const modules = modulesOf(info.modules);
  const [active, setActive] = useState<ScreenId | null>(() => firstScreen(modules));
  const [opened, setOpened] = useState<ScreenId[]>(() => (active ? [active] : []));
  const [activation, setActivation] = useState(0);

  const open = (screen: ScreenId) => {
    setActive(screen);
    setActivation((n) => n + 1);
    setOpened((list) => (list.includes(screen) ? list : [...list, screen]));
  };

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <MenuBar modules={modules} active={active} onOpen={open} />
      <Box component="main" sx={{ flex: 1, overflow: 'auto', p: 1.5 }}>
        {active === null && <Home modules={modules} />}
        {opened.map((id) => {
          const Screen = SCREENS[id];
          return (
            <Box key={id} hidden={id !== active}>
              <Screen active={id === active} activation={activation} navigate={open} />
            </Box>
          );
        })}
      </Box>
      <StatusBar />
    </Box>
  );
}
