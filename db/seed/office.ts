import { loadHolidayYears, yearsAround } from '../../electron/core/calendar/holiday-library';
import { SETTINGS } from '../../electron/core/settings/settings';
import type { Sqlite } from '../open';
import { seedDemoCompany } from './company';
import { DEMO_DEFAULTS, seedDemo } from './demo';
import { addPqrHistory } from './pqr-history';
import { seedReference } from './reference';
import { DEMO_USERS, FIRST_ADMIN, insertUser } from './users';

export interface PrepareOptions {
  /** Load the demo office (users per role, padrón, history) instead of an empty one. */
  demo: boolean;
  now: Date;
  /** The office's civil date. */
  today: string;
  subscribers?: number;
  /** The demo company's logo (a PNG); default: the repository's build/icon.png. */
  demoLogo?: string;
  months?: number;
  /** Trámites PQR of the last months in the demo office (tests and the bench bring their own). */
  pqrRequests?: number;
  /** Tests pass a cheaper hash; the office always uses the default. */
  hashPassword?: (password: string) => string;
}

/**
 * On the first start (no users yet) loads the reference catalogs and either the demo office
 * or the first administrator. Does nothing on later starts. Returns what it did.
 */
export function prepareOffice(sqlite: Sqlite, options: PrepareOptions): 'existing' | 'demo' | 'empty' {
  const { count } = sqlite.prepare('SELECT count(*) AS count FROM users').get() as { count: number };
  if (count > 0) return 'existing';
  sqlite.transaction(() => {
    seedReference(sqlite, options.now);
    loadHolidayYears(sqlite, SETTINGS['calendar.country'].default, yearsAround(options.today), options.now);
    if (options.demo) {
      seedDemoCompany(sqlite, options.now, options.demoLogo);
      for (const u of DEMO_USERS) insertUser(sqlite, options.now, u, false, options.hashPassword);
      seedDemo(sqlite, {
        subscribers: options.subscribers ?? DEMO_DEFAULTS.subscribers,
        months: options.months ?? DEMO_DEFAULTS.months,
        today: options.today,
      });
      const requests = options.pqrRequests ?? DEMO_DEFAULTS.pqrRequests;
      if (requests > 0) addPqrHistory(sqlite, { today: options.today, count: requests, days: 120 });
    } else {
      insertUser(
        sqlite,
        options.now,
        { ...FIRST_ADMIN, fullName: 'Administrador', documentNumber: '', role: 'ADMIN' },
        true,
        options.hashPassword,
      );
    }
  })();
  return options.demo ? 'demo' : 'empty';
}
