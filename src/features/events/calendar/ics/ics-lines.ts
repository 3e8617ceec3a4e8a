/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Content lines of at most 75 octets, continued with CRLF and a space (RFC 5545 3.1). Cuts fall
 * between UTF-8 characters, never inside one.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    const limit = out.length === 0 ? 75 : 74
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** Lines joined with CRLF, each folded, ending with CRLF. */
export function icsDocument(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** An instant in UTC, basic format: 20261203T091500Z. */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}
