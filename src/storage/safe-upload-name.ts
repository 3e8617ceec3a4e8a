// Names Windows reserves: sanitize-filename (used by Payload) deletes them, so "CON.pdf" was
// stored as the dotfile ".pdf".
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * A stored file name that survives Payload's own sanitizing as a visible, non-empty name: no
 * folders, control characters or leading dots and no Windows device name as the base.
 */
export function safeUploadName(original: string): string {
  const clean = (original.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  const name = clean.replace(/^[\s.]+/, '')
  // ".pdf" is an extension without a name: keep it as the extension of a plain name.
  if (name && name !== clean && !name.includes('.')) return `file.${name}`
  const dot = name.lastIndexOf('.')
  let base = dot > 0 ? name.slice(0, dot) : name
  const ext = dot > 0 ? name.slice(dot + 1) : ''
  // Windows also reserves "CON.tar" style names: the part before the first dot counts.
  const first = base.split('.')[0] ?? ''
  if (reserved.test(first.trim())) base = `${first.trim()}-file${base.slice(first.length)}`
  if (!base.replace(/[.\s]/g, '')) base = 'file'
  return ext ? `${base}.${ext}` : base
}
