import { csvCell } from '../../events/organisers/registrations-csv'
import type { NewsletterFigures } from './read-newsletter-figures'

/**
 * The figures as CSV for the yearly report's spreadsheet: the list per month and language
 * (`subscribers`), or the sent issues (`issues`). Column names and codes are fixed, whatever the
 * admin language, so a year's file lines up with the last; growth is a plain number ("62.5").
 */
export function figuresCsv(figures: NewsletterFigures, table: 'subscribers' | 'issues'): string {
  const lines =
    table === 'subscribers'
      ? [
          'month,language,subscribers,new,unsubscribed,bounced,growth_percent',
          ...figures.months.map((m) => [m.month, m.language, m.subscribers, m.new, m.unsubscribed, m.bounced, m.growthPercent ?? ''].join(',')),
        ]
      : ['sent_at,issue,recipients,delivered,failed,uncertain', ...figures.issues.map((i) => [i.sentAt, csvCell(i.title), i.recipients, i.delivered, i.failed, i.uncertain].join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
