import { describe, expect, it } from 'vitest'
import { orderReviewQueue, type ReviewItem } from './review-queue'

const item = (id: number, state: ReviewItem['state'], since: string): ReviewItem => ({ collection: 'practices', id, title: `T${id}`, state, since, days: 0 })

describe('orderReviewQueue', () => {
  it('puts the longest-waiting item first, whatever its state', () => {
    const queue = orderReviewQueue([item(1, 'in-review', '2026-11-20T00:00:00Z'), item(2, 'submitted', '2026-10-01T00:00:00Z'), item(3, 'changes-requested', '2026-11-01T00:00:00Z')])
    expect(queue.items.map((i) => i.id)).toEqual([2, 3, 1])
  })
  it('counts the items in each waiting state, zero included', () => {
    const queue = orderReviewQueue([item(1, 'submitted', '2026-11-01T00:00:00Z'), item(2, 'submitted', '2026-11-02T00:00:00Z')])
    expect(queue.counts).toEqual({ submitted: 2, 'in-review': 0, 'changes-requested': 0 })
  })
})
