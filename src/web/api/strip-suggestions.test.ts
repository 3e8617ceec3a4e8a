import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { stripSuggestions } from './strip-suggestions'

describe('stripSuggestions', () => {
  it('removes the field-name hint and keeps the rest of the message', () => {
    const err = stripSuggestions(new GraphQLError('Cannot query field "titel" on type "News". Did you mean "title" or "titles"?'))
    expect(err.message).toBe('Cannot query field "titel" on type "News".')
  })

  it('leaves messages without a hint untouched', () => {
    const original = new GraphQLError('Syntax Error: Unexpected Name "x".')
    expect(stripSuggestions(original)).toBe(original)
  })

  it('strips a plain Error as well', () => {
    expect(stripSuggestions(new Error('Unknown type "Nws". Did you mean "News"?')).message).toBe('Unknown type "Nws".')
  })
})
