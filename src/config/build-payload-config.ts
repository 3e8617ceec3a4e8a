import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'
import type { Env } from './env'
import { srcDir } from './paths'
import { restrictLockedDocuments } from '../access/locked-documents-access'
import { repairPreferenceDelete } from './repair-preference-delete'
import { adminDateFormats, withDateFormats } from '../fields/with-date-formats'
import { withPlainText } from '../fields/with-plain-text'
import { withWhereGuard } from '../fields/where-guard/with-where-guard'
import { clientErrorLogLevels } from './client-error-log-levels'
import { collectionsOf, globalsOf } from '../capabilities/compose'
import { withAdminLabels, withAdminLabelsGlobal } from '../i18n/admin/with-admin-labels'
import { withInputLanguage } from '../admin/with-input-language'
import { emailAdapter } from '../features/email/email-adapter'
import { newsletterMailCustom } from '../features/newsletter/sending/newsletter-mail-settings'
import { Users } from '../features/users/collection'
import { jobsConfig, type TaskHandlers } from '../jobs/jobs-config'
import { objectStorage } from '../storage/object-storage'
import { defaultLocale, localeNames, locales } from '../i18n/locales'
import { adminI18n } from '../i18n/admin/admin-languages'
import { translate } from '../i18n/translate'
import { assetPath } from '../web/assets'

/** Only the configured dialect's adapter is loaded: each takes a noticeable part of start-up. */
async function database(config: Env): Promise<DatabaseAdapterObj> {
  // push is off everywhere: the schema only ever changes through the committed migrations.
  if (config.dialect === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return postgresAdapter({
      pool: { connectionString: config.databaseUrl },
      migrationDir: path.join(srcDir, 'migrations/postgres'),
      push: false,
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url: config.databaseUrl },
    migrationDir: path.join(srcDir, 'migrations/sqlite'),
    push: false,
    // WAL lets readers (page renders) go on while a job writes; the busy timeout makes a second
    // connection (the CLI, a test's second instance) wait for the lock instead of failing.
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 5000,
  })
}

export type ConfigOptions = {
  /**
   * Replaces the handler of a known task (tests count runs). Task slugs themselves are fixed: on
   * PostgreSQL they are an enum in the migrated schema.
   */
  taskHandlers?: TaskHandlers
}

/** The whole Payload configuration for one environment; tests build their own from a test Env. */
export async function buildPayloadConfig(config: Env, options: ConfigOptions = {}) {
  const db = await database(config)
  const built = await buildConfig({
    secret: config.payloadSecret,
    serverURL: config.publicUrl,
    admin: {
      user: Users.slug,
      avatar: 'default',
      // The site's own name and mark in the browser tab and on the login page, not Payload's. This
      // name is the English one; the admin page swaps in the editor's language (admin/brand-in-language.ts).
      // Lists and the document's timestamps: the year and a 24-hour clock (see fields/with-date-formats).
      dateFormat: adminDateFormats.dayAndTime,
      meta: {
        titleSuffix: ` · ${translate('en', 'site.name')}`,
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: assetPath('favicon.svg') }],
        openGraph: { siteName: translate('en', 'site.name') },
      },
      importMap: { baseDir: srcDir },
      // Server components, by path from src/ (run `payload generate:importmap` after changing them).
      components: {
        beforeDashboard: ['/features/dashboard/admin/EditorQueues#EditorQueues'],
        graphics: { Logo: '/admin/Logo#Logo', Icon: '/admin/Icon#Icon' },
      },
    },
    // Every capability's collections and globals, from the registry (capabilities/registry.ts).
    // …in the editor's admin language (i18n/admin/), refusing unfit where clauses (fields/where-guard/).
    // Text inputs carry the language of their text (admin/with-input-language.ts).
    collections: collectionsOf(config).map(withPlainText).map(withWhereGuard).map(withAdminLabels).map(withInputLanguage).map(withDateFormats),
    globals: globalsOf().map(withAdminLabelsGlobal),
    plugins: [objectStorage(config.s3)],
    jobs: jobsConfig(options.taskHandlers),
    editor: lexicalEditor(),
    db,
    email: emailAdapter(config),
    // Server-only settings that newsletter sending reads from the running instance (sending/newsletter-mail-settings.ts).
    custom: newsletterMailCustom(config),
    sharp,
    localization: {
      locales: locales.map((code) => ({ code, label: localeNames[code] })),
      defaultLocale,
      // The public site falls back per document and says so; Payload must not fill fields silently.
      fallback: false,
    },
    // The admin in the site's six languages; Finnish is our own (src/i18n/admin), Payload ships none.
    i18n: adminI18n,
    upload: { limits: { fileSize: 10 * 1024 * 1024 } },
    telemetry: false,
    loggingLevels: clientErrorLogLevels,
    typescript: { outputFile: path.join(srcDir, 'payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
  })
  return repairPreferenceDelete(restrictLockedDocuments(built))
}
