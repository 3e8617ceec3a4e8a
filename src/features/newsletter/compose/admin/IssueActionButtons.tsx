'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = {
  api: string
  deliveries: string
  status: string
  scheduledAt?: string
  languages: { code: string; name: string }[]
  lang: string
  text: Record<string, string>
}

const section = { borderTop: '1px solid var(--theme-elevation-150)', paddingTop: '0.75rem', marginTop: '0.75rem' }
const field = { display: 'block', width: '100%', marginBottom: '0.5rem' }

/** The buttons behind IssueActions: each posts to its endpoint as the signed-in editor, then reloads. */
export function IssueActionButtons({ api, deliveries, status, scheduledAt, languages, lang, text }: Props) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [to, setTo] = useState('')
  const [testLang, setTestLang] = useState(lang)
  const [at, setAt] = useState('')

  async function act(path: string, body: Record<string, unknown> = {}) {
    setBusy(true)
    const res = await fetch(`${api}/${path}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null)
    const outcome = res ? (((await res.json().catch(() => ({}))) as { outcome?: string }).outcome ?? '') : ''
    setBusy(false)
    setMessage(res?.ok ? (text[outcome] ?? text.done) : (text[outcome] ?? text.failed))
    if (res?.ok) router.refresh()
  }

  return (
    <section aria-labelledby="issue-actions-heading" style={{ marginBottom: '1.5rem' }}>
      <h3 id="issue-actions-heading">{text.heading}</h3>
      <p role="status">{message}</p>
      {status === 'sending' ? <p>{text.sending}</p> : null}
      {status === 'sent' ? <p>{text.sent}</p> : null}
      {status === 'sending' || status === 'sent' ? (
        <p>
          <a href={deliveries}>{text.deliveries}</a>
        </p>
      ) : null}
      {status === 'draft' ? (
        <div style={section}>
          <button type="button" className="btn btn--style-secondary" disabled={busy} onClick={() => void act('digest')}>
            {text.digest}
          </button>
          <p>{text.digestHint}</p>
        </div>
      ) : null}
      <div style={section}>
        <p>{text.preview}:</p>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
          {languages.map((l) => (
            <li key={l.code}>
              <a href={`${api}/preview?locale=${l.code}`} lang={l.code} target="_blank" rel="noopener">
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div style={section}>
        <label htmlFor="issue-test-to">{text.testTo}</label>
        <input id="issue-test-to" type="text" inputMode="email" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} style={field} />
        <label htmlFor="issue-test-lang">{text.language}</label>
        <select id="issue-test-lang" value={testLang} onChange={(e) => setTestLang(e.target.value)} style={field}>
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn--style-secondary" disabled={busy} onClick={() => void act('test', { to, locale: testLang })}>
          {text.testButton}
        </button>
      </div>
      {status === 'draft' ? (
        <div style={section}>
          <label htmlFor="issue-schedule-at">{text.scheduleAt}</label>
          <input id="issue-schedule-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} style={field} />
          {/* datetime-local is the editor's own clock: sent as an instant. */}
          <button type="button" className="btn" disabled={busy} onClick={() => void act('schedule', at ? { at: new Date(at).toISOString() } : {})}>
            {text.scheduleButton}
          </button>
        </div>
      ) : null}
      {status === 'scheduled' ? (
        <div style={section}>
          <p>
            {text.scheduledFor} {scheduledAt ? new Date(scheduledAt).toLocaleString(lang) : ''}
          </p>
          <button type="button" className="btn btn--style-secondary" disabled={busy} onClick={() => void act('unschedule')}>
            {text.unschedule}
          </button>
        </div>
      ) : null}
    </section>
  )
}
