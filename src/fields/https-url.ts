/** Field validator: empty, or an absolute http(s) address. */
export const httpsUrl = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || value.length > 500) return 'Use a web address of at most 500 characters.'
  try {
    const u = new URL(value)
    return u.protocol === 'https:' || u.protocol === 'http:' ? true : 'Use an address that starts with https://'
  } catch {
    return 'Use a full web address, e.g. https://example.org'
  }
}
