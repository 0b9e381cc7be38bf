/**
 * Hosted One-Time Secret: share-nothing regions with separate accounts, and the bare domain,
 * which "routes to an active data center" (research: ots-and-peers-extensions.md §1.2). These
 * origins are in the manifest's host_permissions; any other backend is asked for at runtime.
 */
export const hostedRegions = [
  { origin: 'https://onetimesecret.com', label: 'regionAny' },
  { origin: 'https://us.onetimesecret.com', label: 'regionUs' },
  { origin: 'https://eu.onetimesecret.com', label: 'regionEu' },
  { origin: 'https://uk.onetimesecret.com', label: 'regionUk' },
  { origin: 'https://ca.onetimesecret.com', label: 'regionCa' },
  { origin: 'https://nz.onetimesecret.com', label: 'regionNz' },
] as const;

export function isHostedOrigin(origin: string): boolean {
  return hostedRegions.some((region) => region.origin === origin);
}
