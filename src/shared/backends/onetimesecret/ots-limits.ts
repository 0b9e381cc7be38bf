/** Hosted One-Time Secret and default self-hosted installs: V1_MAX_SECRET_SIZE. */
export const otsMaxSecretBytes = 10_000;

/** Long enough for a slow server, short enough to finish inside an MV3 worker's lifetime. */
export const defaultTimeoutMs = 20_000;

/** TTL_MAX_ANONYMOUS on hosted One-Time Secret: anonymous secrets live at most 7 days. */
export const otsMaxTtlSeconds = 604_800;
