import type { Payload } from 'payload'
import type { Locale } from '../../../i18n/locales'

/** At most this many test addresses at once: a test, not a way around the subscriber list. */
export const maxTestRecipients = 10

const emailPattern = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/

/** The addresses an editor typed (comma, semicolon or space separated), or undefined if any is bad. */
export function parseTestRecipients(value: string): string[] | undefined {
  const list = value.split(/[\s,;]+/).map((a) => a.trim()).filter(Boolean)
  if (!list.length || list.length > maxTestRecipients || list.some((a) => !emailPattern.test(a))) return undefined
  return [...new Set(list)]
}

/** Queues a test copy of an issue in one language to the given addresses (never mailed inline). */
export async function queueTestSend(payload: Payload, issueId: number, to: readonly string[], locale: Locale): Promise<void> {
  await payload.jobs.queue({ task: 'sendNewsletterTest', input: { issue: issueId, to: to.join(','), locale } })
}
