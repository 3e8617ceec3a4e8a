/** Letters that Unicode does not decompose into a base letter plus accents. */
const special: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ð: 'd',
  đ: 'd',
  þ: 'th',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
}

/**
 * Text as lowercase ASCII words joined by single hyphens, at most `max` characters, cut at a
 * word boundary when possible: "Språkcafé i Tórshavn – Þórður & Ærø" → "sprakcafe-i-torshavn-thordur-aero".
 */
export function asciiWords(text: string, max: number): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøœðđþßłı]/g, (c) => special[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= max) return ascii
  const cut = ascii.slice(0, max + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > max / 2 ? cut.slice(0, boundary) : ascii.slice(0, max)).replace(/-+$/, '')
}
