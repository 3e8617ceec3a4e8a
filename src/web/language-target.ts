/**
 * Where the language switcher sends the visitor: `next` when it is a path in the chosen language,
 * else that language's home. Characters a Location header cannot carry (controls, CR/LF, NUL,
 * anything outside printable ASCII) are percent-encoded; an unencodable value (a lone surrogate)
 * falls back to the home page. Existing `%` escapes are kept as they are.
 */
export function languageTarget(locale: string, next: unknown): string {
  const home = `/${locale}/`
  if (typeof next !== 'string' || !next.startsWith(home)) return home
  try {
    return next.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c))
  } catch {
    return home
  }
}
