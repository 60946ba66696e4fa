import { describe, expect, it } from 'vitest';
import { framingVerdict, openedByTrustedPage } from '../../src/lib/framing-verdict.ts';

const INTRANET = 'https://intranet.example.com';
const LAUNCHER = 'https://launcher.example.com';
const facts = (framed: boolean, ancestorOrigins: string[] | undefined, referrer = '') => ({
  framed,
  ancestorOrigins,
  referrer,
  origin: LAUNCHER,
});

describe('framingVerdict', () => {
  it('allows the launcher in its own tab, with or without a list', () => {
    expect(framingVerdict(facts(false, []), [])).toEqual({ allowed: true });
    expect(framingVerdict(facts(false, []), [INTRANET])).toEqual({ allowed: true });
  });

  it('refuses every frame when no parent origin is configured', () => {
    expect(framingVerdict(facts(true, ['https://evil.example']), [])).toEqual({
      allowed: false,
      reason: 'no-parents-allowed',
      origin: 'https://evil.example',
    });
    expect(framingVerdict(facts(true, undefined, ''), [])).toEqual({
      allowed: false,
      reason: 'no-parents-allowed',
    });
  });

  it('needs every exposed ancestor on the list, not only the nearest', () => {
    expect(framingVerdict(facts(true, [INTRANET]), [INTRANET])).toEqual({ allowed: true });
    expect(framingVerdict(facts(true, [INTRANET, 'https://evil.example']), [INTRANET])).toEqual({
      allowed: false,
      reason: 'parent-not-allowed',
      origin: 'https://evil.example',
    });
    expect(framingVerdict(facts(true, ['https://intranet.example.com:8443']), [INTRANET])).toEqual({
      allowed: false,
      reason: 'parent-not-allowed',
      origin: 'https://intranet.example.com:8443',
    });
    expect(framingVerdict(facts(true, ['null']), [INTRANET])).toEqual({
      allowed: false,
      reason: 'parent-unknown',
    });
  });

  it('falls back on the referrer where ancestors are not exposed, and refuses without one', () => {
    expect(framingVerdict(facts(true, undefined, `${INTRANET}/team/page`), [INTRANET])).toEqual({
      allowed: true,
    });
    expect(framingVerdict(facts(true, undefined, 'https://evil.example/x'), [INTRANET])).toEqual({
      allowed: false,
      reason: 'parent-not-allowed',
      origin: 'https://evil.example',
    });
    expect(framingVerdict(facts(true, undefined, ''), [INTRANET])).toEqual({
      allowed: false,
      reason: 'parent-unknown',
    });
  });
});

describe('openedByTrustedPage', () => {
  it('trusts a link from the launcher itself or a listed parent page, and nothing else', () => {
    expect(openedByTrustedPage(facts(false, [], `${LAUNCHER}/portal`), [])).toBe(true);
    expect(openedByTrustedPage(facts(false, [], `${INTRANET}/team`), [INTRANET])).toBe(true);
    expect(openedByTrustedPage(facts(false, [], `${INTRANET}/team`), [])).toBe(false);
    expect(openedByTrustedPage(facts(false, [], 'https://evil.example/'), [INTRANET])).toBe(false);
    expect(openedByTrustedPage(facts(false, [], ''), [INTRANET])).toBe(false);
  });
});
