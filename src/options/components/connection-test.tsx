import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { send, toUserError } from '../../shared/messages.ts';
import { errorText } from '../../shared/ui/error-text.ts';
import { GrantAccessButton } from '../../shared/ui/grant-access-button.tsx';
import type { UserError } from '../../shared/user-error.ts';
import { connectionFindings, type Finding, type Tone } from '../connection-findings.ts';

type TestState =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'done'; findings: Finding[] }
  | { kind: 'failed'; error: UserError };

const toneLabel: Record<Tone, string> = {
  ok: 'resultOk',
  problem: 'resultProblem',
  note: 'resultNote',
};

/** "Test connection" for the backend in use (the background runs it, with the saved credentials). */
export function ConnectionTest({ origin }: { origin: string }) {
  const [state, setState] = useState<TestState>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'testing' });
    try {
      const report = await send('testConnection', {});
      setState({ kind: 'done', findings: connectionFindings(report, origin) });
    } catch (failure) {
      setState({
        kind: 'failed',
        error: toUserError(failure),
      });
    }
  };

  return (
    <div class="connection-test">
      <div class="input-row">
        <button
          type="button"
          class="secondary"
          disabled={state.kind === 'testing'}
          onClick={() => void run()}
        >
          {t(state.kind === 'testing' ? 'testingConnection' : 'testConnection')}
        </button>
        <p class="hint">{t('testConnectionHint')}</p>
      </div>
      <div aria-live="polite" id="connection-report">
        {state.kind === 'done' && (
          <ul class="findings">
            {state.findings.map((finding) => (
              <li key={finding.text} class={finding.tone}>
                <span class="visually-hidden">{t(toneLabel[finding.tone])}: </span>
                {finding.text}
              </li>
            ))}
          </ul>
        )}
        {state.kind === 'failed' && (
          <div class="notice error">
            <p>{errorText(state.error, new URL(origin).host)}</p>
            {state.error.code === 'permission-missing' && <GrantAccessButton origin={origin} />}
          </div>
        )}
      </div>
    </div>
  );
}
