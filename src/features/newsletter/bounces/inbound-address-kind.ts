/**
 * Which of the newsletter's own addresses on the bounce domain this is: the return paths
 * (`bounces+<delivery>-<signature>@`, and plain `bounces@` for feedback loops that report to one
 * fixed address) or a List-Unsubscribe mailto (`unsubscribe+<token>@`). Anything else is not ours.
 */
export function inboundAddressKind(address: string, bounceDomain: string): 'bounces' | 'unsubscribe' | undefined {
  const at = address.lastIndexOf('@')
  if (at <= 0 || address.slice(at + 1).toLowerCase() !== bounceDomain.toLowerCase()) return undefined
  const local = address.slice(0, at)
  if (/^bounces(\+\d{1,15}-[a-z0-9]+)?$/i.test(local)) return 'bounces'
  if (/^unsubscribe\+[A-Za-z0-9_-]{16,64}$/.test(local)) return 'unsubscribe'
  return undefined
}
