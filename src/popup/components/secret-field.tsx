import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { utf8ByteLength } from '../../shared/secret-size.ts';
import { applyDisplayEdit, displayText, replaceDisplayRange } from '../raw-text.ts';
import { RevealToggle } from './reveal-toggle.tsx';

interface Props {
  /** The secret exactly as pasted and typed, line endings included. */
  value: string;
  onInput: (value: string) => void;
  limit: number;
  onSubmit: () => void;
}

/** Multi-line (logins come as several lines) and masked until asked, for screen sharing. */
export function SecretField({ value, onInput, limit, onSubmit }: Props) {
  const [shown, setShown] = useState(false);
  const bytes = utf8ByteLength(value);
  return (
    <div class="field">
      <div class="label-row">
        <label for="secret">{t('secretLabel')}</label>
        <RevealToggle
          shown={shown}
          onToggle={() => setShown(!shown)}
          showLabel={t('showSecret')}
          hideLabel={t('hideSecret')}
        />
      </div>
      <textarea
        id="secret"
        class={shown ? '' : 'masked'}
        rows={4}
        autofocus
        spellcheck={false}
        autocomplete="off"
        aria-describedby="secret-hint secret-size"
        value={displayText(value)}
        onInput={(event) =>
          onInput(applyDisplayEdit(value, displayText(value), event.currentTarget.value))
        }
        onPaste={(event) => {
          // Insert the clipboard text ourselves: the textarea would turn CRLF into LF.
          const pasted = event.clipboardData?.getData('text/plain');
          if (pasted === undefined || pasted === '') return;
          event.preventDefault();
          const field = event.currentTarget;
          const caret = field.selectionStart + displayText(pasted).length;
          onInput(replaceDisplayRange(value, field.selectionStart, field.selectionEnd, pasted));
          requestAnimationFrame(() => field.setSelectionRange(caret, caret));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSubmit();
        }}
      />
      <div class="hint-row">
        <span id="secret-hint" class="hint">
          {t('secretHint')}
        </span>
        <span id="secret-size" class={bytes > limit ? 'hint over' : 'hint'}>
          {t('secretSize', [bytes.toLocaleString(), limit.toLocaleString()])}
        </span>
      </div>
    </div>
  );
}
