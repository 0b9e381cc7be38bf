import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a value the user may not have revealed; only the button's label changes. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <button type="button" class="secondary" aria-label={label} onClick={copy}>
      <span aria-live="polite">
        {t(state === 'idle' ? 'copy' : state === 'copied' ? 'copied' : 'copyFailed')}
      </span>
    </button>
  );
}
