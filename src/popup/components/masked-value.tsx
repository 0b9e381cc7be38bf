import { useState } from 'preact/hooks';
import { CopyButton } from './copy-button.tsx';
import { RevealToggle } from './reveal-toggle.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The part that may always be shown (a link's origin): the rest is masked until asked. */
  visiblePrefix?: string;
  showLabel: string;
  hideLabel: string;
  copyLabel: string;
}

export function MaskedValue({
  id,
  label,
  value,
  visiblePrefix = '',
  showLabel,
  hideLabel,
  copyLabel,
}: Props) {
  const [shown, setShown] = useState(false);
  const masked =
    visiblePrefix + '•'.repeat(Math.min(12, Math.max(8, value.length - visiblePrefix.length)));
  return (
    <div class="field">
      <span class="label" id={`${id}-label`}>
        {label}
      </span>
      <div class="input-row">
        <output id={id} class="value" aria-labelledby={`${id}-label`} data-masked={!shown}>
          {shown ? value : masked}
        </output>
        <RevealToggle
          shown={shown}
          onToggle={() => setShown(!shown)}
          showLabel={showLabel}
          hideLabel={hideLabel}
        />
        <CopyButton value={value} label={copyLabel} />
      </div>
    </div>
  );
}
