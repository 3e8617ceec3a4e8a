import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { withAdminLanguageBrand } from './brand-in-language'

const config = {
  admin: { user: 'users', meta: { titleSuffix: ' · Nordic Integration Clearinghouse', icons: [{ url: '/favicon.svg' }], openGraph: { siteName: 'Nordic Integration Clearinghouse' } } },
} as unknown as SanitizedConfig

describe('withAdminLanguageBrand', () => {
  it('puts the site’s name in the admin language into the tab suffix and the link-preview site name', () => {
    const fi = withAdminLanguageBrand(config, 'fi')
    expect(fi.admin.meta.titleSuffix).toBe(' · Pohjoismainen kotoutumisen tietopankki')
    expect(fi.admin.meta.openGraph?.siteName).toBe('Pohjoismainen kotoutumisen tietopankki')
    expect(withAdminLanguageBrand(config, 'is').admin.meta.titleSuffix).toBe(' · Norræni þekkingarbankinn um aðlögun')
  })
  it('keeps the rest of the config and leaves the original untouched', () => {
    const sv = withAdminLanguageBrand(config, 'sv')
    expect(sv.admin.meta.icons).toBe(config.admin.meta.icons)
    expect(sv.admin.user).toBe('users')
    expect(config.admin.meta.titleSuffix).toBe(' · Nordic Integration Clearinghouse')
  })
  it('falls back to the English name for a language the site does not have', () => {
    expect(withAdminLanguageBrand(config, 'de').admin.meta.titleSuffix).toBe(' · Nordic Integration Clearinghouse')
  })
})
