import { hashPassword } from '../../electron/core/auth/passwords';
import type { Sqlite } from '../open';
import type { Role } from '../schema/enums';

/** One user per role for the demo office; the README lists them. */
export const DEMO_USERS: readonly { username: string; password: string; fullName: string; documentNumber: string; role: Role }[] =
  [
    { username: 'asesor', password: 'Asesor2026', fullName: 'Luz Dary Plaza', documentNumber: '40781235', role: 'ASESOR' },
    {
      username: 'asesor2',
      password: 'Asesor2026',
      fullName: 'Jasbleidy Santos Torres',
      documentNumber: '1117512884',
      role: 'ASESOR',
    },
    {
      username: 'cajero',
      password: 'Cajero2026',
      fullName: 'Yesenia Buendía Rodríguez',
      documentNumber: '1117498230',
      role: 'CAJERO',
    },
    {
      username: 'supervisor',
      password: 'Supervisor2026',
      fullName: 'Arley Perdomo Losada',
      documentNumber: '17654321',
      role: 'SUPERVISOR',
    },
    {
      username: 'coordinador',
      password: 'Coordinador2026',
      fullName: 'Ferney Chávez Muñoz',
      documentNumber: '17689012',
      role: 'COORDINADOR_PQR',
    },
    {
      username: 'director',
      password: 'Director2026',
      fullName: 'William Bahos Melo',
      documentNumber: '12198765',
      role: 'DIRECTOR_COMERCIAL',
    },
    {
      username: 'documental',
      password: 'Documental2026',
      fullName: 'Nubia Cuéllar Trujillo',
      documentNumber: '40765432',
      role: 'GESTION_DOCUMENTAL',
    },
    {
      username: 'almacen',
      password: 'Almacen2026',
      fullName: 'Orlando Polanía Ibáñez',
      documentNumber: '17601234',
      role: 'ALMACEN',
    },
    { username: 'admin', password: 'Admin2026', fullName: 'Administrador del sistema', documentNumber: '', role: 'ADMIN' },
  ];

/** The first administrator of an empty office; the first login must change the password. */
export const FIRST_ADMIN = { username: 'admin', password: 'Ventanilla2026' } as const;

export function insertUser(
  sqlite: Sqlite,
  at: Date,
  u: { username: string; password: string; fullName: string; documentNumber: string; role: Role },
  mustChangePassword: boolean,
  hash: (password: string) => string = hashPassword,
): void {
  sqlite
    .prepare(
      `INSERT INTO users (username, full_name, document_number, role, password_hash, must_change_password, created_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      u.username,
      u.fullName,
      u.documentNumber,
      u.role,
      hash(u.password),
      mustChangePassword ? 1 : 0,
      at.toISOString(),
      at.toISOString(),
    );
}
