import type { Config } from 'payload'

/**
 * Payload logs an error by its name (`loggingLevels`), at `error` with its stack unless told
 * otherwise; `info` logs the message alone. These are Payload's errors that answer 4xx: a refused
 * query, a failed login, a missing file. They are the caller's mistake, sent by anyone on the
 * internet, and would drown the server errors an operator must see. Real failures (database
 * errors, anything answering 5xx) keep the default: `error`, with the stack.
 */
const levels: Record<string, 'info'> = {
  AuthenticationError: 'info',
  FileUploadError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
  // Ours: too many logins from one address or to one account (features/users/login-limits).
  TooManyAttempts: 'info',
}

// Payload types the keys as its own error names; it looks levels up by any error's name.
export const clientErrorLogLevels = levels as NonNullable<Config['loggingLevels']>
