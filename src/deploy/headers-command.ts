import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { headersForConfig } from './headers-for-config.ts';
import { HEADER_FORMATS, isHeaderFormat } from './server-snippets.ts';

const USAGE = `npm run headers -- [--config FILE] [--format ${HEADER_FORMATS.join('|')}] [--base PATH]

Prints the response headers the launcher must be served with, from its config.json
(default public/config.json): as plain header lines, or as an nginx, Caddy or
Netlify _headers snippet for the launcher served at PATH (default /).`;

function main(argv: string[]): number {
  let values: { config?: string; format?: string; base?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: 'string' },
        format: { type: 'string' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'headers';
  if (!isHeaderFormat(format)) {
    process.stderr.write(`Unknown format "${format}".\n${USAGE}\n`);
    return 2;
  }
  const file = values.config ?? 'public/config.json';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`Cannot read ${file}.\n`);
    return 1;
  }
  const result = headersForConfig(text, format, values.base);
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.error}\n`);
    return 1;
  }
  process.stdout.write(result.value);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
