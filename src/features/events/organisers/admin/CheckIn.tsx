'use client'
import { useState } from 'react'

type Person = { id: number; name: string; organisation: string; mode: string; attended: boolean }
type Texts = { heading: string; hint: string; failed: string }

/**
 * Check-in on the day: one checkbox per confirmed participant, saved at once through the REST API
 * as the signed-in organiser (the server's access rules decide), and undone when saving fails.
 */
export function CheckIn({ people, texts, api }: { people: Person[]; texts: Texts; api: string }) {
  const [attended, setAttended] = useState<Record<number, boolean>>(() => Object.fromEntries(people.map((p) => [p.id, p.attended])))
  const [failed, setFailed] = useState<number | null>(null)
  async function toggle(id: number, value: boolean) {
    setAttended((a) => ({ ...a, [id]: value }))
    const res = await fetch(`${api}/registrations/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ attended: value }),
    }).catch(() => null)
    if (!res?.ok) {
      setAttended((a) => ({ ...a, [id]: !value }))
      setFailed(id)
    } else setFailed(null)
  }
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '1rem 0 0' }}>
      <legend style={{ fontWeight: 600 }}>{texts.heading}</legend>
      <p>{texts.hint}</p>
      {failed !== null ? <p role="alert">{texts.failed}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {people.map((p) => (
          <li key={p.id}>
            <input type="checkbox" id={`check-in-${p.id}`} checked={attended[p.id] ?? false} onChange={(e) => void toggle(p.id, e.target.checked)} />{' '}
            <label htmlFor={`check-in-${p.id}`}>
              {p.name}
              {p.organisation ? `, ${p.organisation}` : ''} ({p.mode})
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
