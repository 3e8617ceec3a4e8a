// C0 controls except tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) that let a name display as something else ("spoofing").
// Left-to-right and right-to-left marks stay: they only nudge mixed-direction text.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Text without invisible characters that can reorder or hide what an editor sees. */
export function stripUnsafeControls(value: string): string {
  return value.replace(unsafe, '')
}
