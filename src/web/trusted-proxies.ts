import { BlockList, isIPv4, isIPv6 } from 'node:net'

/** Fastify's `trustProxy` form: is the peer at this address a proxy whose X-Forwarded-For we believe? */
export type ProxyTrust = (address: string, hop?: number) => boolean

/** Plain IPv4 for an IPv4-mapped IPv6 address (how a dual-stack socket reports an IPv4 peer). */
function plain(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address
}

/**
 * Compiles TRUSTED_PROXIES (addresses or CIDR ranges) into a trust test. An empty list trusts
 * nobody, so X-Forwarded-For (and X-Request-Id) from any client is ignored.
 */
export function compileProxyTrust(proxies: readonly string[]): ProxyTrust {
  if (proxies.length === 0) return () => false
  const list = new BlockList()
  for (const entry of proxies) {
    const [rawAddress, prefix] = entry.split('/')
    const address = plain(rawAddress ?? '')
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined
    if (!type) throw new Error(`not an IP address: ${entry}`)
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return (address) => {
    const a = plain(address)
    const type = isIPv4(a) ? 'ipv4' : isIPv6(a) ? 'ipv6' : undefined
    return type !== undefined && list.check(a, type)
  }
}
