import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sqlite } from '../open';

/** The fictional utility of the demo office, printed on every demo document. */
export const DEMO_COMPANY = {
  name: 'AGUAS DE FLORENCIA DEMO S.A. E.S.P.',
  nit: '900123456-8',
  address: 'Carrera 11 # 15-32, Centro',
  phone: '(608) 435 0000',
  city: 'Florencia, Caquetá',
  currency: 'COP',
  locale: 'es-CO',
} as const;

/**
 * The app icon doubles as the demo logo: the repository's build/icon.png when running from
 * sources. The desktop app's bundle has no sources beside it: main.ts passes the copy its
 * build puts next to main.cjs (electron/main/paths.ts demoLogo).
 */
export const DEMO_LOGO_SOURCE = path.resolve(import.meta.dirname ?? '.', '../../build/icon.png');

function demoLogo(file: string): string {
  return existsSync(file) ? `data:image/png;base64,${readFileSync(file).toString('base64')}` : '';
}

export function seedDemoCompany(sqlite: Sqlite, at: Date, logoFile = DEMO_LOGO_SOURCE): void {
  sqlite
    .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('company.profile', ?, ?)")
    .run(JSON.stringify({ ...DEMO_COMPANY, logo: demoLogo(logoFile) }), at.toISOString());
}
