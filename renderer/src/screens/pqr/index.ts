/** PQR's screens (and SUSCRIPTOR → Materiales por facturar), loaded when the menu first opens one. */
export { AgendaScreen } from './agenda/AgendaScreen';
export { BandejaScreen } from './bandeja/BandejaScreen';
export { CertificateCheckScreen } from './certificados/CertificateCheckScreen';
export { FieldWorkScreen } from './campo/FieldWorkScreen';
export { MaterialsScreen } from './campo/MaterialsScreen';
export { NotificationsScreen } from './respuestas/NotificationsScreen';
export { ResponsesScreen } from './respuestas/ResponsesScreen';
export { TemplatesScreen } from './respuestas/TemplatesScreen';
export { TramiteScreen } from './tramite/TramiteScreen';
