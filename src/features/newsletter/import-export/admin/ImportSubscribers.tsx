'use client'
import { useState, type FormEvent } from 'react'
import type { ImportProblemReason } from '../import-format'
import type { ImportReport } from '../import-subscribers'

export type ImportTexts = {
  heading: string
  hint: string
  file: string
  submit: string
  working: string
  imported: string
  skipped: string
  line: string
  email: string
  reason: string
  failed: string
  reasons: Record<ImportProblemReason, string>
}

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }

/**
 * The CSV import as a file form: posted to /api/subscribers/import as the signed-in editor, the
 * report shown below it (announced to screen readers) with each row that was not imported.
 */
export function ImportSubscribers({ api, texts }: { api: string; texts: ImportTexts }) {
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ImportReport | undefined>()
  const [failed, setFailed] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setFailed(false)
    setReport(undefined)
    const res = await fetch(`${api}/subscribers/import`, { method: 'POST', credentials: 'include', body: new FormData(event.currentTarget) }).catch(() => null)
    const body = res?.ok ? ((await res.json()) as ImportReport) : undefined
    setBusy(false)
    if (body) setReport(body)
    else setFailed(true)
  }
  return (
    <section aria-labelledby="subscriber-import-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="subscriber-import-heading">{texts.heading}</h2>
      <p id="subscriber-import-hint">{texts.hint}</p>
      <form onSubmit={(e) => void submit(e)} encType="multipart/form-data">
        <label htmlFor="subscriber-import-file" style={{ display: 'block', fontWeight: 600 }}>
          {texts.file}
        </label>
        <input id="subscriber-import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="subscriber-import-hint" />{' '}
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
          {busy ? texts.working : texts.submit}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {failed ? <p>{texts.failed}</p> : null}
        {report ? (
          <>
            <p>
              {texts.imported.replace('{n}', String(report.imported))} · {texts.skipped.replace('{n}', String(report.problems.length))}
            </p>
            {report.problems.length ? (
              <table style={{ borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>{texts.line}</th>
                    <th scope="col" style={cell}>{texts.email}</th>
                    <th scope="col" style={cell}>{texts.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p) => (
                    <tr key={`${p.line}-${p.reason}`}>
                      <td style={cell}>{p.line}</td>
                      <td style={cell}>{p.email ?? ''}</td>
                      <td style={cell}>{texts.reasons[p.reason] ?? p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  )
}
