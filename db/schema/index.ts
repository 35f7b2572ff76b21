export * from './system';
export * from './users';
export * from './parties';
export * from './padron';
export * from './ledger';
export * from './catalogs';
