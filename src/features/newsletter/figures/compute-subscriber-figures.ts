import { locales, type Locale } from '../../../i18n/locales'
import { subscriberEvents, type SubscriberHistory } from './subscriber-events'

export type MonthFigures = {
  /** "2026-09", in the clearing house's time zone (Europe/Stockholm). */
  month: string
  language: Locale | 'all'
  /** Confirmed subscribers at the end of the month. */
  subscribers: number
  /** Confirmed in the month (a returning subscriber counts again). */
  new: number
  unsubscribed: number
  /** Suspended for bounces or complaints in the month. */
  bounced: number
  /** Against the same month a year earlier, one decimal; null without subscribers then. */
  growthPercent: number | null
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
const monthOf = (d: Date) => monthFormat.format(d).slice(0, 7)

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

const yearBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`

/**
 * The list month by month and per language (and for all languages together), from the first month
 * anyone joined to the month of `until`: subscribers at the month's end, new, unsubscribed and
 * bounced in it, and growth against the same month a year before (the yearly report's "+62 %").
 * Each subscriber counts in their newsletter language; a paused one still counts (the subscription
 * stands). Being on the list is a state: joining
 * twice or leaving twice in a row changes nothing, so an untidy record cannot count someone twice.
 */
export function computeSubscriberFigures(subscribers: readonly SubscriberHistory[], until: Date): MonthFigures[] {
  type Counts = { new: number; unsubscribed: number; bounced: number; net: number }
  const byMonth = new Map<string, Map<Locale, Counts>>()
  const counts = (month: string, language: Locale) => {
    let m = byMonth.get(month)
    if (!m) byMonth.set(month, (m = new Map()))
    let c = m.get(language)
    if (!c) m.set(language, (c = { new: 0, unsubscribed: 0, bounced: 0, net: 0 }))
    return c
  }
  const last = monthOf(until)
  let first: string | undefined
  for (const s of subscribers) {
    let member = false
    for (const e of subscriberEvents(s)) {
      if (e.at > until) break
      const month = monthOf(e.at)
      if (e.kind === 'join' && !member) {
        member = true
        const c = counts(month, s.locale)
        c.new++
        c.net++
        if (!first || month < first) first = month
      } else if (e.kind !== 'join' && member) {
        member = false
        const c = counts(month, s.locale)
        if (e.kind === 'unsubscribe') c.unsubscribed++
        else c.bounced++
        c.net--
      }
    }
  }
  if (!first) return []
  const rows: MonthFigures[] = []
  const total = new Map<Locale | 'all', number>()
  const atEnd = new Map<string, number>()
  for (let month = first; month <= last; month = nextMonth(month)) {
    const all = { new: 0, unsubscribed: 0, bounced: 0 }
    const push = (language: Locale | 'all', c: Omit<Counts, 'net'>, subscribers: number) => {
      const earlier = atEnd.get(`${yearBefore(month)} ${language}`)
      const growthPercent = earlier ? Math.round(((subscribers - earlier) / earlier) * 1000) / 10 : null
      atEnd.set(`${month} ${language}`, subscribers)
      rows.push({ month, language, subscribers, new: c.new, unsubscribed: c.unsubscribed, bounced: c.bounced, growthPercent })
    }
    let sum = 0
    for (const language of locales) {
      const c = byMonth.get(month)?.get(language) ?? { new: 0, unsubscribed: 0, bounced: 0, net: 0 }
      const now = (total.get(language) ?? 0) + c.net
      total.set(language, now)
      sum += now
      all.new += c.new
      all.unsubscribed += c.unsubscribed
      all.bounced += c.bounced
      push(language, c, now)
    }
    push('all', all, sum)
  }
  return rows
}
