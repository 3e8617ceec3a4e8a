import type { SanitizedConfig } from 'payload'
import { isLocale } from '../i18n/locales'
import { translate } from '../i18n/translate'

/**
 * The config with the browser-tab suffix and the link-preview site name in the editor's admin
 * language. Payload 3.90.1 reads `admin.meta.titleSuffix` as one fixed string for every admin
 * language; the admin page's generateMetadata (app/(payload)/admin/…/page.tsx) knows the request's
 * language, so it hands Payload's metadata this copy instead. Other languages get the English name.
 */
export function withAdminLanguageBrand(config: SanitizedConfig, language: string): SanitizedConfig {
  const name = translate(isLocale(language) ? language : 'en', 'site.name')
  const meta = config.admin.meta
  // The sanitized type marks every Open Graph field required; Payload's metadata takes a partial one.
  const openGraph = { ...meta.openGraph, siteName: name } as typeof meta.openGraph
  return { ...config, admin: { ...config.admin, meta: { ...meta, titleSuffix: ` · ${name}`, openGraph } } }
}
