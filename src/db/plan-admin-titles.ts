import { adminTitles } from '../fields/admin-title'
import { isLocale, locales, type Locale } from '../i18n/locales'

export type TitleRow = { parent: number; locale: string; title: string | null }
export type AdminTitleWrite = { parent: number; locale: Locale; value: string; insert: boolean }

/**
 * What the admin_title migration writes for documents stored before the field existed: for every
 * document with a title in some locale, the admin title of each of the six locales (an update
 * where the locale row exists, an insert where it does not). Pure, so both dialects share it.
 */
export function planAdminTitles(rows: readonly TitleRow[]): AdminTitleWrite[] {
  const byParent = new Map<number, Map<Locale, string | null>>()
  for (const row of rows) {
    if (!isLocale(row.locale)) continue
    const titles = byParent.get(row.parent) ?? new Map<Locale, string | null>()
    titles.set(row.locale, row.title)
    byParent.set(row.parent, titles)
  }
  const writes: AdminTitleWrite[] = []
  for (const [parent, titles] of byParent) {
    const shown = adminTitles(Object.fromEntries([...titles].filter(([, t]) => typeof t === 'string')) as Partial<Record<Locale, string>>)
    if (!shown.en) continue // no title in any locale: nothing to show
    for (const locale of locales) writes.push({ parent, locale, value: shown[locale], insert: !titles.has(locale) })
  }
  return writes
}

/** The locale tables (documents and their versions) whose admin_title the migration fills in. */
export const adminTitleTables = [
  { table: 'practices_locales', title: 'title', adminTitle: 'admin_title' },
  { table: 'news_locales', title: 'title', adminTitle: 'admin_title' },
  { table: '_news_v_locales', title: 'version_title', adminTitle: 'version_admin_title' },
  { table: 'pages_locales', title: 'title', adminTitle: 'admin_title' },
  { table: '_pages_v_locales', title: 'version_title', adminTitle: 'version_admin_title' },
] as const
