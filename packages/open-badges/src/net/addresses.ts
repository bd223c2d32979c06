import { BlockList, isIP } from 'node:net';

/** Loopback: reachable only with `allowLoopback` (tests serving documents from the same machine). */
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Addresses a verifier must not be made to reach on someone's behalf (RFC 6890 special-purpose ranges). */
const restricted = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  restricted.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  restricted.addSubnet(network, prefix, 'ipv6');

export interface AddressPolicy {
  allowLoopback: boolean;
  allowPrivateAddresses: boolean;
}

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it carries. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** Why `address` may not be contacted under `policy`, or undefined when it may. */
export function refusedAddress(address: string, policy: AddressPolicy): string | undefined {
  const ip = unmapped(address);
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(ip) === 0) return `${address} is not an IP address`;
  if (loopback.check(ip, family))
    return policy.allowLoopback ? undefined : `${address} is loopback`;
  if (restricted.check(ip, family) && !policy.allowPrivateAddresses)
    return `${address} is a private or reserved address`;
  return undefined;
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const ip = unmapped(host);
  return isIP(ip) !== 0 && loopback.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}
