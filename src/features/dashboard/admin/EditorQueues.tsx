import type { ServerProps } from 'payload'
import { collectionLabels } from '../../../i18n/admin/collection-labels'
import { countCollections } from '../count-collections'
import { isLocale, localeNames, locales, type Locale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import type { MessageKey } from '../../../i18n/messages/en'
import { dashboardText as text } from '../dashboard-text'
import { listReviewQueue, waitingStates } from '../review-queue'
import { listMissingTranslations } from '../translation-queue'

const cell = { padding: '0.4rem 0.75rem 0.4rem 0', textAlign: 'left' as const, verticalAlign: 'top' as const }

/**
 * Above Payload's dashboard: the number of documents per collection (Payload's tiles show none),
 * the review queue and the translation queue, in the editor's admin
 * language, read through the Local API as the signed-in user (so a role that may not read
 * submissions sees an empty queue). The translation queue's language comes from ?missing=.
 */
export async function EditorQueues({ payload, user, i18n, searchParams }: ServerProps) {
  if (!user) return null
  const lang: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const requested = searchParams?.missing
  const missing: Locale = isLocale(requested) ? requested : lang === 'en' ? 'sv' : 'en'
  const [counts, queue, untranslated] = await Promise.all([
    countCollections(payload, user, Object.keys(collectionLabels)),
    listReviewQueue(payload, user, lang),
    listMissingTranslations(payload, user, missing, lang),
  ])
  const admin = payload.config.routes.admin
  const kind = (slug: string) => collectionLabels[slug]?.singular[lang] ?? slug
  const stateLabel = (state: string) => translate(lang, `workflow.${state}` as MessageKey)
  return (
    <div style={{ marginBottom: '2rem' }}>
      <section aria-labelledby="document-counts-heading" style={{ marginBottom: '2rem' }}>
        <h2 id="document-counts-heading">{text.documents[lang]}</h2>
        <p>{text.documentsIntro[lang]}</p>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', listStyle: 'none', padding: 0 }}>
          {counts.map(({ collection, count }) => (
            <li key={collection}>
              <a href={`${admin}/collections/${collection}`}>{collectionLabels[collection]?.plural[lang] ?? collection}</a>: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-queue-heading" style={{ marginBottom: '2rem' }}>
        <h2 id="review-queue-heading">{text.reviewQueue[lang]}</h2>
        <p>{text.reviewIntro[lang]}</p>
        <ul style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0 }}>
          {waitingStates.map((s) => (
            <li key={s}>
              <strong>{queue.counts[s]}</strong> {stateLabel(s)}
            </li>
          ))}
        </ul>
        {queue.items.length === 0 ? (
          <p>{text.nothingWaiting[lang]}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{text.title[lang]}</th>
                <th style={cell}>{text.kind[lang]}</th>
                <th style={cell}>{text.state[lang]}</th>
                <th style={cell}>{text.language[lang]}</th>
                <th style={cell}>{text.waiting[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((item) => (
                <tr key={`${item.collection}-${item.id}`}>
                  <td style={cell}>
                    <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  </td>
                  <td style={cell}>{kind(item.collection)}</td>
                  <td style={cell}>{stateLabel(item.state)}</td>
                  <td style={cell} lang={item.language}>{item.language ? localeNames[item.language] : ''}</td>
                  <td style={cell}>{item.days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="translation-queue-heading">
        <h2 id="translation-queue-heading">{text.translationQueue[lang]}</h2>
        <nav aria-label={text.translationQueue[lang]}>
          {text.missingIn[lang]}{' '}
          {locales.map((l, i) => (
            <span key={l}>
              {i > 0 ? ' · ' : ''}
              <a href={`${admin}?missing=${l}`} lang={l} aria-current={l === missing ? 'true' : undefined} style={l === missing ? { fontWeight: 'bold' } : undefined}>
                {localeNames[l]}
              </a>
            </span>
          ))}
        </nav>
        {untranslated.length === 0 ? (
          <p>{text.nothingMissing[lang]}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: '1rem' }}>
            <thead>
              <tr>
                <th style={cell}>{text.title[lang]}</th>
                <th style={cell}>{text.kind[lang]}</th>
                <th style={cell}>{text.existsIn[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {untranslated.map((doc) => (
                <tr key={`${doc.collection}-${doc.id}`}>
                  <td style={cell}>
                    <a href={`${admin}/collections/${doc.collection}/${doc.id}?locale=${missing}`}>{doc.title}</a>
                  </td>
                  <td style={cell}>{kind(doc.collection)}</td>
                  <td style={cell}>{doc.languages.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
