import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { nodeIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string;
  env?: Record<string, string>;
}

/**
 * Runs `jitsi-jwt` in this process: real files and network, with standard input, output and
 * the environment given here (an empty environment unless `env` is set).
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = nodeIo({
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    env: { ...options.env },
    clock: Date.now,
    fetch: globalThis.fetch,
  });
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * The arguments of a command line written as a template: the literal text is split on whitespace,
 * and each interpolated value goes in whole, spaces and all (an empty value is an empty argument).
 * Literal text touching a value joins it into one argument, as in a shell: `--at=${AT}`.
 */
export function cliArgs(strings: readonly string[], ...values: (string | number)[]): string[] {
  const args: string[] = [];
  let current: string | undefined;
  strings.forEach((text, index) => {
    for (const piece of text.split(/(\s+)/)) {
      if (/^\s+$/.test(piece)) {
        if (current !== undefined) args.push(current);
        current = undefined;
      } else if (piece !== '') {
        current = (current ?? '') + piece;
      }
    }
    if (index < values.length) current = (current ?? '') + String(values[index]);
  });
  if (current !== undefined) args.push(current);
  return args;
}

export interface CommandLine<Options> {
  (strings: TemplateStringsArray, ...values: (string | number)[]): Promise<CliRun>;
  /** The same command line run with these options, e.g. `cli.with({ input })\`inspect -\``. */
  with(options: Options): CommandLine<Options>;
}

/** A template tag that splits its command line with `cliArgs` and hands it to `run`. */
export function commandLine<Options>(
  run: (args: string[], options: Options) => Promise<CliRun>,
  options: Options,
): CommandLine<Options> {
  const tag = (strings: TemplateStringsArray, ...values: (string | number)[]) =>
    run(cliArgs(strings, ...values), options);
  return Object.assign(tag, {
    with: (more: Options) => commandLine(run, { ...options, ...more }),
  });
}

/** `jitsi-jwt` in this process, as `runCli`: `await cli\`inspect ${token} --profile ${profile}\``. */
export const cli = commandLine<CliOptions>(runCli, {});

/** A fresh temporary folder holding `hs.json`, the HS256 profile most CLI tests sign and judge with. */
export async function folderWithHsProfile(name: string): Promise<{ dir: string; profile: string }> {
  const dir = await mkdtemp(join(tmpdir(), `jitsi-jwt-${name}-`));
  const profile = join(dir, 'hs.json');
  await writeFile(
    profile,
    JSON.stringify({
      app_id: 'my_app',
      app_secret: 's3cret',
      muc_mapper_domain_base: 'meet.jitsi',
    }),
  );
  return { dir, profile };
}
