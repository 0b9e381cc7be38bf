import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExpiry } from '../../../src/shared/format-expiry.ts';
import {
  ticketLanguage,
  ticketLanguages,
  ticketWording,
} from '../../../src/shared/ticket-wording.ts';

const messagesOf = (language: string) =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Parameters<
    typeof ticketWording
  >[0];

const link = 'https://eu.onetimesecret.com/secret/abc123def456';
const passphrase = 'x7Kp2-mQ9vT';

describe('the language of the text added to a ticket', () => {
  it.each([
    ['de-CH', 'de'],
    ['FR', 'fr'],
    ['es_MX', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['ja', 'en'],
    ['', 'en'],
  ])('is %s → %s', (lang, expected) => {
    expect(ticketLanguage(lang)).toBe(expected);
  });

  it('is German for a German page, whatever the browser speaks', () => {
    const wording = ticketWording(messagesOf('de'));
    expect(wording.block(link, passphrase, 'Di., 24. Nov., 17:05 MEZ')).toBe(
      `Zugangsdaten, Einmal-Link: ${link} · Passphrase: ${passphrase} · gültig bis Di., 24. Nov., 17:05 MEZ`,
    );
  });

  it.each(ticketLanguages)('carries every value exactly once in %s', (language) => {
    const wording = ticketWording(messagesOf(language));
    const expiry = formatExpiry(Date.UTC(2026, 10, 24, 16, 5), language, { withTimeZone: true });
    const texts = [
      wording.block(link, passphrase, expiry),
      wording.linkLine(link, expiry),
      wording.passphraseLine(passphrase),
    ];
    for (const text of texts) expect(text).not.toMatch(/\$\w/);
    expect(texts.map((text) => text.split(link).length - 1)).toEqual([1, 1, 0]);
    expect(texts.map((text) => text.split(passphrase).length - 1)).toEqual([1, 0, 1]);
    expect(texts.map((text) => text.includes(expiry))).toEqual([true, true, false]);
  });
});

describe('the expiry written into a ticket', () => {
  it('names its time zone, since support may read it elsewhere', () => {
    const at = Date.UTC(2026, 10, 24, 16, 5);
    const plain = formatExpiry(at, 'en');
    const zoned = formatExpiry(at, 'en', { withTimeZone: true });
    const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    expect(zoned).toBe(`${plain} ${zone ?? ''}`);
  });
});
