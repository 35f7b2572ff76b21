import type { Role } from '../../../db/schema/enums';
import { MODULE_NAMES, type ModuleName } from '../../../electron/core/auth/modules';
import { may } from '../../../electron/core/contract/may';
import type { ProcedureName } from '../api';
import type { Handoff } from './handoff';

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
  | 'padron'
  | 'adminPadron'
  | 'users'
  | 'products'
  | 'company'
  | 'printing'
  | 'calendar'
  | 'catalogs'
  | 'audit'
  | 'imports'
  | 'backups'
  | 'puestos'
  | 'dailyReport'
  | 'dashboard'
  | 'cashPayment'
  | 'cashClose'
  | 'pqrTramite'
  | 'pqrBandeja'
  | 'pqrAgenda'
  | 'noDebtCheck'
  | 'sui'
  | 'exports';

/**
 * `active`: the screen is the one shown. `activation` changes every time it is chosen in the
 * menu (even when already shown), so a kept-alive screen knows to put the focus back.
 */
export interface ScreenProps {
  active: boolean;
  activation: number;
  /** Opens another screen, as its menu entry does (e.g. a stale cash session sends to Corte de caja). */
  navigate?: (screen: ScreenId, handoff?: Handoff) => void;
  /** What the screen that opened this one handed over (see Handoff); null when opened from the menu. */
  handoff?: Handoff | null;
}

export interface MenuEntry {
  label: string;
  screen: ScreenId;
  /** The procedure the screen is for: the entry is shown only to roles that may call it. */
  procedure: ProcedureName;
}

/** The Serviweb menus, module by module, in the words of the procedures. */
export const MENU: Record<ModuleName, readonly MenuEntry[]> = {
  SUSCRIPTOR: [
    { label: 'Consulta de suscriptor', screen: 'subscriber', procedure: 'subscribers.view' },
    { label: 'Terceros', screen: 'parties', procedure: 'parties.search' },
    { label: 'FACTURA', screen: 'invoice', procedure: 'invoices.create' },
    // Every padrón role may move a subscriber's state (the director only that): the entry is theirs.
    { label: 'Padrón', screen: 'padron', procedure: 'padron.changeStatus' },
    { label: 'Materiales por facturar', screen: 'fieldMaterials', procedure: 'fieldWork.pendingMaterials' },
  ],
  RECAUDO: [{ label: 'ABONO A FACTURA O FINANCIACIÓN', screen: 'recaudo', procedure: 'coupons.create' }],
  PQR: [
    { label: 'TRÁMITE', screen: 'pqrTramite', procedure: 'pqr.create' },
    { label: 'Bandeja de trámites', screen: 'pqrBandeja', procedure: 'pqr.list' },
    { label: 'Agenda de visitas', screen: 'pqrAgenda', procedure: 'agenda.day' },
    { label: 'Trabajo de campo', screen: 'fieldWork', procedure: 'fieldWork.assign' },
    { label: 'Respuestas', screen: 'pqrResponses', procedure: 'responses.pending' },
    { label: 'Notificaciones', screen: 'pqrNotifications', procedure: 'notifications.pending' },
    { label: 'Plantillas de respuesta', screen: 'pqrTemplates', procedure: 'responses.saveTemplate' },
    { label: 'Consultar certificado', screen: 'noDebtCheck', procedure: 'noDebtCertificates.check' },
  ],
  CAJA: [
    { label: 'Pago de cupón', screen: 'cashPayment', procedure: 'cash.collect' },
    { label: 'Corte de caja', screen: 'cashClose', procedure: 'cash.close' },
  ],
  REPORTES: [
    { label: 'Informe diario', screen: 'dailyReport', procedure: 'reports.daily' },
    { label: 'Tablero', screen: 'dashboard', procedure: 'reports.dashboard' },
    { label: 'SUI (Formato A)', screen: 'sui', procedure: 'reports.sui' },
    { label: 'Exportar', screen: 'exports', procedure: 'exports.file' },
  ],
  ADMINISTRACION: [
    { label: 'Usuarios', screen: 'users', procedure: 'users.list' },
    { label: 'Productos', screen: 'products', procedure: 'products.update' },
    { label: 'Empresa', screen: 'company', procedure: 'company.update' },
    { label: 'Impresión', screen: 'printing', procedure: 'printing.setConfig' },
    { label: 'Calendario', screen: 'calendar', procedure: 'calendar.addHoliday' },
    // The administrator registers an empty office's first subscribers but has no SUSCRIPTOR menu.
    { label: 'Padrón', screen: 'adminPadron', procedure: 'padron.register' },
    { label: 'Plantillas de respuesta', screen: 'responseTemplates', procedure: 'responses.saveTemplate' },
    { label: 'Catálogos', screen: 'catalogs', procedure: 'zones.create' },
    { label: 'Importar', screen: 'imports', procedure: 'imports.apply' },
    { label: 'Auditoría', screen: 'audit', procedure: 'audit.list' },
    { label: 'Copias de seguridad', screen: 'backups', procedure: 'backups.saveSettings' },
    // What this computer is in the office (station.*), and the server's puestos.
    { label: 'Puestos y red', screen: 'puestos', procedure: 'station.setMode' },
  ],
};

export interface MenuModule {
  module: ModuleName;
  entries: readonly MenuEntry[];
}

/**
 * The menu of a session: its modules in menu order (anything the core sends that we do not know
 * is ignored), each with only the entries the role may use; a module with none is not shown.
 */
export function menuOf(sessionModules: readonly string[], role: Role): MenuModule[] {
  return MODULE_NAMES.filter((m) => sessionModules.includes(m))
    .map((module) => ({ module, entries: MENU[module].filter((e) => may(e.procedure, role)) }))
    .filter((m) => m.entries.length > 0);
}

/**
 * Where a session starts: the first screen of its work, in menu order. REPORTES is read at the
 * end of the day, so it is the start only for a user who has nothing else.
 */
export function firstScreen(menu: readonly MenuModule[]): ScreenId | null {
  const work = menu.filter((m) => m.module !== 'REPORTES');
  return (work.length > 0 ? work : menu)[0]?.entries[0]?.screen ?? null;
}

export function moduleOf(screen: ScreenId): { module: ModuleName; label: string } {
  for (const m of MODULE_NAMES) {
    const entry = MENU[m].find((e) => e.screen === screen);
    if (entry) return { module: m, label: entry.label };
  }
  throw new Error(`Pantalla sin menú: ${screen}`);
}
