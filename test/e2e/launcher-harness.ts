import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp } from './fixtures/build-app.ts';
import { fakeToken } from './fixtures/fake-token.ts';
import { type JitsiDomains, startJitsiDomains } from './fixtures/jitsi-domain.ts';
import { policyHeadersFor, watchPolicyViolations } from './fixtures/policy-headers.ts';
import { type ServedFile, serveStatic } from './fixtures/static-server.ts';
import {
  type StubAnswer,
  startTokenEndpoint,
  type TokenEndpoint,
} from './fixtures/token-endpoint.ts';

/**
 * Debian's build of Chromium's headless shell (the browser Playwright itself runs headless; the
 * browser tests need half the CPU they need in the full browser), else Debian's full Chromium,
 * or `CHROMIUM_PATH`. The binary itself rather than /usr/bin's shell wrapper, where it is found.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  [
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
  ].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';

/**
 * Chromium, quiet on the closed network; every host matching `mappedHosts` (by default
 * every *.test host) is this machine, and each `HOST:PORT` key of `mappedPorts` is this
 * machine's port given for it.
 */
export function launchBrowser(
  mappedHosts: readonly string[] = ['*.test'],
  mappedPorts: Readonly<Record<string, number>> = {},
): Promise<Browser> {
  const rules = [
    ...Object.entries(mappedPorts).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`),
    ...mappedHosts.map((host) => `MAP ${host} 127.0.0.1`),
  ];
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // CI containers give /dev/shm 64 MB; Chromium's shared memory there runs out and tabs crash.
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules.join(', ')}`,
    ],
  });
}

/** One page of the launcher with everything it printed and everywhere it went. */
export interface OpenPage {
  page: Page;
  context: BrowserContext;
  console: string[];
  /** Every URL the launcher's own (top) frame showed. */
  navigations: string[];
  /** Every CSP or Trusted Types violation, in any frame (the harness serves the strict headers). */
  violations: string[];
}

export interface Launcher {
  /** Where the built app is served (below a sub-path, as deployments often are). */
  base: string;
  endpoint: TokenEndpoint;
  jitsi: JitsiDomains;
  browser: Browser;
  /** `NAME.test:PORT` on the stand-in https server. */
  domain(name: string): string;
  /** A config.json for endpoint mode against the stub and the stand-in domains. */
  config(overrides?: Record<string, unknown>): Record<string, unknown>;
  /**
   * A fresh browser context on the launcher, whose host serves `config` as config.json (a number:
   * that HTTP status) until the next `open`. `headers: false` serves the launcher as a host that sends no security headers; `locale` is
   * the browser's language (navigator.languages and Accept-Language).
   */
  open(
    config: Record<string, unknown> | number,
    path?: string,
    options?: OpenOptions,
  ): Promise<OpenPage>;
  close(): Promise<void>;
}

export interface OpenOptions {
  headers?: boolean;
  locale?: string;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The endpoint's usual answer: a fresh token for any room. */
export function tokenAnswer(claims: Parameters<typeof fakeToken>[0] = {}): StubAnswer {
  return { body: JSON.stringify({ token: fakeToken(claims, nowSeconds()) }) };
}

/**
 * Builds the app once (cached by source hash), serves dist/ with a static server, starts the
 * stub token endpoint and the stand-in Jitsi domains, and launches one Chromium.
 * `namedDomain` (such as meet.example.com) is the stand-in https server as well, at the usual
 * port: a picture of the launcher then names a Jitsi domain with no test port.
 */
export async function startLauncher(options: { namedDomain?: string } = {}): Promise<Launcher> {
  const domains = startJitsiDomains([
    'meet.test',
    'other.test',
    'gone.test',
    'bad-tls.test',
    'silent.test',
  ]);
  const { namedDomain } = options;
  const [dist, endpoint, jitsi, browser] = await Promise.all([
    buildApp(),
    startTokenEndpoint(),
    domains,
    namedDomain === undefined
      ? launchBrowser()
      : domains.then((started) =>
          launchBrowser(['*.test'], { [`${namedDomain}:443`]: started.port }),
        ),
  ]);
  // Served as a deployment should be: with the headers `npm run headers` prints for the config
  // of the page opened last (for a config the launcher refuses, those of the usual one).
  let policy: Record<string, string> = {};
  // The config.json of the page opened last, served by the host itself as a deployment's is.
  let served: ServedFile = { status: 404, contentType: 'text/plain', body: 'missing' };
  const app = await serveStatic(
    dist,
    '/launcher/',
    endpoint.handleRequest,
    () => policy,
    (path) => (path === 'config.json' ? served : undefined),
  );
  const contexts = new Set<BrowserContext>();
  const domain = (name: string) => `${name}.test:${jitsi.port}`;
  const config = (overrides = {}) => ({
    mode: 'endpoint',
    domains: [domain('meet'), domain('other')],
    endpoint: { url: endpoint.url, timeoutMs: 5000, retries: 2 },
    debugPanel: false,
    scriptTimeoutMs: 5000,
    ...overrides,
  });
  const defaults = config();
  policy = policyHeadersFor(defaults, defaults);
  return {
    base: app.base,
    endpoint,
    jitsi,
    browser,
    domain,
    config,
    async open(config, path = '', options = {}) {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        ...(options.locale === undefined ? {} : { locale: options.locale }),
      });
      contexts.add(context);
      policy = options.headers === false ? {} : policyHeadersFor(config, defaults);
      const violations = await watchPolicyViolations(context);
      served =
        typeof config === 'number'
          ? { status: config, contentType: 'text/plain', body: 'missing' }
          : { status: 200, contentType: 'application/json', body: JSON.stringify(config) };
      const page = await context.newPage();
      const opened: OpenPage = { page, context, console: [], navigations: [], violations };
      page.on('console', (message) => opened.console.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => opened.console.push(`pageerror: ${error.message}`));
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) opened.navigations.push(frame.url());
      });
      await page.goto(app.base + path);
      return opened;
    },
    async close() {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      await browser.close();
      await Promise.all([app.close(), endpoint.close(), jitsi.close()]);
    },
  };
}
