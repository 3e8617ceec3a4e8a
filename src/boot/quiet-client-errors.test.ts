import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { quietClientErrors } from './quiet-client-errors'

/** A logger whose methods are spies; `original` is the error method before quieting. */
function fakeLogger() {
  const original = vi.fn()
  const logger = { error: original, info: vi.fn() }
  quietClientErrors(logger as unknown as Payload['logger'])
  return { logger, original }
}

class StatusError extends Error {
  constructor(message: string, readonly status: number) {
    super(message)
  }
}

describe('quietClientErrors', () => {
  it('logs an error answered with a 4xx as information, without the error (and its stack)', () => {
    const { logger, original } = fakeLogger()
    logger.error({ err: new StatusError('Invalid JSON', 400) })
    expect(logger.info).toHaveBeenCalledWith({ status: 400, msg: 'Invalid JSON' })
    expect(original).not.toHaveBeenCalled()
  })

  it('keeps server errors, and anything without a status, as errors', () => {
    const { logger, original } = fakeLogger()
    const dbError = new StatusError('Failed query', 500)
    logger.error({ err: dbError })
    logger.error({ err: new Error('boom') })
    logger.error('plain message')
    expect(original).toHaveBeenCalledTimes(3)
    expect(original).toHaveBeenCalledWith({ err: dbError })
    expect(logger.info).not.toHaveBeenCalled()
  })
})
