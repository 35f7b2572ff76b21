import type { z } from 'zod';
import type { AppErrorData } from '../errors';
import { agreementsContract } from './agreements.contract';
import { authContract } from './auth.contract';
import { companyContract } from './company.contract';
import { invoicesContract } from './invoices.contract';
import { productsContract } from './products.contract';
import { partiesContract } from './parties.contract';
import { subscribersContract } from './subscribers.contract';
import { usersContract } from './users.contract';

/** Every procedure the renderer can call, by name. Transports serve exactly this. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...partiesContract,
  ...subscribersContract,
  ...productsContract,
  ...invoicesContract,
  ...agreementsContract,
  ...companyContract,
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<N extends ProcedureName> = z.input<Contract[N]['input']>;
/** What a caller receives. */
export type Output<N extends ProcedureName> = z.output<Contract[N]['output']>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
