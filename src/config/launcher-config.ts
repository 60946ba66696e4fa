import type { ServerProfile } from '../core/types.ts';
import type { Language } from '../i18n/languages.ts';

export type LauncherMode = 'endpoint' | 'local';
export type EndpointMethod = 'POST' | 'GET';

/** How to ask the site's token endpoint for a Jitsi JWT. */
export interface EndpointConfig {
  url: string;
  /** Default POST (JSON body); GET sends the same fields as query parameters. */
  method: EndpointMethod;
  /** Default `include`: the single sign-on cookies go with the request. */
  credentials: RequestCredentials;
  /** One attempt's limit. Default 10 000 ms. */
  timeoutMs: number;
  /** Further attempts after a 429, 502, 503 or network failure. Default 2. */
  retries: number;
}

/** The server settings that judge a token, without secrets (the config is public). */
export type PublicServerProfile = Omit<ServerProfile, 'app_secret'>;

export type JsonMap = { [key: string]: unknown };

/** Who the user is in the meeting: typed on the join screen, or taken from the token. */
export type DisplayNameMode = 'required' | 'optional' | 'fromToken';

/** The organisation's name, logo and colour on the join page. */
export interface BrandConfig {
  title?: string;
  /** Relative to the launcher, or https:. */
  logoUrl?: string;
  /** `#rrggbb` or `#rgb`; white text on it has at least 4.5:1 contrast. */
  accentColor?: string;
}

/** Where users get help, shown with every error. */
export interface SupportConfig {
  text: string;
  /** https: or mailto: only. */
  url?: string;
}

/** What a page that frames the launcher may hear from it and ask of it. */
export interface EmbedConfig {
  /**
   * The exact origins (`https://intranet.example.com`) allowed to frame the launcher, receive
   * its events and send it commands. Empty: none.
   */
  parentOrigins: string[];
}

/** `public/config.json`, validated. */
export interface LauncherConfig {
  mode: LauncherMode;
  /** The Jitsi domains a token may be given to; the first is the default. */
  domains: string[];
  tenant?: string;
  endpoint?: EndpointConfig;
  debugPanel: boolean;
  /** How long `external_api.js` may take to load. Default 15 000 ms. */
  scriptTimeoutMs: number;
  configOverwrite: JsonMap;
  interfaceConfigOverwrite: JsonMap;
  server?: PublicServerProfile;
  /** Default `required`. */
  displayName?: DisplayNameMode;
  /** Join as soon as the room (and the name, unless it comes from the token) are known. */
  autoJoin?: boolean;
  brand?: BrandConfig;
  support?: SupportConfig;
  /** The language for everyone, over the browser's preference (a link's `?lang=` still wins). */
  lang?: Language;
  /** Absent: no page may frame the launcher or hear from it. */
  embed?: EmbedConfig;
}

/** One bad field: which, what is wrong, how to fix it. */
export interface ConfigProblem {
  field: string;
  message: string;
  fix: string;
}

/** Why the runtime config cannot be used; the config error screen gives the words. */
export type ConfigError =
  | { kind: 'config-missing'; url: string; status: number }
  | { kind: 'config-unreachable'; url: string }
  | { kind: 'config-timeout'; url: string; timeoutMs: number }
  | { kind: 'config-too-large'; url: string; limitBytes: number }
  | { kind: 'config-not-json'; url: string }
  /** `total` counts the problems found, more than `problems` lists when there are very many. */
  | { kind: 'config-invalid'; url: string; problems: ConfigProblem[]; total: number };
