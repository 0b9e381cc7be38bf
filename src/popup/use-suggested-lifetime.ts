import { useState } from 'preact/hooks';
import { otsMaxTtlSeconds } from '../shared/backends/onetimesecret/ots-limits.ts';
import type { Lifetime } from '../shared/lifetime/choices.ts';
import { suggestLifetime, type LifetimeSuggestion } from '../shared/lifetime/suggest-lifetime.ts';
import { lifetimesAllowedBy, type ManagedPolicy } from '../shared/managed-policy.ts';
import type { Settings } from '../shared/settings.ts';

/**
 * The lifetimes the administrator allows, and the one suggested for the moment the popup
 * opened: the support team's working week, within the backend's longest lifetime.
 */
export function useSuggestedLifetime(
  settings: Settings,
  policy: ManagedPolicy,
): { choices: readonly Lifetime[]; suggestion: LifetimeSuggestion } {
  const choices = lifetimesAllowedBy(policy);
  const [suggestion] = useState(() =>
    suggestLifetime(Date.now(), settings.workWeek, {
      allowed: choices,
      maxSeconds: otsMaxTtlSeconds,
    }),
  );
  return { choices, suggestion };
}
