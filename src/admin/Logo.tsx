import type { ServerProps } from 'payload'
import { isLocale } from '../i18n/locales'
import { translate } from '../i18n/translate'
import { SiteMark } from './site-mark'

/** The login page's logo: the site's mark and its name in the admin language (not "Payload"), as its heading. */
export function Logo({ i18n }: Partial<ServerProps>) {
  const lang = isLocale(i18n?.language) ? i18n.language : 'en'
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <SiteMark size={48} />
      {/* The heading of the login page (Payload gives it none, so there was nothing to navigate by). */}
      <h1 style={{ fontSize: '1.5rem', fontWeight: 600, margin: 0 }}>{translate(lang, 'site.name')}</h1>
    </span>
  )
}
