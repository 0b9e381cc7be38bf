import { t } from '../../shared/i18n.ts';

/**
 * Shows or hides a masked value. Its name says what pressing it does ("Hide link") and
 * contains the word on it, so speech input can say what the user sees.
 */
export function RevealToggle({
  shown,
  onToggle,
  showLabel,
  hideLabel,
}: {
  shown: boolean;
  onToggle: () => void;
  showLabel: string;
  hideLabel: string;
}) {
  return (
    <button
      type="button"
      class="secondary"
      aria-label={shown ? hideLabel : showLabel}
      onClick={onToggle}
    >
      {t(shown ? 'hide' : 'show')}
    </button>
  );
}
