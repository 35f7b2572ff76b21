import type { Input, ProcedureName } from '.';

/**
 * One valid input per procedure, for tests that start from something right and break it.
 * Typed over the whole contract: a new procedure without an example does not compile.
 */
export const EXAMPLES: { [N in ProcedureName]: Input<N> } = {
  'auth.login': { username: 'asesor', password: 'Asesor2026' },
  'auth.unlock': { password: 'Asesor2026' },
  'auth.logout': {},
  'auth.session': {},
  'auth.changePassword': { current: 'Asesor2026', next: 'Florencia-2027' },
  'users.list': {},
  'users.create': {
    username: 'nueva',
    fullName: 'Nueva Asesora',
    documentNumber: '1117000222',
    role: 'ASESOR',
    password: 'Florencia-2027',
  },
  'users.setActive': { userId: 2, active: true },
  'users.setRole': { userId: 2, role: 'ASESOR' },
  'users.resetPassword': { userId: 2, password: 'Florencia-2027' },
  'parties.byDocument': { documentNumber: '40781235' },
  'parties.search': { q: 'perdomo' },
  'parties.create': { documentType: 'CC', documentNumber: '1117999000', names: 'Ana', surnames: 'Rojas', mobile: '3101234567' },
  'parties.update': { id: 1, party: { documentType: 'CC', documentNumber: '1117999001', names: 'Ana', surnames: 'Rojas' } },
  'subscribers.byCode': { code: '100001' },
  'subscribers.search': { q: 'calle 12' },
  'subscribers.view': { code: '100001' },
};
