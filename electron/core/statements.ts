import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open';

const cache = new WeakMap<Sqlite, Map<string, Statement>>();

/** A prepared statement, compiled once per connection: for the hot paths of the counter. */
export function prepared(sqlite: Sqlite, sql: string): Statement {
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}
