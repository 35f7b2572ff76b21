/** ADMINISTRACIÓN's screens, loaded when the menu first opens one of them. */
export { AuditScreen } from './auditoria/AuditScreen';
export { BackupsScreen } from './backups/BackupsScreen';
export { CalendarScreen } from './calendar/CalendarScreen';
export { CatalogsScreen } from './catalogos/CatalogsScreen';
export { CompanyScreen } from './company/CompanyScreen';
export { ImportScreen } from './importar/ImportScreen';
export { PrintingScreen } from './printing/PrintingScreen';
export { ProductsScreen } from './products/ProductsScreen';
export { PuestosScreen } from './puestos/PuestosScreen';
export { UsersScreen } from './UsersScreen';
