import type { ConsentEntry } from '../../features/newsletter/subscription/consent-entry'
import type { SubscribeSource, SubscriberStatus, SuspendReason } from '../../features/newsletter/vocabulary'
import type { Locale } from '../../i18n/locales'

export type DemoSubscriber = {
  email: string
  locale: Locale
  status: SubscriberStatus
  source: SubscribeSource
  firstSubscribedAt?: string
  requestedAt: string
  confirmedAt?: string
  unsubscribedAt?: string
  suspendedAt?: string
  suspendedReason?: SuspendReason
  consents: ConsentEntry[]
}

/** Readers' languages, roughly as the clearing house's audience is spread over the region. */
const languageShares: [Locale, number][] = [
  ['sv', 30],
  ['nb', 18],
  ['fi', 18],
  ['da', 17],
  ['en', 12],
  ['is', 5],
]

/** A small deterministic generator (mulberry32): the same demo data on every machine. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick(r: number): Locale {
  let rest = r * 100
  for (const [locale, share] of languageShares) {
    if ((rest -= share) < 0) return locale
  }
  return 'sv'
}

const day = 24 * 60 * 60 * 1000
const iso = (ms: number) => new Date(ms).toISOString()

/**
 * About 1,700 subscribers over the two years before `now`: the list imported from the old mailer
 * (subscribed 2021–2024) when the site started sending, then sign-ups growing month by month, so
 * that the confirmed list grows about 60 % in the last year; some unsubscribe, a few bounce, and
 * the newest few have not confirmed yet. All at example.org, which receives no mail (RFC 2606).
 */
export function demoSubscribers(now: Date): DemoSubscriber[] {
  const rnd = random(20261202)
  const start = now.getTime() - 730 * day
  const out: DemoSubscriber[] = []
  const add = (requested: number, confirmedAfter: number | undefined, source: SubscribeSource, imported?: number) => {
    const n = out.length + 1
    const locale = pick(rnd())
    const s: DemoSubscriber = { email: `reader${n}@example.org`, locale, status: 'pending', source, requestedAt: iso(requested), consents: [] }
    if (imported !== undefined) {
      s.consents.push({ action: 'imported', at: iso(requested), source: 'import', locale, detail: `subscribed ${iso(imported).slice(0, 10)} in the earlier mailer` })
      s.firstSubscribedAt = iso(imported)
      s.confirmedAt = iso(imported)
      s.status = 'confirmed'
    } else {
      s.consents.push({ action: 'requested', at: iso(requested), source, wording: '2026-12', locale })
      if (confirmedAfter !== undefined) {
        const at = requested + confirmedAfter
        s.consents.push({ action: 'confirmed', at: iso(at), source, locale })
        s.firstSubscribedAt = iso(at)
        s.confirmedAt = iso(at)
        s.status = 'confirmed'
      }
    }
    // Of those confirmed, about 5 % unsubscribe and 2 % bounce or complain later on.
    if (s.status === 'confirmed') {
      const fate = rnd()
      const since = Date.parse(s.confirmedAt!)
      const at = Math.max(since, start) + rnd() * (now.getTime() - Math.max(since, start))
      if (fate < 0.05) {
        s.status = 'unsubscribed'
        s.unsubscribedAt = iso(at)
        s.consents.push({ action: 'unsubscribed', at: iso(at), detail: rnd() < 0.7 ? 'one-click' : 'page' })
      } else if (fate < 0.07) {
        s.status = 'suspended'
        s.suspendedAt = iso(at)
        s.suspendedReason = fate < 0.06 ? 'hardBounce' : fate < 0.065 ? 'softBounces' : 'complaint'
        s.consents.push({ action: 'suspended', at: iso(at), detail: s.suspendedReason })
      }
    }
    out.push(s)
  }
  for (let i = 0; i < 650; i++) add(start, undefined, 'import', start - (60 + rnd() * 1300) * day)
  for (let month = 0; month < 24; month++) {
    const count = Math.round(20 + 1.8 * month)
    for (let i = 0; i < count; i++) {
      const requested = start + (month + rnd()) * (730 / 24) * day
      const source: SubscribeSource = rnd() < 0.55 ? 'footer' : rnd() < 0.7 ? 'newsletterPage' : 'eventRegistration'
      add(requested, (0.05 + rnd() * 2) * day, source)
    }
  }
  // The last few days' sign-ups: some still waiting for their confirmation.
  for (let i = 0; i < 30; i++) add(now.getTime() - rnd() * 6 * day, rnd() < 0.4 ? day / 4 : undefined, 'footer')
  return out.filter((s) => Date.parse(s.confirmedAt ?? s.requestedAt) <= now.getTime())
}
