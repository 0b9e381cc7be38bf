import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../src/shared/ui/error-text.ts';
import type { UserErrorCode } from '../../../../src/shared/user-error.ts';

const everyCode: UserErrorCode[] = [
  'empty-secret',
  'invalid-characters',
  'secret-too-large',
  'network',
  'redirect',
  'timeout',
  'server-error',
  'rate-limited',
  'unauthorized',
  'anonymous-disabled',
  'forbidden',
  'passphrase-rejected',
  'rejected',
  'not-a-secret-server',
  'invalid-response',
  'permission-missing',
  'busy',
  'interrupted',
  'bad-request',
  'unexpected',
];

describe('error sentences', () => {
  it('give every failure its own sentence from _locales', () => {
    const sentences = everyCode.map((code) => errorText({ code, params: {} }, 'ots.example'));
    for (const sentence of sentences) {
      // A missing catalogue entry would show its key ("errorBusy") instead of a sentence.
      expect(sentence).not.toMatch(/^error[A-Z]/);
      expect(sentence.length).toBeGreaterThan(15);
    }
    expect(new Set(sentences).size).toBe(everyCode.length);
  });

  it('fill in the facts', () => {
    expect(
      errorText({ code: 'timeout', params: { host: 'eu.onetimesecret.com', seconds: 20 } }, 'x'),
    ).toBe(
      'eu.onetimesecret.com did not answer within 20 seconds. If a link was made, it will expire unread. Try again.',
    );
    expect(
      errorText({ code: 'secret-too-large', params: { bytes: 12345, limit: 10000 } }, 'x'),
    ).toContain('12,345');
    expect(errorText({ code: 'rate-limited', params: { seconds: 120 } }, 'x')).toContain(
      '120 seconds',
    );
    expect(errorText({ code: 'server-error', params: { status: 502 } }, 'x')).toContain('HTTP 502');
    expect(errorText({ code: 'network', params: {} }, 'ots.example')).toContain(
      'Cannot reach ots.example',
    );
  });

  it("quote the server's words as they are", () => {
    const detail = '<img src=x onerror=alert(1)>';
    expect(errorText({ code: 'rejected', params: { detail } }, 'x')).toBe(
      `The server refused the secret: ${detail}`,
    );
  });

  it('explain each way an answer can be unusable', () => {
    const reasons = [
      'not-json',
      'too-large',
      'bad-key',
      'bad-ttl',
      'truncated',
      'passphrase-ignored',
    ] as const;
    const sentences = reasons.map((reason) =>
      errorText({ code: 'invalid-response', params: { reason } }, 'x'),
    );
    expect(new Set(sentences).size).toBe(reasons.length);
  });
});
