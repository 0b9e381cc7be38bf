import { t } from '../../shared/i18n.ts';

/** Marks a setting an administrator fixed through the browser's policies. */
export function LockedBadge() {
  return <span class="badge">{t('lockedByPolicy')}</span>;
}
