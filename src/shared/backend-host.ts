import { toUnicode } from 'punycode.js';

/** What the options page tells a user about a backend's host before secrets go there. */
export interface BackendHostFacts {
  /** The host as the browser sends it (international names in punycode), with its port. */
  host: string;
  /** What an international (xn--) host spells; letters of other scripts can imitate a familiar name. */
  lookalike?: { unicode: string };
  /** Plain http: only ever accepted for this computer. */
  localHttp: boolean;
  /** An address inside a private network or a name only a local network resolves. */
  privateNetwork: boolean;
}

const privateSuffixes = ['.local', '.internal', '.lan', '.home.arpa', '.localhost', '.corp'];

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) return false;
  const [a = 0, b = 0] = parts;
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function isPrivateIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const address = host.slice(1, -1).toLowerCase();
  return address === '::1' || /^f[cd]/.test(address) || /^fe[89ab]/.test(address);
}

function isPrivateHost(hostname: string): boolean {
  return (
    isPrivateIpv4(hostname) ||
    isPrivateIpv6(hostname) ||
    !hostname.includes('.') ||
    privateSuffixes.some((suffix) => hostname.endsWith(suffix))
  );
}

/** `origin` is one checkBackendUrl accepted. */
export function describeBackendHost(origin: string): BackendHostFacts {
  const url = new URL(origin);
  const international = url.hostname.split('.').some((label) => label.startsWith('xn--'));
  return {
    host: url.host,
    ...(international ? { lookalike: { unicode: toUnicode(url.hostname) } } : {}),
    localHttp: url.protocol === 'http:',
    privateNetwork: isPrivateHost(url.hostname),
  };
}
