import type { ServerProps } from 'payload'
import { hasRole } from '../../../../access/roles'
import { formatDate, formatMonth, formatNumber } from '../../../../i18n/format'
import { intlTags, isLocale, localeNames, locales, type Locale } from '../../../../i18n/locales'
import { ImportSubscribers } from '../../import-export/admin/ImportSubscribers'
import { importTextsIn } from '../../import-export/import-texts-in'
import { figuresText as text } from '../figures-text'
import { readNewsletterFigures } from '../read-newsletter-figures'

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }
const number = { ...cell, textAlign: 'right' as const }

function growth(lang: Locale, percent: number | null): string {
  if (percent === null) return '–'
  return new Intl.NumberFormat(intlTags[lang], { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent / 100)
}

/**
 * Above the subscribers list, for editors: the figures (the last twelve months, this month per
 * language, the sent issues) in the editor's admin language with dates and numbers in its locale,
 * the CSV downloads, and the import form.
 */
export async function NewsletterTools({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const lang: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const figures = await readNewsletterFigures(payload)
  const api = payload.config.routes.api
  const all = figures.months.filter((m) => m.language === 'all').slice(-12).reverse()
  const latest = all[0]?.month
  const perLanguage = figures.months.filter((m) => m.month === latest && m.language !== 'all')
  const n = (v: number) => formatNumber(lang, v)
  return (
    <div style={{ marginBottom: '2rem' }}>
      <section aria-labelledby="newsletter-figures-heading" style={{ marginBottom: '2rem' }}>
        <h2 id="newsletter-figures-heading">{text.heading[lang]}</h2>
        <p>{text.intro[lang]}</p>
        {all.length === 0 ? (
          <p>{text.none[lang]}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {[text.month, text.subscribers, text.new, text.unsubscribed, text.bounced, text.growth].map((h, i) => (
                  <th key={h.en} scope="col" style={i === 0 ? cell : number}>
                    {h[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {all.map((m) => (
                <tr key={m.month}>
                  <th scope="row" style={cell}>
                    {formatMonth(lang, m.month)}
                  </th>
                  <td style={number}>{n(m.subscribers)}</td>
                  <td style={number}>{n(m.new)}</td>
                  <td style={number}>{n(m.unsubscribed)}</td>
                  <td style={number}>{n(m.bounced)}</td>
                  <td style={number}>{growth(lang, m.growthPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {perLanguage.length ? (
          <>
            <h3>{text.byLanguage[lang]}</h3>
            <table style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  {[text.language, text.subscribers, text.new, text.unsubscribed, text.bounced, text.growth].map((h, i) => (
                    <th key={h.en} scope="col" style={i === 0 ? cell : number}>
                      {h[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {locales.map((l) => {
                  const m = perLanguage.find((p) => p.language === l)
                  return m ? (
                    <tr key={l}>
                      <th scope="row" style={cell} lang={l}>
                        {localeNames[l]}
                      </th>
                      <td style={number}>{n(m.subscribers)}</td>
                      <td style={number}>{n(m.new)}</td>
                      <td style={number}>{n(m.unsubscribed)}</td>
                      <td style={number}>{n(m.bounced)}</td>
                      <td style={number}>{growth(lang, m.growthPercent)}</td>
                    </tr>
                  ) : null
                })}
              </tbody>
            </table>
          </>
        ) : null}
        <h3>{text.issues[lang]}</h3>
        {figures.issues.length === 0 ? (
          <p>{text.noIssues[lang]}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {[text.issue, text.sentAt, text.recipients, text.delivered].map((h, i) => (
                  <th key={h.en} scope="col" style={i < 2 ? cell : number}>
                    {h[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.issues.slice(0, 12).map((i) => (
                <tr key={i.id}>
                  <th scope="row" style={cell}>
                    <a href={`${payload.config.routes.admin}/collections/newsletter-issues/${i.id}`}>{i.title}</a>
                  </th>
                  <td style={cell}>{formatDate(lang, i.sentAt)}</td>
                  <td style={number}>{n(i.recipients)}</td>
                  <td style={number}>{n(i.delivered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{text.downloads[lang]}</h3>
        <ul>
          <li>
            <a href={`${api}/subscribers/figures.csv`}>{text.figuresCsv[lang]}</a>
          </li>
          <li>
            <a href={`${api}/subscribers/figures.csv?table=issues`}>{text.issuesCsv[lang]}</a>
          </li>
          <li>
            <a href={`${api}/subscribers/export.csv`}>{text.exportCsv[lang]}</a>
          </li>
        </ul>
      </section>
      <ImportSubscribers api={api} texts={importTextsIn(lang)} />
    </div>
  )
}
