import { t } from '../../shared/i18n.ts';

export function RevealToggle({
  shown,
  onToggle,
  label,
}: {
  shown: boolean;
  onToggle: () => void;
  label: string;
}) {
  return (
    <button
      type="button"
      class="secondary"
      aria-pressed={shown}
      aria-label={label}
      onClick={onToggle}
    >
      {t(shown ? 'hide' : 'show')}
    </button>
  );
}
