import type { ServerProps, TypedUser } from 'payload'
import { isLocale, type Locale } from '../../../../i18n/locales'
import type { MessageKey } from '../../../../i18n/messages/en'
import { translate } from '../../../../i18n/translate'
import type { Event } from '../../../../payload-types'
import { modesOf } from '../../vocabulary'
import { capacityOf } from '../../registration/registration-window'
import { organiserText as text } from '../organiser-text'
import { summarizeRegistrations } from '../summarize-registrations'
import { CheckIn } from './CheckIn'

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }

/**
 * In an event's edit view: its registrations at a glance (per mode and per country), the CSV file,
 * the list, a message to the participants, and check-in. Shown to whoever may read registrations.
 */
export async function EventRegistrations(props: ServerProps & { data?: Partial<Event>; id?: number | string }) {
  const { payload, user, i18n } = props
  const event = props.data
  const lang: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  if (!user || !event) return null
  const id = Number(props.id ?? event.id)
  if (event.kind === 'external') return <p>{text.notOwn[lang]}</p>
  if (!Number.isInteger(id) || id <= 0) return <p>{text.saveFirst[lang]}</p>
  const modes = modesOf(event.format ?? 'inPerson')
  const summary = await summarizeRegistrations(payload, user as TypedUser, id, modes)
  const admin = payload.config.routes.admin
  const api = payload.config.routes.api
  const modeName = (m: string) => translate(lang, `attendanceMode.${m}` as MessageKey)
  return (
    <section aria-labelledby="event-registrations-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="event-registrations-heading">{text.heading[lang]}</h2>
      {event.personalDataPurgedAt ? <p>{text.purged[lang]}</p> : null}
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {[text.mode, text.places, text.confirmed, text.waiting, text.cancelled, text.attended].map((h) => (
              <th key={h.en} scope="col" style={cell}>
                {h[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.modes.map((m) => (
            <tr key={m.mode}>
              <th scope="row" style={cell}>
                {modeName(m.mode)}
              </th>
              <td style={cell}>{capacityOf({ registration: event.registration }, m.mode)}</td>
              <td style={cell}>{m.confirmed}</td>
              <td style={cell}>{m.waiting}</td>
              <td style={cell}>{m.cancelled}</td>
              <td style={cell}>{m.attended}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {Object.keys(summary.byCountry).length ? (
        <p>
          {text.byCountry[lang]}:{' '}
          {Object.entries(summary.byCountry)
            .map(([c, n]) => `${translate(lang, `country.${c}` as MessageKey)} ${n}`)
            .join(', ')}
        </p>
      ) : null}
      <ul>
        <li>
          <a href={`${api}/events/${id}/registrations.csv`}>{text.csv[lang]}</a>
        </li>
        <li>
          <a href={`${admin}/collections/registrations?where[event][equals]=${id}`}>{text.list[lang]}</a>
        </li>
        <li>
          <a href={`${admin}/collections/event-messages/create`}>{text.message[lang]}</a>
        </li>
      </ul>
      {summary.confirmed.length ? (
        <CheckIn
          api={api}
          texts={{ heading: text.checkIn[lang], hint: text.checkInHint[lang], failed: text.saveFailed[lang] }}
          people={summary.confirmed.map((r) => ({ id: r.id, name: r.name, organisation: r.organisation ?? '', mode: modeName(r.mode), attended: r.attended === true }))}
        />
      ) : null}
    </section>
  )
}
