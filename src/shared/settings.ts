import { checkBackendUrl } from './backend-url.ts';
import browser from './browser.ts';
import { defaultWorkWeek, type WorkWeek } from './lifetime/work-week.ts';
import { applyPolicy, readPolicy, type ManagedPolicy } from './managed-policy.ts';

/** Hosted One-Time Secret; "remains operational and routes to an active data center". */
export const defaultBackendOrigin = 'https://onetimesecret.com';

export type PassphraseStyle = 'characters' | 'words';

/** Where the passphrase goes when a form has a place for it. */
export type PassphraseDestination = 'form' | 'separately';

export interface Settings {
  version: 2;
  backendOrigin: string;
  passphrase: { enabled: boolean; style: PassphraseStyle; length: number };
  passphraseTo: PassphraseDestination;
  workWeek: WorkWeek;
  history: HistorySettings;
}

/** What OnceLink keeps of the secrets it created (src/shared/history). */
export interface HistorySettings {
  /** Keep receipts across browser restarts (storage.local) rather than for the session. */
  keep: boolean;
  /** A notification when support has opened a link. */
  notifyWhenOpened: boolean;
}

export const defaultSettings: Settings = {
  version: 2,
  backendOrigin: defaultBackendOrigin,
  passphrase: { enabled: true, style: 'characters', length: 20 },
  passphraseTo: 'form',
  workWeek: defaultWorkWeek,
  history: { keep: false, notifyWhenOpened: true },
};

/** Passphrase lengths that stay strong and typeable: symbols, or words of the EFF list. */
export const passphraseLengths: Record<
  PassphraseStyle,
  { min: number; max: number; default: number }
> = {
  characters: { min: 12, max: 64, default: 20 },
  words: { min: 4, max: 10, default: 6 },
};

const storageKey = 'settings';

type Stored = Record<string, unknown>;

/**
 * Older shapes of the stored settings, oldest first, each turning its version into the next.
 * v1 (OnceLink 0.1) stored only `backendOrigin`, without a version.
 */
const migrations: ((stored: Stored) => Stored)[] = [(v1) => ({ ...v1, version: 2 })];

function migrate(stored: Stored): Stored {
  let current = stored;
  const from = typeof current['version'] === 'number' ? current['version'] : 1;
  for (const step of migrations.slice(from - 1)) current = step(current);
  return current;
}

const record = (value: unknown): Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Stored) : {};

const minutes = (value: unknown, fallback: number) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 24 * 60
    ? (value as number)
    : fallback;

function repairWorkWeek(value: unknown): WorkWeek {
  const stored = record(value);
  const days = Array.isArray(stored['days'])
    ? [
        ...new Set(
          stored['days'].filter(
            (day): day is number => Number.isInteger(day) && day >= 0 && day <= 6,
          ),
        ),
      ].sort()
    : defaultWorkWeek.days;
  const zone =
    typeof stored['timeZone'] === 'string' && isTimeZone(stored['timeZone'])
      ? stored['timeZone']
      : '';
  const holidays = Array.isArray(stored['holidays'])
    ? stored['holidays'].filter(
        (day): day is string => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day),
      )
    : [];
  return {
    days: days.length > 0 ? days : defaultWorkWeek.days,
    start: minutes(stored['start'], defaultWorkWeek.start),
    end: minutes(stored['end'], defaultWorkWeek.end),
    timeZone: zone,
    holidays: [...new Set(holidays)].sort(),
  };
}

function repairHistory(value: unknown): HistorySettings {
  const stored = record(value);
  const flag = (key: keyof HistorySettings) =>
    typeof stored[key] === 'boolean' ? stored[key] : defaultSettings.history[key];
  return { keep: flag('keep'), notifyWhenOpened: flag('notifyWhenOpened') };
}

export function isTimeZone(zone: string): boolean {
  if (zone === '') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Whatever is stored, the extension gets usable settings: each bad value falls back to its default. */
export function repairSettings(value: unknown): Settings {
  const stored = migrate(record(value));
  const backend =
    typeof stored['backendOrigin'] === 'string'
      ? checkBackendUrl(stored['backendOrigin'])
      : undefined;
  const passphrase = record(stored['passphrase']);
  const style: PassphraseStyle = passphrase['style'] === 'words' ? 'words' : 'characters';
  const range = passphraseLengths[style];
  const length = passphrase['length'];
  return {
    version: 2,
    backendOrigin: backend?.ok ? backend.origin : defaultSettings.backendOrigin,
    passphrase: {
      enabled: typeof passphrase['enabled'] === 'boolean' ? passphrase['enabled'] : true,
      style,
      length:
        Number.isInteger(length) &&
        (length as number) >= range.min &&
        (length as number) <= range.max
          ? (length as number)
          : range.default,
    },
    passphraseTo: stored['passphraseTo'] === 'separately' ? 'separately' : 'form',
    workWeek: repairWorkWeek(stored['workWeek']),
    history: repairHistory(stored['history']),
  };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(storageKey);
  return repairSettings(stored[storageKey]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [storageKey]: repairSettings(settings) });
}

/** The settings in force: the user's, under the administrator's policy. */
export async function readEffectiveSettings(): Promise<{
  settings: Settings;
  policy: ManagedPolicy;
}> {
  const [settings, policy] = await Promise.all([readSettings(), readPolicy()]);
  return { settings: applyPolicy(settings, policy), policy };
}
