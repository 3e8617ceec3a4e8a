import { isIPv4, isIPv6 } from 'node:net'

/** The eight 16-bit groups of an IPv6 address (without zone), lower-case, without leading zeros. */
function groupsOf(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const part = (s: string | undefined) => (s ? s.split(':') : [])
  const expand = (groups: string[]) =>
    groups.flatMap((g) => {
      if (!isIPv4(g)) return [g]
      const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number)
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)]
    })
  const front = expand(part(head))
  const back = expand(part(tail))
  const zeros = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill('0')
  return [...front, ...zeros, ...back].map((g) => parseInt(g, 16).toString(16))
}

/**
 * What the login limits count as one client: an IPv4 address as it is, an IPv6 address by its /64
 * network (one subscriber's, which can use any of its 2^64 addresses), an IPv4-mapped IPv6 address
 * as the IPv4 address. Anything else (no address) is kept as given.
 */
export function networkOf(address: string): string {
  const bare = address.split('%')[0] ?? address
  if (!isIPv6(bare)) return address
  const groups = groupsOf(bare)
  if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    const [hi = 0, lo = 0] = [parseInt(groups[6] ?? '0', 16), parseInt(groups[7] ?? '0', 16)]
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  }
  return `${groups.slice(0, 4).join(':')}::/64`
}
