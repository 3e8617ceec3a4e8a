import { rowLock } from '../../../db/with-row-lock'

/**
 * Runs `work` as the only one deciding seats of an event, on any number of instances (see
 * db/with-row-lock.ts). Everything `work` writes through its `req` is committed together, or not
 * at all. 0x45564e54 is "EVNT".
 */
export const withSeatLock = rowLock(0x45564e54)
