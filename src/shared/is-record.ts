/** The first step of every shape check of data from another context: an object to look into. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
