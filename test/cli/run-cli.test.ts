import { describe, expect, it } from 'vitest';
import { type CliRun, cliArgs, commandLine } from './run-cli.ts';

describe('cliArgs', () => {
  it('splits the literal text on any whitespace, line breaks included', () => {
    expect(cliArgs`  inspect   -
      --json `).toEqual(['inspect', '-', '--json']);
  });

  it('keeps a value with spaces as one argument', () => {
    const room = 'Daily Standup';
    expect(cliArgs`sign --room ${room} --name ${' Ada  Lovelace '}`).toEqual([
      'sign',
      '--room',
      'Daily Standup',
      '--name',
      ' Ada  Lovelace ',
    ]);
  });

  it('makes an empty value an empty argument', () => {
    expect(cliArgs`sign --name ${''} --at ${''}`).toEqual(['sign', '--name', '', '--at', '']);
  });

  it('joins literal text and values that touch into one argument', () => {
    const dir = '/tmp/a b';
    expect(cliArgs`--at=${1800000000} --key ${dir}/key.pem ${'x'}${'y'}`).toEqual([
      '--at=1800000000',
      '--key',
      '/tmp/a b/key.pem',
      'xy',
    ]);
  });

  it('gives no arguments for an empty command line', () => {
    expect(cliArgs``).toEqual([]);
    expect(cliArgs` `).toEqual([]);
  });
});

describe('commandLine', () => {
  const seen: { args: string[]; options: { input?: string } }[] = [];
  const run = commandLine<{ input?: string }>(async (args, options): Promise<CliRun> => {
    seen.push({ args, options });
    return { code: 0, stdout: '', stderr: '' };
  }, {});

  it('hands the split arguments and the options given with .with to the runner', async () => {
    await run`inspect ${'a b'}`;
    await run.with({ input: 'token\n' })`inspect -`;
    expect(seen).toEqual([
      { args: ['inspect', 'a b'], options: {} },
      { args: ['inspect', '-'], options: { input: 'token\n' } },
    ]);
  });
});
