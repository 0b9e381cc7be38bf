import { checkBackendUrl } from './backend-url.ts';
import browser from './browser.ts';
import { isLifetime, lifetimeChoices, type Lifetime } from './lifetime/choices.ts';
import type { Settings } from './settings.ts';

/**
 * What an administrator fixes through the browser's policies (storage.managed, described by
 * public/managed-schema.json). Whatever it sets overrides the user's settings and is shown
 * locked on the options page.
 */
export interface ManagedPolicy {
  backendOrigin?: string;
  allowedLifetimes?: Lifetime[];
  passphraseRequired?: boolean;
}

/** Only well-formed values count: a broken policy locks nothing rather than something wrong. */
export function checkPolicy(value: unknown): ManagedPolicy {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const policy: ManagedPolicy = {};
  const backend =
    typeof stored['backendOrigin'] === 'string'
      ? checkBackendUrl(stored['backendOrigin'])
      : undefined;
  if (backend?.ok) policy.backendOrigin = backend.origin;
  const lifetimes = Array.isArray(stored['allowedLifetimes'])
    ? stored['allowedLifetimes'].filter(isLifetime)
    : [];
  if (lifetimes.length > 0) policy.allowedLifetimes = [...new Set(lifetimes)].sort((a, b) => a - b);
  if (stored['passphraseRequired'] === true) policy.passphraseRequired = true;
  return policy;
}

export async function readPolicy(): Promise<ManagedPolicy> {
  try {
    return checkPolicy(await browser.storage.managed.get(null));
  } catch {
    // No policy at all: Firefox rejects the call when none is installed.
    return {};
  }
}

/** The settings in force: the user's, with whatever the administrator fixed on top. */
export function applyPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  return {
    ...settings,
    backendOrigin: policy.backendOrigin ?? settings.backendOrigin,
    passphrase: policy.passphraseRequired
      ? { ...settings.passphrase, enabled: true }
      : settings.passphrase,
  };
}

/** The lifetimes a user may pick: all of them, unless the administrator allows fewer. */
export function lifetimesAllowedBy(policy: ManagedPolicy): readonly Lifetime[] {
  return policy.allowedLifetimes ?? lifetimeChoices;
}
