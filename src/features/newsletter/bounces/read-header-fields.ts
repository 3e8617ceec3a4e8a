/** One block of "Name: value" fields, names lowercased; a repeated name keeps its first value. */
export type HeaderFields = Record<string, string>

/**
 * The field blocks of a message/delivery-status or message/feedback-report part (RFC 3464 §2.1,
 * RFC 5965 §3.1), or of a header section: RFC 5322 fields with folded continuation lines, blocks
 * separated by blank lines. mailparser splits the MIME parts but leaves these bodies as text.
 * With `headersOnly`, reading stops at the first blank line (the header of an original message).
 */
export function readHeaderFields(text: string, headersOnly = false): HeaderFields[] {
  const blocks: HeaderFields[] = []
  let block: HeaderFields = {}
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (Object.keys(block).length) blocks.push(block)
      if (headersOnly && blocks.length) return blocks
      block = {}
      last = undefined
      continue
    }
    if (/^[ \t]/.test(line) && last) {
      block[last] = `${block[last]} ${line.trim()}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (name in block) {
      last = undefined
      continue
    }
    block[name] = line.slice(colon + 1).trim()
    last = name
  }
  if (Object.keys(block).length) blocks.push(block)
  return blocks
}
