import type { FieldRole } from '../ticket-form.ts';
import type { FieldFacts } from './page-facts.ts';
import type { FieldText } from './text.ts';
import {
  credentialWord,
  linkWord,
  messageWord,
  notALink,
  notAMessage,
  passphraseWord,
  passwordChange,
  passwordOfLink,
  passwordWord,
  secretIdea,
  secretService,
  siteCredential,
} from './vocabulary.ts';

/** Scores at or above these make a field the place for that value. */
export const roleThresholds: Record<FieldRole, number> = { link: 6, passphrase: 6, message: 3 };

/** How strongly text says "put the one-time link here". */
function linkEvidence(text: string): number {
  if (!text) return 0;
  if (passphraseWord.test(text)) return -10;
  const link = linkWord.test(text);
  const password = passwordWord.test(text);
  const secret = secretService.test(text) || secretIdea.test(text);
  if (password && !link) return -10;
  if (link && (secret || credentialWord.test(text))) return 10;
  if (link && password) return passwordOfLink.test(text) ? 2 : 8;
  if (secretService.test(text)) return 8;
  if (secret) return 4;
  return 0;
}

/** How strongly text says "the passphrase of the link goes here", never the site's own password. */
function passphraseEvidence(text: string): number {
  if (!text) return 0;
  if (passphraseWord.test(text))
    return siteCredential.test(text) && !secretService.test(text) ? 0 : 10;
  if (!passwordWord.test(text)) return 0;
  if (passwordChange.test(text)) return -10;
  const secret = secretService.test(text) || secretIdea.test(text);
  if (siteCredential.test(text) && !secret) return -10;
  if (passwordOfLink.test(text)) return 8;
  return secret && !linkWord.test(text) ? 8 : 0;
}

function messageEvidence(text: string): number {
  if (!text) return 0;
  if (notAMessage.test(text)) return -6;
  return messageWord.test(text) ? 6 : 0;
}

/** Evidence from the field's own words; help text and name count for a little over half. */
function combined(evidence: (text: string) => number, text: FieldText): number {
  const own = evidence(text.primary);
  if (own !== 0) return own;
  return Math.max(0, evidence(text.secondary)) * 0.6;
}

export interface RoleScores {
  link: number;
  passphrase: number;
  message: number;
}

export function scoreRoles(field: Pick<FieldFacts, 'kind' | 'type'>, text: FieldText): RoleScores {
  const { kind, type } = field;
  const singleLine = kind === 'text';
  let link = combined(linkEvidence, text);
  if (singleLine && notALink.test(text.primary) && link < 10) link -= 8;
  if (type === 'url') link += 1;
  let passphrase = combined(passphraseEvidence, text);
  // A password-type field is the site's own secret unless it says "passphrase" outright.
  if (type === 'password') {
    link = -20;
    if (passphrase < 10) passphrase = -20;
  }
  if (!singleLine) {
    link -= kind === 'rich-text' ? 12 : 6;
    passphrase -= kind === 'rich-text' ? 12 : 6;
  }
  const message = singleLine ? -10 : 3 + combined(messageEvidence, text);
  return { link, passphrase, message };
}
