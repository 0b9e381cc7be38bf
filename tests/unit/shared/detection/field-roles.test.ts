import { describe, expect, it } from 'vitest';
import { roleThresholds, scoreRoles } from '../../../../src/shared/detection/field-roles.ts';
import { cleanLabel, fieldText } from '../../../../src/shared/detection/text.ts';
import type { FieldKind, FieldRole } from '../../../../src/shared/ticket-form.ts';

function rolesOf(
  label: string,
  options: { kind?: FieldKind; type?: string; help?: string; name?: string } = {},
): FieldRole[] {
  const text = fieldText({
    labels: [label],
    placeholder: '',
    title: '',
    help: options.help ?? '',
    section: '',
    name: options.name ?? '',
    id: '',
  });
  const scores = scoreRoles({ kind: options.kind ?? 'text', type: options.type ?? 'text' }, text);
  return (['link', 'passphrase', 'message'] as const).filter(
    (role) => scores[role] >= roleThresholds[role],
  );
}

describe('which value a field is for, from its label', () => {
  it.each([
    ['One-Time Secret Link', ['link']],
    ['Secure link to your login details (onetimesecret.com)', ['link']],
    ['Password link', ['link']],
    ['Link to the credentials', ['link']],
    ['Einmal-Link zu Ihren Zugangsdaten', ['link']],
    ['Lien à usage unique', ['link']],
    ['Enlace de un solo uso', ['link']],
    ['Link monouso', ['link']],
    ['Link de uso único', ['link']],
    ['Eenmalige link naar het wachtwoord', ['link']],
    ['ワンタイムシークレットのリンク', ['link']],
    ['One-Time Secret Passphrase', ['passphrase']],
    ['Passphrase', ['passphrase']],
    ['Password for the link', ['passphrase']],
    ['Passwort für den Link', ['passphrase']],
    ['Phrase secrète', ['passphrase']],
    ['Frase de contraseña', ['passphrase']],
    ['Frase segreta', ['passphrase']],
    ['Frase secreta', ['passphrase']],
    ['Wachtwoordzin', ['passphrase']],
    ['パスフレーズ', ['passphrase']],
  ] as const)('%s → %j', (label, roles) => {
    expect(rolesOf(label)).toEqual(roles);
  });

  it.each([
    'Website URL',
    'WordPress Admin Password',
    'FTP password',
    'Admin password',
    'Password reset URL',
    'Username (not your password)',
    'Login URL',
    'Confirm new password',
    'SSH key passphrase',
    'Email address',
    'Subject',
    'Password',
  ])('%s is neither the link nor the passphrase field', (label) => {
    expect(rolesOf(label).filter((role) => role !== 'message')).toEqual([]);
  });

  it('never puts the passphrase into a password-type field unless it says "passphrase"', () => {
    expect(rolesOf('One-Time Secret Password', { type: 'password' })).toEqual([]);
    expect(rolesOf('One-Time Secret Passphrase', { type: 'password' })).toEqual(['passphrase']);
  });

  it('takes a weaker hint from help text and field names', () => {
    expect(
      rolesOf('Link', { help: 'Paste the one-time secret link (onetimesecret.com) here' }),
    ).toEqual(['link']);
    expect(rolesOf('', { name: 'ots_passphrase' })).toEqual(['passphrase']);
  });

  it.each([
    ['Message', 'multiline'],
    ['Describe the issue', 'multiline'],
    ['Beschreibung Ihres Problems', 'rich-text'],
    ['Votre message', 'multiline'],
    ['お問い合わせ内容', 'multiline'],
  ] as const)('%s (%s) is the message', (label, kind) => {
    expect(rolesOf(label, { kind })).toEqual(['message']);
  });

  it.each(['Order notes (optional)', 'How did you hear about us?', 'Bio', 'Billing address'])(
    '%s is not a message to support',
    (label) => {
      expect(rolesOf(label, { kind: 'multiline' })).toEqual([]);
    },
  );
});

describe('labels as a user reads them', () => {
  it.each([
    ['Your message (required)', 'Your message'],
    ['One-time secret link(optional)', 'One-time secret link'],
    ['* Text', 'Text'],
    ['Credentials link: ?', 'Credentials link'],
    ['Describe the problem 0 / 5000', 'Describe the problem'],
    ['お名前 必須', 'お名前'],
    ['How can we help?', 'How can we help?'],
    ['Name:', 'Name'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanLabel(raw)).toBe(clean);
  });
});
