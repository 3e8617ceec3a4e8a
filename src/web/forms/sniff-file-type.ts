export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp'

const extensions: Record<SniffedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

const startsWith = (data: Buffer, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b)

/**
 * The type of an uploaded file judged by its content (magic bytes), never by its name or the
 * type the browser claims. A PDF must also end like one (%%EOF near the end), as Payload requires.
 */
export function sniffFileType(data: Buffer): SniffedType | undefined {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
    return tail.includes('%%EOF') && tail.includes('xref') ? 'application/pdf' : undefined
  }
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return undefined
}

/** The file name extension that belongs to a sniffed type. */
export function extensionFor(type: SniffedType): string {
  return extensions[type]
}
