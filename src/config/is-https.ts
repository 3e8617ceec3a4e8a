/** The site is served over https (behind a TLS proxy or not) when its public URL says so. */
export function isHttps(publicUrl: string): boolean {
  return publicUrl.toLowerCase().startsWith('https:')
}

/** The attribute to append to a Set-Cookie value: `Secure` on https sites, nothing in local http dev. */
export function secureCookieAttribute(publicUrl: string): string {
  return isHttps(publicUrl) ? '; Secure' : ''
}
