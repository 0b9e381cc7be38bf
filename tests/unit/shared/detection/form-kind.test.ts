import { describe, expect, it } from 'vitest';
import { classifyForm } from '../../../../src/shared/detection/form-kind.ts';
import type { ControlFacts, ScopeFacts } from '../../../../src/shared/detection/page-facts.ts';

function scope(
  own: string,
  controls: Partial<ControlFacts>[] = [],
  extra: Partial<ScopeFacts> = {},
): ScopeFacts {
  return {
    own,
    attributes: '',
    search: false,
    controls: controls.map((control) => ({ type: 'text', autocomplete: '', ...control })),
    heading: '',
    ...extra,
  };
}

const kind = (
  facts: ScopeFacts,
  fields: { link?: boolean; message?: boolean },
  page = '',
  fieldWords = '',
) =>
  classifyForm({
    scope: facts,
    page,
    fieldWords,
    hasLinkField: fields.link ?? false,
    hasMessageField: fields.message ?? false,
  }).kind;

describe('what kind of form it is', () => {
  it('a contact form with a message is support', () => {
    expect(kind(scope('contact us send', [{ type: 'email' }]), { message: true })).toBe('support');
  });

  it('a form with a one-time secret link field is support, whatever it is called', () => {
    expect(kind(scope('wpforms-form submit'), { link: true })).toBe('support');
  });

  it('a form with a message but no word of support or contact is not', () => {
    expect(
      kind(scope('newsletter preferences save', [{ type: 'email' }]), { message: true }, 'My blog'),
    ).toBe('none');
  });

  it.each([
    ['a comment form', scope('commentform leave a reply post comment'), 'public'],
    ['a new forum topic', scope('create topic'), 'public'],
    ['an issue tracker', scope('submit new issue'), 'public'],
    ['a Q&A answer box', scope('post your answer'), 'public'],
  ] as const)('%s is public', (_name, facts, expected) => {
    expect(kind(facts, { message: true })).toBe(expected);
  });

  it('a support page that mentions a "Community" link elsewhere is still support', () => {
    expect(kind(scope('contact support send'), { message: true }, 'Support – Acme Community')).toBe(
      'support',
    );
  });

  it.each([
    [
      'login',
      scope('sign in', [{ type: 'email' }, { type: 'password', autocomplete: 'current-password' }]),
    ],
    [
      'signup',
      scope('create account', [
        { type: 'text' },
        { type: 'password', autocomplete: 'new-password' },
      ]),
    ],
    ['two-factor', scope('verify', [{ autocomplete: 'one-time-code' }])],
  ])('a %s form on a help centre is none', (_name, facts) => {
    expect(kind(facts, {}, 'Acme Help Center – Support')).toBe('none');
  });

  it.each([
    ['checkout', scope('place order', [{ autocomplete: 'cc-number' }])],
    ['search', scope('search', [{ type: 'search' }], { search: true })],
    ['sales lead', scope('request a demo submit', [{ type: 'email' }])],
  ])('a %s form is none, even with a text box', (_name, facts) => {
    expect(kind(facts, { message: true }, 'Contact')).toBe('none');
  });

  it("a support form that also asks for the site's admin password is still support", () => {
    expect(
      kind(scope('open ticket', [{ type: 'password', autocomplete: 'new-password' }]), {
        link: true,
        message: true,
      }),
    ).toBe('support');
  });

  it.each([
    ['a guestbook', scope('write a new entry for the guestbook submit'), ''],
    ['a wiki page being edited', scope('editform save changes show preview'), ''],
    ['a social post composer', scope('publish'), "what's on your mind?"],
  ])('%s is public', (_name, facts, fieldWords) => {
    expect(kind(facts, { message: true }, 'Acme Support', fieldWords)).toBe('public');
  });

  it.each([
    [
      'a job application',
      scope('submit your application'),
      'Senior Support Engineer – Careers',
      'cover letter · resume/cv',
    ],
    [
      'a satisfaction survey',
      scope('customer satisfaction survey submit'),
      'Support',
      'what could we have done better?',
    ],
    [
      'a CRM contact record',
      scope('save'),
      'Support – Contacts',
      'first name · street · city · postal code · country · description',
    ],
  ])(
    '%s is none, though it mentions support and has a text box',
    (_name, facts, page, fieldWords) => {
      expect(kind(facts, { message: true }, page, fieldWords)).toBe('none');
    },
  );

  it('a support form that asks for the country is still support', () => {
    expect(
      kind(
        scope('contact support send'),
        { message: true },
        '',
        'name · email · country · message',
      ),
    ).toBe('support');
  });
});
