/** The lifetimes a secret can have, in seconds: 1 hour, 1 day, 3 days, 7 days. */
export const lifetimeChoices = [3600, 86_400, 259_200, 604_800] as const;
export type Lifetime = (typeof lifetimeChoices)[number];

export function isLifetime(value: unknown): value is Lifetime {
  return lifetimeChoices.includes(value as Lifetime);
}
