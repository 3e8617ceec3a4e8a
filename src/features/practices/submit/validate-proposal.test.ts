import { describe, expect, it } from 'vitest'
import { parseUrlEncoded } from '../../../web/forms/form-body'
import { validateProposal } from './validate-proposal'

const themes = [
  { id: 1, slug: 'housing' },
  { id: 2, slug: 'labour-market' },
]
const none = { files: [], extra: 0 }
const valid = {
  title: 'Språkvän',
  summary: 'Volunteers meet newcomers.',
  country: 'SE',
  howItWorks: 'Pairs meet weekly.\n\nThey talk.',
  name: 'Anna Svensson',
  email: 'anna@example.org',
}
const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) params.append(k, x)
  return parseUrlEncoded(params.toString())
}

describe('proposal validation', () => {
  it('accepts the required fields alone, with defaults', () => {
    const { proposal, errors } = validateProposal(form(valid), none, themes)
    expect(errors).toEqual([])
    expect(proposal).toMatchObject({
      title: 'Språkvän',
      country: 'SE',
      runState: 'ongoing',
      themes: [],
      targetGroups: [],
      challenge: '',
      howItWorks: 'Pairs meet weekly.\n\nThey talk.',
      contact: { name: '', email: '', consent: false },
      submitter: { name: 'Anna Svensson', email: 'anna@example.org' },
    })
  })
  it('maps chosen themes to their ids and keeps vocabularies', () => {
    const { proposal } = validateProposal(
      form({ ...valid, themes: ['labour-market'], targetGroups: ['youth', 'asylum-seekers'], actorType: 'ngo', runState: 'ended', startDate: '2022-01-15', contactConsent: 'yes' }),
      none,
      themes,
    )
    expect(proposal).toMatchObject({ themes: [2], targetGroups: ['youth', 'asylum-seekers'], actorType: 'ngo', runState: 'ended', startDate: '2022-01-15', contact: { consent: true } })
  })
  it('lists every problem in the order of the form', () => {
    const { proposal, errors } = validateProposal(
      form({ title: 'x'.repeat(121), country: 'US', themes: 'nope', link: 'ftp://x', email: 'nope' }),
      { files: [{ field: 'attachments', filename: 'a.pdf', path: '/tmp/a.pdf', size: 4, sample: Buffer.from('text'), truncated: false }], extra: 0 },
      themes,
    )
    expect(proposal).toBeUndefined()
    expect(errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'title:form.error.tooLong',
      'summary:form.error.required',
      'country:form.error.choice',
      'themes:form.error.choice',
      'howItWorks:form.error.required',
      'link:form.error.url',
      'attachments:form.error.fileType',
      'name:form.error.required',
      'email:form.error.email',
    ])
  })
  it('returns attachments that pass the content check', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])
    const { uploads, errors } = validateProposal(form(valid), { files: [{ field: 'attachments', filename: 'Foto.png', path: '/tmp/Foto.png', size: png.length, sample: png, truncated: false }], extra: 0 }, themes)
    expect(errors).toEqual([])
    expect(uploads).toMatchObject([{ filename: 'foto.png', mimeType: 'image/png' }])
  })
})
