/**
 * What ADMINISTRACIÓN → Importar takes: each kind of file, its fields with their Spanish labels,
 * which are required, and the column names other systems use for them (HAS SQL, Agua Procesos,
 * Serviweb exports), so a file's columns map themselves when they can. No zod here: the screen
 * reads this before the session's code has loaded, and the core's row checks use the same list.
 */

export const IMPORT_KINDS = ['TERCEROS', 'PADRON', 'CARTERA', 'FACTURACION', 'LECTURAS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Column headers that mean this field (compared without accents, case or spaces). */
  aliases: readonly string[];
}

const field = (key: string, label: string, required: boolean, ...aliases: string[]): ImportField => ({
  key,
  label,
  required,
  aliases: [key, label, ...aliases],
});

const CODE = field('codigo', 'Código del suscriptor', true, 'codigo suscriptor', 'suscriptor', 'cuenta', 'matricula');
const PERIOD = field('periodo', 'Periodo (AAAA-MM)', true, 'periodo', 'mes');

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  TERCEROS: [
    field('tipo_documento', 'Tipo de documento', true, 'tipo doc', 'tipo identificacion'),
    field('numero_documento', 'Número de documento', true, 'documento', 'cedula', 'nit', 'identificacion'),
    field('nombres', 'Nombres o razón social', true, 'nombre', 'razon social'),
    field('apellidos', 'Apellidos', false),
    field('celular', 'Celular', false, 'telefono', 'movil'),
    field('correo', 'Correo electrónico', false, 'email', 'correo'),
    field('direccion', 'Dirección', false),
  ],
  PADRON: [
    CODE,
    field('ruta', 'Ruta (código)', true, 'codigo ruta'),
    field('direccion', 'Dirección del predio', true, 'direccion'),
    field('barrio', 'Barrio', false),
    field('uso', 'Uso', true, 'uso del predio', 'clase de uso'),
    field('estrato', 'Estrato', false),
    field('acueducto', 'Acueducto (S/N)', true, 'acueducto'),
    field('alcantarillado', 'Alcantarillado (S/N)', true, 'alcantarillado'),
    field('aseo', 'Aseo (S/N)', true, 'aseo'),
    field('estado', 'Estado', false),
    field('medidor', 'Serial del medidor', false, 'serial medidor', 'medidor'),
    field('marca_medidor', 'Marca del medidor', false, 'marca'),
    field('titular_tipo_documento', 'Tipo de documento del titular', true, 'tipo doc titular'),
    field('titular_documento', 'Documento del titular', true, 'cedula titular', 'documento propietario'),
    field('titular_nombres', 'Nombres del titular', false, 'nombre titular', 'propietario'),
    field('titular_apellidos', 'Apellidos del titular', false, 'apellidos titular'),
  ],
  CARTERA: [
    CODE,
    field('concepto', 'Concepto', true),
    PERIOD,
    field('valor', 'Saldo', true, 'valor', 'saldo', 'deuda'),
    field('vencimiento', 'Fecha de vencimiento', true, 'vence', 'fecha vencimiento'),
  ],
  FACTURACION: [
    CODE,
    PERIOD,
    field('numero', 'Número de la factura', true, 'factura', 'numero factura'),
    field('emision', 'Fecha de emisión', true, 'fecha emision', 'fecha factura'),
    field('vencimiento', 'Fecha de vencimiento', true, 'vence', 'fecha vencimiento'),
    field('consumo', 'Consumo (m³)', true, 'consumo', 'consumo m3'),
    field('acueducto', 'Valor acueducto', true),
    field('alcantarillado', 'Valor alcantarillado', true),
    field('aseo', 'Valor aseo', true),
    field('total', 'Total', true, 'valor total'),
  ],
  LECTURAS: [
    CODE,
    PERIOD,
    field('fecha', 'Fecha de lectura', true, 'fecha lectura'),
    field('lectura', 'Lectura', false, 'lectura actual'),
    field('consumo', 'Consumo (m³)', true, 'consumo', 'consumo m3'),
    field('estimada', 'Estimada (S/N)', false, 'estimado'),
  ],
};

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  TERCEROS: 'Terceros',
  PADRON: 'Padrón de suscriptores',
  CARTERA: 'Cartera (saldos abiertos)',
  FACTURACION: 'Facturación periódica',
  LECTURAS: 'Lecturas',
};

/** Rows per call: one batch is one transaction, all of it or none. */
export const IMPORT_BATCH_ROWS = 2000;
/** And characters per call, well under what a call may carry (2 MB): long rows make smaller batches. */
export const IMPORT_BATCH_CHARS = 800_000;

/** A header as compared with a field's aliases: no accents, case, spaces, dots or underscores. */
export const headerKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The columns of a file matched to a kind's fields by name: field key → column header. */
export function guessMapping(kind: ImportKind, headers: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  for (const f of IMPORT_FIELDS[kind]) {
    const hit = f.aliases.map((a) => byKey.get(headerKey(a))).find((h) => h !== undefined);
    if (hit !== undefined) mapping[f.key] = hit;
  }
  return mapping;
}
