import { strToU8, zipSync } from 'fflate';

/**
 * A small SpreadsheetML (.xlsx) writer: plain tables of text and numbers, bold header and
 * total rows, number formats, column widths and a frozen header. A full spreadsheet library
 * would add close to a megabyte to the app for what a few XML files in a zip do here.
 */

/** Number formats of Excel's built-in table: `thousands` #,##0 and `thousands2` #,##0.00. */
export type NumberFormat = 'general' | 'thousands' | 'thousands2';
export type RowStyle = 'body' | 'header' | 'total' | 'title';
export type XlsxValue = string | number | null;

export interface XlsxRow {
  style?: RowStyle;
  cells: XlsxValue[];
}

export interface XlsxColumn {
  /** In characters, as Excel measures widths. */
  width: number;
  /** How the numbers of this column read; text is left as it is. */
  format?: NumberFormat;
}

export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns: XlsxColumn[];
  rows: XlsxRow[];
  /** Rows kept in view while scrolling (the header). */
  freezeRows?: number;
}

export interface XlsxProperties {
  title: string;
  creator: string;
  created: Date;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const NUMBER_FORMATS: readonly NumberFormat[] = ['general', 'thousands', 'thousands2'];
const BUILTIN_FORMAT_IDS: Record<NumberFormat, number> = { general: 0, thousands: 3, thousands2: 4 };
const ROW_STYLES: readonly RowStyle[] = ['body', 'header', 'total', 'title'];
/** Font and fill of each row style: see the <fonts> and <fills> of styles.xml. */
const ROW_LOOK: Record<RowStyle, { fontId: number; fillId: number }> = {
  body: { fontId: 0, fillId: 0 },
  header: { fontId: 1, fillId: 2 },
  total: { fontId: 1, fillId: 3 },
  title: { fontId: 2, fillId: 0 },
};
const styleIndex = (row: RowStyle, format: NumberFormat) =>
  ROW_STYLES.indexOf(row) * NUMBER_FORMATS.length + NUMBER_FORMATS.indexOf(format);

/** Characters XML 1.0 cannot carry at all (control characters other than tab and new lines). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

function checkSheetNames(sheets: readonly XlsxSheet[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    const key = name.toLowerCase();
    if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name) || seen.has(key)) {
      throw new Error(`Nombre de hoja no válido: «${name}»`);
    }
    seen.add(key);
  }
}

function cellXml(value: XlsxValue, ref: string, style: number): string {
  if (value === null || value === '') return style ? `<c r="${ref}" s="${style}"/>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Valor no numérico en ${ref}`);
    return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  }
  const space = value.trim() === value ? '' : ' xml:space="preserve"';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet, selected: boolean): string {
  const frozen = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const rows = sheet.rows
    .map((row, r) => {
      const look = row.style ?? 'body';
      const cells = row.cells
        .map((value, c) => {
          const format = typeof value === 'number' ? (sheet.columns[c]?.format ?? 'general') : 'general';
          return cellXml(value, `${columnName(c)}${r + 1}`, styleIndex(look, format));
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${frozen}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    `</worksheet>`
  );
}

const font = (bold: boolean, size: number) =>
  `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
const solid = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;

function stylesXml(): string {
  const xfs = ROW_STYLES.flatMap((row) =>
    NUMBER_FORMATS.map((format) => {
      const { fontId, fillId } = ROW_LOOK[row];
      const numFmtId = BUILTIN_FORMAT_IDS[format];
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`;
    }),
  );
  return (
    `${XML_HEAD}<styleSheet xmlns="${NS}">` +
    `<fonts count="3">${font(false, 11)}${font(true, 11)}${font(true, 13)}</fonts>` +
    `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${solid('FFD9D9D9')}${solid('FFF2F2F2')}</fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const entries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${entries}</sheets></workbook>`;
}

function workbookRelsXml(sheets: readonly XlsxSheet[]): string {
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
}

function contentTypesXml(sheets: readonly XlsxSheet[]): string {
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheetTypes +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
  `</Relationships>`;

function coreXml({ title, creator, created }: XlsxProperties): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Ventanilla</Application></Properties>`;

/** The workbook's bytes; the first sheet is the one that opens. */
export function buildXlsx(sheets: readonly XlsxSheet[], properties: XlsxProperties): Uint8Array<ArrayBuffer> {
  if (sheets.length === 0) throw new Error('Un libro necesita al menos una hoja');
  checkSheetNames(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypesXml(sheets)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'docProps/core.xml': strToU8(coreXml(properties)),
    'docProps/app.xml': strToU8(APP_XML),
    'xl/workbook.xml': strToU8(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(sheets)),
    'xl/styles.xml': strToU8(stylesXml()),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, i === 0));
  });
  return zipSync(files, { level: 6, mtime: properties.created });
}

/** The MIME type a browser and Excel expect for an .xlsx download. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
