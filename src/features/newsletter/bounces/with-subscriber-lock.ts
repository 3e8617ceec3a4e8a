import { rowLock } from '../../../db/with-row-lock'

/**
 * Runs `work` in one transaction as the only bounce processing of a subscriber: the same report
 * arriving twice at once (the MTA's retry, a second instance, the webhook and the listener) is
 * checked for and counted once (see db/with-row-lock.ts). 0x4e4c5342 is "NLSB".
 */
export const withSubscriberLock = rowLock(0x4e4c5342)
