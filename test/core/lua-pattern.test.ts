import { describe, expect, it } from 'vitest';
import { luaMatch } from '../../src/core/lua-pattern.ts';

// Expected values are what Lua 5.4 prints for `print(("subject"):match("pattern"))`.
describe('luaMatch', () => {
  it.each<[string, string, string | null]>([
    ['hello world', 'o w', 'o w'],
    ['hello', 'l+', 'll'],
    ['hello', 'x*', ''],
    ['hello', '^h.-l', 'hel'],
    ['hello', '^h.*l', 'hell'],
    ['hello', 'l?lo', 'llo'],
    ['hello', '^ello', null],
    ['hello', 'lo$', 'lo'],
    ['hello', 'l$', null],
    ['a$b', 'a$b', 'a$b'],
    ['a^b', 'a^b', 'a^b'],
    ['room-42', '%d+', '42'],
    ['room-42', '%a+', 'room'],
    ['room-42', '%-', '-'],
    ['room-42', '[%a%-]+', 'room-'],
    ['room-42', '[^%a]+', '-42'],
    ['x]y', '[]]', ']'],
    ['a-z', '[a%-z]+', 'a-z'],
    ['f(a(b)c)d', '%b()', '(a(b)c)'],
    ['THE (quick) fox', '%f[%a]%a+', 'THE'],
    ['key = value', '(%w+) = (%w+)', 'key'],
    ['hello', '()ll', '3'],
    ['abcabc', '(abc)%1', 'abc'],
    ['  x', '%s*()', '3'],
    ['tab\there', '%c', '\t'],
    ['MiXeD', '%u%l', 'Mi'],
    ['0xFF', '%x+', '0'],
    ['a.b', 'a.b', 'a.b'],
    ['axb', 'a%.b', null],
    ['daily%20standup', 'daily%%20', 'daily%20'],
  ])('(%j):match(%j) = %j', (subject, pattern, expected) => {
    expect(luaMatch(subject, pattern)).toEqual({ ok: true, value: expected });
  });

  it('works on UTF-8 bytes as Lua does: "." is one byte', () => {
    expect(luaMatch('über', '^..$')).toEqual({ ok: true, value: null });
    expect(luaMatch('über', '^.....$')).toEqual({ ok: true, value: 'über' });
  });

  it.each([
    ['abc', '%', "malformed pattern (ends with '%')"],
    ['abc', '[a', "malformed pattern (missing ']')"],
    ['abc', '%b', "malformed pattern (missing arguments to '%b')"],
    ['abc', '%fa', "missing '[' after '%f' in pattern"],
    ['abc', '(a', 'unfinished capture'],
    ['abc', 'a)', 'invalid pattern capture'],
    ['abc', '%1', 'invalid capture index %1 in pattern'],
    ['abc', '(a)%2', 'invalid capture index %2 in pattern'],
  ])('(%j):match(%j) raises %j', (subject, pattern, message) => {
    expect(luaMatch(subject, pattern)).toEqual({
      ok: false,
      error: { kind: 'lua-pattern', message },
    });
  });

  it('allows 200 nested match calls, as Lua does, and no more', () => {
    expect(luaMatch('a'.repeat(300), 'a?'.repeat(199))).toEqual({
      ok: true,
      value: 'a'.repeat(199),
    });
    expect(luaMatch('a'.repeat(300), 'a?'.repeat(200))).toEqual({
      ok: false,
      error: { kind: 'lua-pattern', message: 'pattern too complex' },
    });
  });

  it('stops a pathological pattern instead of hanging', () => {
    const started = performance.now();
    const result = luaMatch('a'.repeat(300), `${'a-'.repeat(40)}b`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok ? result.value : result.error.message).toMatch(
      /^(pattern too complex)$|^null$/,
    );
  });
});

describe('luaMatch finds or not, as string.find does', () => {
  it.each<[string, string, boolean]>([
    ['daily%20standup', 'standup', true],
    ['daily%20standup', '^standup', false],
    ['team-42', 'team%-%d+', true],
    ['team-42', 'team\\-\\d+', false],
    ['abc', '%', false],
    ['', '', true],
    ['', '^$', true],
  ])('string.find(%j, %j) -> %s', (subject, pattern, expected) => {
    const result = luaMatch(subject, pattern);
    expect(result.ok && result.value !== null).toBe(expected);
  });
});
