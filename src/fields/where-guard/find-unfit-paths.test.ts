import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import { findUnfitPaths, type WhereContext } from './find-unfit-paths'

const themes = [{ name: 'slug', type: 'text' }] as FlattenedField[]
const news = [
  { name: 'title', type: 'text', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: '_status', type: 'select', options: [{ label: 'Draft', value: 'draft' }, { label: 'Published', value: 'published' }] },
  { name: 'countries', type: 'select', hasMany: true, options: ['SE', 'NO'] },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'featured', type: 'checkbox' },
  { name: 'contact', type: 'group', flattenedFields: [{ name: 'email', type: 'email' }] },
] as FlattenedField[]

const ctx: WhereContext = { fields: news, fieldsOf: (slug) => (slug === 'themes' ? themes : undefined), locales: ['sv', 'en'] }
const unfit = (where: unknown) => findUnfitPaths(where, ctx)

describe('findUnfitPaths', () => {
  it('lets through what each field type can be asked', () => {
    expect(
      unfit({
        title: { like: 'x', contains: 'y', in: 'a,b' },
        'title.sv': { like: 'x' },
        body: { exists: 'true' },
        _status: { equals: 'published', in: ['draft', 'published'] },
        themes: { in: '1,2', equals: null },
        'themes.slug': { like: 'x' },
        'themes.id': { equals: '3' },
        id: { not_in: [1, 2] },
        publishedAt: { greater_than: '2026-01-01', equals: 'null' },
        featured: { equals: 'true' },
        'contact.email': { contains: '@' },
        'version.title': { like: 'x' },
        parent: { equals: 4 },
      }),
    ).toEqual([])
  })

  it('names the paths whose operator the column cannot take: like on rich text, enums, dates, IDs', () => {
    expect(unfit({ body: { like: 'x' } })).toEqual(['body'])
    expect(unfit({ 'body.sv': { contains: 'x' } })).toEqual(['body.sv'])
    expect(unfit({ _status: { like: 'pub' } })).toEqual(['_status'])
    expect(unfit({ publishedAt: { contains: '2026' } })).toEqual(['publishedAt'])
    expect(unfit({ themes: { like: 'x' } })).toEqual(['themes'])
    expect(unfit({ title: { near: '1,2' } })).toEqual(['title'])
    expect(unfit({ countries: { all: 'SE' } })).toEqual(['countries'])
  })

  it('names the paths whose operand the column cannot take', () => {
    expect(unfit({ themes: { equals: 'x' } })).toEqual(['themes'])
    expect(unfit({ 'themes.id': { in: '1,x' } })).toEqual(['themes.id'])
    expect(unfit({ countries: { equals: 'XX' } })).toEqual(['countries'])
    expect(unfit({ _status: { equals: 'null' } })).toEqual(['_status'])
    expect(unfit({ publishedAt: { less_than: 'soon' } })).toEqual(['publishedAt'])
    expect(unfit({ featured: { equals: 'maybe' } })).toEqual(['featured'])
    expect(unfit({ title: { like: { nested: 'x' } } })).toEqual(['title'])
    expect(unfit({ body: { exists: 'perhaps' } })).toEqual(['body'])
  })

  it('looks inside and/or, at any depth, and names each path once', () => {
    expect(unfit({ or: [{ body: { like: 'x' } }, { and: [{ body: { like: 'y' } }, { themes: { like: 'z' } }] }] })).toEqual(['body', 'themes'])
  })

  it('leaves paths that name no field to Payload, which refuses them itself', () => {
    expect(unfit({ nothing: { like: 'x' }, 'themes.nothing': { near: 'x' }, 'title.xx': { like: 'x' } })).toEqual([])
    expect(unfit('not a where clause')).toEqual([])
  })
})
