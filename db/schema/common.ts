import { integer, text } from 'drizzle-orm/sqlite-core';

/** Surrogate key used by every table. */
export const id = () => integer().primaryKey();
/** Instant, ISO-8601 in UTC. */
export const instant = () => text();
/** Civil date, YYYY-MM-DD. */
export const civilDate = () => text();
/** Money in integer minor units (pesos have none: 1 = $1). */
export const money = () => integer();
export const flag = () => integer({ mode: 'boolean' });
