import { MODULE_NAMES, type ModuleName } from '../../../electron/core/auth/modules';

export type ScreenId =
  | 'subscriber'
  | 'pqrResponses'
  | 'pqrNotifications'
  | 'pqrTemplates'
  | 'responseTemplates'
  | 'fieldWork'
  | 'fieldMaterials'
  | 'recaudo'
  | 'parties'
  | 'invoice'
  | 'users'
  | 'products'
  | 'company'
  | 'printing'
  | 'calendar'
  | 'dailyReport'
  | 'dashboard'
  | 'cashPayment'
  | 'cashClose'
  | 'pqrTramite'
  | 'pqrBandeja'
  | 'pqrAgenda'
  | 'sui';

/**
 * `active`: the screen is the one shown. `activation` changes every time it is chosen in the
 * menu (even when already shown), so a kept-alive screen knows to put the focus back.
 */
export interface ScreenProps {
  active: boolean;
  activation: number;
  /** Opens another screen, as its menu entry does (e.g. a stale cash session sends to Corte de caja). */
  navigate?: (screen: ScreenId) => void;
}

export interface MenuEntry {
  label: string;
  /** null: announced in the menu as "próximamente", not clickable. */
  screen: ScreenId | null;
}

/** The Serviweb menus, module by module, in the words of the procedures. */
export const MENU: Record<ModuleName, readonly MenuEntry[]> = {
  SUSCRIPTOR: [
    { label: 'Consulta de suscriptor', screen: 'subscriber' },
    { label: 'Terceros', screen: 'parties' },
    { label: 'FACTURA', screen: 'invoice' },
    { label: 'Materiales por facturar', screen: 'fieldMaterials' },
  ],
  RECAUDO: [{ label: 'ABONO A FACTURA O FINANCIACIÓN', screen: 'recaudo' }],
  PQR: [
    { label: 'TRÁMITE', screen: 'pqrTramite' },
    { label: 'Bandeja de trámites', screen: 'pqrBandeja' },
    { label: 'Agenda de visitas', screen: 'pqrAgenda' },
    { label: 'Trabajo de campo', screen: 'fieldWork' },
    { label: 'Respuestas', screen: 'pqrResponses' },
    { label: 'Notificaciones', screen: 'pqrNotifications' },
    { label: 'Plantillas de respuesta', screen: 'pqrTemplates' },
  ],
  CAJA: [
    { label: 'Pago de cupón', screen: 'cashPayment' },
    { label: 'Corte de caja', screen: 'cashClose' },
  ],
  REPORTES: [
    { label: 'Informe diario', screen: 'dailyReport' },
    { label: 'Tablero', screen: 'dashboard' },
    { label: 'SUI (Formato A)', screen: 'sui' },
  ],
  ADMINISTRACION: [
    { label: 'Usuarios', screen: 'users' },
    { label: 'Productos', screen: 'products' },
    { label: 'Empresa', screen: 'company' },
    { label: 'Impresión', screen: 'printing' },
    { label: 'Calendario', screen: 'calendar' },
    { label: 'Plantillas de respuesta', screen: 'responseTemplates' },
  ],
};

/** The session's modules in menu order; anything the core sends that we do not know is ignored. */
export function modulesOf(sessionModules: readonly string[]): ModuleName[] {
  return MODULE_NAMES.filter((m) => sessionModules.includes(m));
}

/**
 * Where a session starts: the first screen of its work, in menu order. REPORTES is read at the
 * end of the day, so it is the start only for a user who has nothing else.
 */
export function firstScreen(modules: readonly ModuleName[]): ScreenId | null {
  const work = modules.filter((m) => m !== 'REPORTES');
  for (const m of work.length > 0 ? work : modules) {
    const entry = MENU[m].find((e) => e.screen !== null);
    if (entry?.screen) return entry.screen;
  }
  return null;
}

export function moduleOf(screen: ScreenId): { module: ModuleName; label: string } {
  for (const m of MODULE_NAMES) {
    const entry = MENU[m].find((e) => e.screen === screen);
    if (entry) return { module: m, label: entry.label };
  }
  throw new Error(`Pantalla sin menú: ${screen}`);
}
