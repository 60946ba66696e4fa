import { parse } from 'acorn';
import type { Result } from '../core/types.ts';
import { ConfigJsReader, type ConfigValue, isConfigObject } from './config-js-values.ts';

/** What the web client reads from a deployment's config.js to connect. */
export interface ConfigJsSettings {
  /** hosts.domain: the XMPP domain (docker: meet.jitsi). */
  domain?: string;
  /** hosts.muc: the conference (MUC) domain. */
  muc?: string;
  /** hosts.focus: where the conference request goes (default focus.<domain>). */
  focus?: string;
  websocket?: string;
  bosh?: string;
  /** Set on deployments that take the conference request over HTTP. */
  conferenceRequestUrl?: string;
}

export interface ConfigJsError {
  kind: 'config-js-syntax' | 'config-js-no-config';
  message: string;
}

function text(value: ConfigValue): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads the connection settings of a Jitsi config.js (classic: one `var config = {...}` literal;
 * docker-jitsi-meet: `config.hosts.domain = '...'` assignments) with a JavaScript parser. The file
 * is never run: values it computes in ways the reader does not follow are left out.
 */
export function readConfigJs(source: string): Result<ConfigJsSettings, ConfigJsError> {
  let program: ReturnType<typeof parse>;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'config-js-syntax',
        message: `config.js is not JavaScript (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
  const reader = new ConfigJsReader();
  try {
    reader.run(program);
  } catch (error) {
    // Only a syntax tree deeper than the stack gets here (a hostile or generated file).
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      error: { kind: 'config-js-syntax', message: 'config.js is nested too deeply to read.' },
    };
  }
  const config = reader.variables.get('config');
  if (!isConfigObject(config)) {
    return {
      ok: false,
      error: {
        kind: 'config-js-no-config',
        message: 'config.js defines no config object (var config = {...} or config.hosts = ...).',
      },
    };
  }
  const hosts = isConfigObject(config.hosts) ? config.hosts : {};
  const settings: ConfigJsSettings = {};
  const entries: [keyof ConfigJsSettings, ConfigValue][] = [
    ['domain', hosts.domain],
    ['muc', hosts.muc],
    ['focus', hosts.focus],
    ['websocket', config.websocket],
    ['bosh', config.bosh],
    ['conferenceRequestUrl', config.conferenceRequestUrl],
  ];
  for (const [key, value] of entries) {
    const found = text(value);
    if (found !== undefined) settings[key] = found;
  }
  return { ok: true, value: settings };
}
