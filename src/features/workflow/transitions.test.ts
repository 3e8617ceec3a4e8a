import { describe, expect, it } from 'vitest'
import { workflowStates } from '../practices/vocabulary'
import { canTransition } from './transitions'

describe('editorial workflow transitions', () => {
  it('lets editors move a submission through review to publication', () => {
    expect(canTransition('submitted', 'in-review', 'editor')).toBe(true)
    expect(canTransition('in-review', 'changes-requested', 'editor')).toBe(true)
    expect(canTransition('changes-requested', 'in-review', 'editor')).toBe(true)
    expect(canTransition('in-review', 'published', 'editor')).toBe(true)
    expect(canTransition('published', 'in-review', 'editor')).toBe(true)
  })
  it('does not let anything skip review', () => {
    expect(canTransition('submitted', 'published', 'editor')).toBe(false)
    expect(canTransition('changes-requested', 'published', 'editor')).toBe(false)
    expect(canTransition('declined', 'published', 'editor')).toBe(false)
  })
  it('lets the submitter only resubmit after changes were requested', () => {
    for (const from of workflowStates) {
      for (const to of workflowStates) {
        const expected = from === to || (from === 'changes-requested' && to === 'submitted')
        expect(canTransition(from, to, 'submitter'), `${from} → ${to}`).toBe(expected)
      }
    }
  })
})
