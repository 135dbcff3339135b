import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/** Loopback, private, link-local, shared and unspecified ranges: never a public receiver. */
const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6')

// IPv4-mapped IPv6 (::ffff:a.b.c.d) is a way to write any IPv4 address, private ones included. Kept
// apart: a BlockList holding it matches every IPv4 address.
const MAPPED = new BlockList()
MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6')

const isPrivate = (address: string): boolean =>
  isIP(address) === 6
    ? PRIVATE.check(address, 'ipv6') || MAPPED.check(address, 'ipv6')
    : PRIVATE.check(address, 'ipv4')

/**
 * Why a receiver URL may not be called, or null when it may. Unless the operator allows private
 * targets (WEBHOOK_ALLOW_PRIVATE), only https to a name or address that resolves to public addresses
 * only, so a workspace member cannot make the server call hosts inside its network. Checked when
 * the webhook is saved and again before each delivery (a name may point elsewhere since).
 */
export async function refuseTarget(url: string, allowPrivate: boolean): Promise<string | null> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a URL'
  }
  if (parsed.username || parsed.password) return 'credentials in the URL are not accepted'
  if (allowPrivate) return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? null : 'only http(s)'
  if (parsed.protocol !== 'https:') return 'only https receivers are accepted'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address)
  } catch {
    return `the host ${host} cannot be resolved`
  }
  if (addresses.length === 0 || addresses.some(isPrivate))
    return `the host ${host} is a private, loopback or link-local address`
  return null
}
