import { withDateFormats } from '../../fields/with-date-formats'
import type { CollectionConfig, Field, FieldHook } from 'payload'
import { isAdmin } from '../../access/is-admin'
import { isEditor } from '../../access/is-editor'

/**
 * "Retry" in the admin: an editor ticks it on a failed job and saves. The job becomes due again with
 * a fresh set of attempts and the runners pick it up. A field hook, because Payload skips collection
 * hooks of the jobs collection for its own updates but still runs them (with a warning) when set.
 */
const retryOnRequest: FieldHook = ({ value, siblingData }) => {
  if (value) {
    Object.assign(siblingData, {
      hasError: false,
      error: null,
      processing: false,
      completedAt: null,
      waitUntil: null,
      totalTried: 0,
      claimedBy: null,
      claimedAt: null,
    })
  }
  return false
}

const claimFields: Field[] = [
  {
    name: 'claimedBy',
    type: 'text',
    label: { en: 'Claimed by runner', sv: 'Tagen av körare', nb: 'Tatt av kjører', da: 'Taget af afvikler', is: 'Tekið af keyrslu', fi: 'Varannut suorittaja' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'claimedAt',
    type: 'date',
    index: true,
    label: { en: 'Claim renewed at', sv: 'Anspråk förnyat', nb: 'Krav fornyet', da: 'Krav fornyet', is: 'Tilkall endurnýjað', fi: 'Varaus uusittu' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'retry',
    type: 'checkbox',
    virtual: true,
    hooks: { beforeChange: [retryOnRequest] },
    label: { en: 'Retry this job', sv: 'Försök igen', nb: 'Prøv igjen', da: 'Prøv igen', is: 'Reyna aftur', fi: 'Yritä uudelleen' },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.hasError),
      description: {
        en: 'Tick and save to run a failed job again.',
        sv: 'Markera och spara för att köra ett misslyckat jobb igen.',
        nb: 'Kryss av og lagre for å kjøre en mislykket jobb på nytt.',
        da: 'Markér og gem for at køre et mislykket job igen.',
        is: 'Hakaðu við og vistaðu til að keyra misheppnað verk aftur.',
        fi: 'Valitse tämä ja tallenna, niin epäonnistunut työ ajetaan uudelleen.',
      },
    },
  },
]

/**
 * Payload's jobs collection, made visible to editors (failed jobs show their error and can be
 * retried) and given the claim fields the runners use to run each job exactly once.
 */
export function jobsCollection(defaults: CollectionConfig): CollectionConfig {
  return withDateFormats({
    ...defaults,
    labels: {
      singular: { en: 'Background job', sv: 'Bakgrundsjobb', nb: 'Bakgrunnsjobb', da: 'Baggrundsjob', is: 'Bakgrunnsverk', fi: 'Taustatyö' },
      plural: { en: 'Background jobs', sv: 'Bakgrundsjobb', nb: 'Bakgrunnsjobber', da: 'Baggrundsjob', is: 'Bakgrunnsverk', fi: 'Taustatyöt' },
    },
    admin: {
      ...defaults.admin,
      hidden: false,
      group: { en: 'System', sv: 'System', nb: 'System', da: 'System', is: 'Kerfi', fi: 'Järjestelmä' },
      useAsTitle: 'taskSlug',
      defaultColumns: ['taskSlug', 'hasError', 'totalTried', 'waitUntil', 'processing', 'createdAt'],
    },
    access: { read: isEditor, update: isEditor, create: () => false, delete: isAdmin },
    fields: [...defaults.fields, ...claimFields],
  })
}
