import type { Payload } from 'payload'

type Logger = Payload['logger']

function clientErrorOf(arg: unknown): { status: number; message: string } | undefined {
  if (!arg || typeof arg !== 'object' || !('err' in arg)) return undefined
  const err = arg.err as { status?: unknown; message?: unknown } | null
  const status = err?.status
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined
  return { status, message: typeof err?.message === 'string' ? err.message : 'Error' }
}

/**
 * Payload logs every error its API answers with at `error`, stack included, unless its name is in
 * `loggingLevels` (config/client-error-log-levels.ts). Its generic APIError carries both 4xx
 * ("Invalid JSON", "Invalid query") and 500s under one name, so the name cannot tell them apart;
 * the status can. Errors with a 4xx status are the caller's mistake and are logged as a line of
 * information without a stack; everything else stays an error.
 */
export function quietClientErrors(logger: Logger): void {
  const error = logger.error.bind(logger)
  const quiet = (...args: Parameters<Logger['error']>) => {
    const client = clientErrorOf(args[0])
    if (client) logger.info({ status: client.status, msg: client.message })
    else error(...args)
  }
  logger.error = quiet as Logger['error']
}
