import { APIError, type PayloadRequest } from 'payload'
import { defaultLocale, isLocale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'

/** A 429 of the login limits; its own name, so Payload logs it as info, not as a server error. */
export class TooManyAttempts extends APIError {
  constructor(message: string) {
    super(message, 429)
    // Set by hand: Payload's loggingLevels are keyed by name, which a bundler may rename.
    this.name = 'TooManyAttempts'
  }
}

/**
 * The 429 for a client over a login limit, in the admin's language (Payload's request language:
 * its cookie or Accept-Language), with Retry-After. Payload sends `req.responseHeaders` with its
 * error answer (REST), and the GraphQL route merges them too.
 */
export function tooManyAttempts(req: Pick<PayloadRequest, 'i18n' | 'responseHeaders'>, retryAfterSeconds: number): TooManyAttempts {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('retry-after', String(retryAfterSeconds))
  req.responseHeaders = headers
  const language = req.i18n?.language
  const locale = isLocale(language) ? language : defaultLocale
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return new TooManyAttempts(translate(locale, 'auth.tooManyAttempts', { count: minutes }))
}
