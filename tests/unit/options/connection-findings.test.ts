import { describe, expect, it } from 'vitest';
import type { ConnectionReport } from '../../../src/shared/backends/secret-backend.ts';
import { connectionFindings } from '../../../src/options/connection-findings.ts';

const origin = 'https://ots.example.com';
const reachable = { ok: true } as const;

const lines = (report: ConnectionReport) =>
  connectionFindings(report, origin).map(({ tone, text }) => `${tone}: ${text}`);

describe('what "Test connection" tells the user', () => {
  it('stops at an unreachable server, with the reason', () => {
    expect(
      lines({
        reachable: { ok: false, error: { code: 'network', params: {} } },
        credentials: 'unchecked',
      }),
    ).toEqual([
      'problem: Not reachable: Cannot reach ots.example.com. Check your connection or the backend address.',
    ]);
  });

  it('turns an anonymous 401 into "add credentials", but a 401 with credentials into "rejected"', () => {
    const unauthorized = { ok: false, error: { code: 'unauthorized', params: {} } } as const;
    expect(lines({ reachable, credentials: 'none', creation: unauthorized }).at(-1)).toBe(
      'problem: This server does not accept anonymous secrets. Add API credentials above.',
    );
    expect(lines({ reachable, credentials: 'rejected', creation: unauthorized })).toEqual([
      'ok: ots.example.com answers as a One-Time Secret server.',
      'problem: The server does not accept your API credentials. Check the account and the token.',
      'problem: Creating a secret failed: The server did not accept the API credentials.',
    ]);
  });

  it("names the origin check for a bare 403, and shows the server's own reason otherwise", () => {
    const bare = { ok: false, error: { code: 'forbidden', params: {} } } as const;
    expect(lines({ reachable, credentials: 'none', creation: bare }).at(-1)).toMatch(
      /^problem: The server turns away requests from browser extensions/,
    );
    const explained = {
      ok: false,
      error: { code: 'forbidden', params: { detail: 'Account suspended' } },
    } as const;
    expect(lines({ reachable, credentials: 'accepted', creation: explained }).at(-1)).toBe(
      'problem: Creating a secret failed: The server refused the request: Account suspended',
    );
  });

  it('warns when the server names another host in its links, and only then', () => {
    expect(
      lines({
        reachable,
        credentials: 'accepted',
        creation: { ok: true, serverHost: 'ots.internal' },
      }),
    ).toEqual([
      'ok: ots.example.com answers as a One-Time Secret server.',
      'ok: The server accepts your API credentials.',
      'ok: Creating secrets works: a test secret was created and destroyed.',
      'note: The server names itself ots.internal in its own links, not ots.example.com. OnceLink builds links from ots.example.com all the same; the server’s configured host may be wrong.',
    ]);
    expect(
      lines({
        reachable,
        credentials: 'none',
        creation: { ok: true, serverHost: 'ots.example.com' },
      }),
    ).toHaveLength(3);
  });
});
