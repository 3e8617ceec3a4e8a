import { getTranslation, initI18n, type I18nClient } from '@payloadcms/translations'
import type { FastifyInstance } from 'fastify'
import { getRequestLanguage } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fiLexical } from '../../src/i18n/admin/fi-lexical'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: the admin in Finnish, through the configuration Payload really runs with.
let t: TestPayload
let app: FastifyInstance
let fi: I18nClient

type Tree = { [key: string]: Tree | string }
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}
const placeholders = (s: string) => [...new Set(s.match(/\{\{[^}]*\}\}/g) ?? [])].sort()

beforeAll(async () => {
  t = await startTestPayload()
  app = await buildApp({ payload: t.payload, env: t.env })
  // The language as Payload derives it for an editor who chose Finnish (typed by Payload without 'fi'),
  // in the 'client' context: the strings the admin's browser code gets.
  const language = getRequestLanguage({ config: t.payload.config, cookies: new Map([['payload-lng', 'fi']]), headers: new Headers() })
  fi = (await initI18n({ config: t.payload.config.i18n, context: 'client', language })) as I18nClient
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('the admin in Finnish', () => {
  it('offers Finnish among the six languages, named in Finnish', () => {
    expect(Object.keys(t.payload.config.i18n.supportedLanguages)).toEqual(['sv', 'nb', 'da', 'fi', 'is', 'en'])
    expect(fi.t('general:thisLanguage')).toBe('Suomi')
  })

  it('picks Finnish for an editor who chose it (the language cookie), not from Accept-Language alone', () => {
    const language = (cookie: string | undefined, acceptLanguage: string) =>
      getRequestLanguage({
        config: t.payload.config,
        cookies: new Map(cookie ? [['payload-lng', cookie]] : []),
        headers: new Headers({ 'accept-language': acceptLanguage }),
      })
    expect(language('fi', 'en')).toBe('fi')
    // Payload matches the header against its own list, which lacks 'fi' (see admin-languages.ts).
    expect(language(undefined, 'fi, sv;q=0.8')).toBe('sv')
  })

  it("speaks Finnish in Payload's strings and in the rich-text editor's", () => {
    expect(fi.t('general:save')).toBe('Tallenna')
    expect(fi.t('version:publish')).toBe('Julkaise')
    expect(fi.t('version:draft')).toBe('Luonnos')
    expect(fi.t('authentication:login')).toBe('Kirjaudu sisään')
    expect(fi.t('general:aboutToDeleteCount', { count: 1, label: 'Uutinen' })).toBe('Olet poistamassa 1 kohteen (Uutinen)')
    expect(fi.t('general:aboutToDeleteCount', { count: 3, label: 'Uutiset' })).toBe('Olet poistamassa 3 kohdetta (Uutiset)')
    expect(fi.t('lexical:general:placeholder' as never)).toBe(fiLexical.general.placeholder)
    expect(fi.t('lexical:link:label' as never)).toBe('Linkki')
  })

  it("has every string of the rich-text editor that English has, with the same placeholders", () => {
    const translations = t.payload.config.i18n.translations as Record<string, { lexical: Tree }>
    const english = flatten(translations.en.lexical)
    const finnish = flatten(translations.fi.lexical)
    expect(english.size).toBeGreaterThan(10)
    for (const [key, en] of english) {
      expect(finnish.get(key), key).toBeTruthy()
      expect(placeholders(finnish.get(key) ?? ''), key).toEqual(placeholders(en))
    }
  })

  it("labels the project's own admin entries in Finnish (Background jobs)", () => {
    const jobs = t.payload.collections['payload-jobs'].config
    expect(getTranslation(jobs.labels.plural, fi)).toBe('Taustatyöt')
    expect(getTranslation(jobs.admin.group || '', fi)).toBe('Järjestelmä')
  })

  it('answers the API in Finnish to an editor who chose Finnish', async () => {
    await t.payload.create({ collection: 'users', data: { email: 'fi@test.example', password: 'a-long-password', roles: ['editor'] }, overrideAccess: true })
    const login = (cookie: string) =>
      app.inject({
        method: 'POST',
        url: '/api/users/login',
        headers: { 'content-type': 'application/json', cookie },
        payload: JSON.stringify({ email: 'fi@test.example', password: 'wrong-password' }),
      })
    const fiAnswer = await login('payload-lng=fi')
    expect(fiAnswer.statusCode).toBe(401)
    expect(fiAnswer.json().errors[0].message).toBe('Sähköpostiosoite tai salasana on väärä.')
    expect((await login('payload-lng=en')).json().errors[0].message).toBe('The email or password provided is incorrect.')
  })
})
