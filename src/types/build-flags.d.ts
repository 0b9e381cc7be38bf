/**
 * True only in the Firefox end-to-end build (vite mode "firefox-e2e"): its test hooks exist
 * there and are dropped as dead code from every build that ships.
 */
declare const __E2E__: boolean;
