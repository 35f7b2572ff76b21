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

/** The app icon doubles as the demo logo when the repository's build folder is at hand. */
function demoLogo(): string {
  const file = path.resolve(import.meta.dirname ?? '.', '../../build/icon.png');
  return existsSync(file) ? `data:image/png;base64,${readFileSync(file).toString('base64')}` : '';
}

export function seedDemoCompany(sqlite: Sqlite, at: Date): void {
  sqlite
    .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('company.profile', ?, ?)")
    .run(JSON.stringify({ ...DEMO_COMPANY, logo: demoLogo() }), at.toISOString());
}
