import { describe, expect, it } from 'vitest'
import { figuresCsv } from './figures-csv'

const figures = {
  months: [
    { month: '2026-03', language: 'sv' as const, subscribers: 15, new: 7, unsubscribed: 0, bounced: 1, growthPercent: 50 },
    { month: '2026-03', language: 'all' as const, subscribers: 17, new: 7, unsubscribed: 0, bounced: 1, growthPercent: null },
  ],
  issues: [{ id: 3, title: '=March, 2026', sentAt: '2026-03-15T08:00:00.000Z', recipients: 1700, delivered: 1690, failed: 8, uncertain: 2 }],
}

describe('figuresCsv', () => {
  it('writes the month table with fixed columns, growth empty when there is none', () => {
    expect(figuresCsv(figures, 'subscribers')).toBe('\uFEFFmonth,language,subscribers,new,unsubscribed,bounced,growth_percent\r\n2026-03,sv,15,7,0,1,50\r\n2026-03,all,17,7,0,1,\r\n')
  })
  it('writes the issues with their deliveries, titles quoted and defused', () => {
    expect(figuresCsv(figures, 'issues')).toBe(`\uFEFFsent_at,issue,recipients,delivered,failed,uncertain\r\n2026-03-15T08:00:00.000Z,"'=March, 2026",1700,1690,8,2\r\n`)
  })
})
