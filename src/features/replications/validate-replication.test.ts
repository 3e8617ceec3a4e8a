import { describe, expect, it } from 'vitest'
import { parseUrlEncoded } from '../../web/forms/form-body'
import { validateReplication } from './validate-replication'

const form = (fields: Record<string, string>) => parseUrlEncoded(new URLSearchParams(fields).toString())
const valid = {
  municipality: 'Tampere',
  country: 'FI',
  startDate: '2025-03-01',
  changes: 'We ran it in Finnish.',
  outcomes: 'Forty participants.',
  name: 'Matti',
  email: 'matti@example.fi',
}

describe('replication report validation', () => {
  it('accepts a complete report', () => {
    expect(validateReplication(form(valid))).toEqual({
      report: {
        municipality: 'Tampere',
        country: 'FI',
        startDate: '2025-03-01',
        changes: 'We ran it in Finnish.',
        outcomes: 'Forty participants.',
        reporter: { name: 'Matti', email: 'matti@example.fi' },
      },
      errors: [],
    })
  })
  it('reports each missing or malformed field in form order', () => {
    const { report, errors } = validateReplication(form({ country: 'XX', startDate: 'soon', changes: 'x'.repeat(3001) }))
    expect(report).toBeUndefined()
    expect(errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'municipality:form.error.required',
      'country:form.error.choice',
      'startDate:form.error.date',
      'changes:form.error.tooLong',
      'outcomes:form.error.required',
      'name:form.error.required',
      'email:form.error.required',
    ])
  })
})
