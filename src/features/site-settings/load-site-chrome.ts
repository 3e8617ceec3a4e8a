import type { Payload } from 'payload'
import type { SiteChrome } from '../../web/context'

/** Contact, social links and the current theme, read through access control as an anonymous reader. */
export async function loadSiteChrome(payload: Payload): Promise<SiteChrome> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, user: null })
  const theme = settings.currentTheme
  return {
    contactEmail: settings.contactEmail || 'info@example.org',
    socialLinks: (settings.socialLinks ?? []).map((s) => ({ label: s.label, url: s.url })),
    currentThemeId: typeof theme === 'object' && theme ? theme.id : (theme ?? undefined),
  }
}
