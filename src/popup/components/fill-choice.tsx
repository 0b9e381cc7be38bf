import { t } from '../../shared/i18n.ts';
import type { Destination, FillPlan, FormReport } from '../../shared/ticket-form.ts';

interface Props {
  report: FormReport;
  plan: FillPlan;
  onChange: (plan: FillPlan) => void;
}

const encode = (destination: Destination) =>
  destination.to === 'field' ? `field:${destination.token}` : destination.to;

function decode(value: string): Destination {
  if (value.startsWith('field:')) return { to: 'field', token: value.slice(6) };
  return value === 'message' ? { to: 'message' } : { to: 'nowhere' };
}

/** The user's own choice of fields, from the form's fields only; nothing is shown in the page. */
export function FillChoice({ report, plan, onChange }: Props) {
  const singleLine = report.candidates.filter((field) => field.kind === 'text');
  const messages = report.candidates.filter((field) => field.kind !== 'text');
  const messageLabel = messages.find((field) => field.token === plan.message)?.label;

  const destinationSelect = (
    id: string,
    label: string,
    value: Destination,
    nowhere: string,
    update: (d: Destination) => void,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={encode(value)}
        onChange={(event) => update(decode(event.currentTarget.value))}
      >
        {singleLine.map((field) => (
          <option key={field.token} value={`field:${field.token}`}>
            {field.label}
          </option>
        ))}
        {messageLabel !== undefined && (
          <option value="message">{t('optionEndOf', messageLabel)}</option>
        )}
        <option value="nowhere">{nowhere}</option>
      </select>
    </div>
  );

  const setMessage = (token: string) => {
    const message = token === '' ? undefined : token;
    const unlessMessage = (d: Destination): Destination =>
      d.to === 'message' && !message ? { to: 'nowhere' } : d;
    onChange({
      ...plan,
      message,
      link: unlessMessage(plan.link),
      passphrase: unlessMessage(plan.passphrase),
    });
  };

  return (
    <div class="fill-choice">
      {destinationSelect('fill-link', t('chooseLink'), plan.link, t('optionNowhere'), (link) =>
        onChange({ ...plan, link }),
      )}
      {destinationSelect(
        'fill-passphrase',
        t('choosePassphrase'),
        plan.passphrase,
        t('optionNowherePassphrase'),
        (passphrase) => onChange({ ...plan, passphrase }),
      )}
      <div class="field">
        <label for="fill-message">{t('chooseMessage')}</label>
        <select
          id="fill-message"
          value={plan.message ?? ''}
          onChange={(event) => setMessage(event.currentTarget.value)}
        >
          {messages.map((field) => (
            <option key={field.token} value={field.token}>
              {field.label}
            </option>
          ))}
          <option value="">{t('optionNoMessage')}</option>
        </select>
      </div>
    </div>
  );
}
