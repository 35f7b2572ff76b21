export const ERROR_CODES = [
  'UNKNOWN_PROCEDURE',
  'SESSION_REQUIRED',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'VALIDATION',
  'AUTH_FAILED',
  'ACCOUNT_LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'RULE',
  'INTERNAL',
  /** A puesto cannot reach the office's server; it says so and retries. */
  'OFFLINE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the input field, e.g. "items.0.quantity"; empty for the whole input. */
  field: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  /** Spanish, for the user: says what to fix. */
  message: string;
  issues?: FieldIssue[];
}

/**
 * The only error a handler throws on purpose. `commit` keeps the transaction's writes
 * (a failed login still counts the attempt); by default everything is rolled back.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  readonly commit: boolean;

  constructor(code: ErrorCode, message: string, options: { issues?: FieldIssue[]; commit?: boolean } = {}) {
    super(message);
    this.code = code;
    this.issues = options.issues;
    this.commit = options.commit ?? false;
  }

  toData(): AppErrorData {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const ruleBroken = (message: string, field?: string) =>
  new AppError('RULE', message, field ? { issues: [{ field, message }] } : {});
export const invalidField = (field: string, message: string) =>
  new AppError('VALIDATION', message, { issues: [{ field, message }] });
