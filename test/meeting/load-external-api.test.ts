import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activateExternalApi,
  activateLoadedExternalApi,
} from '../../src/meeting/external-api-proxy.ts';
import { forgetLoadedExternalApis, loadExternalApi } from '../../src/meeting/load-external-api.ts';

interface FakeScript {
  src: string;
  async: boolean;
  attributes: Map<string, string>;
  onload: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
}

/**
 * Just the document the loader touches. Its scripts never load by themselves (a test fires
 * onload / onerror), and nothing reaches the network. `scripts` lists every script appended.
 */
function fakeDocument() {
  const scripts: FakeScript[] = [];
  const inHead = new Set<FakeScript>();
  const fake = {
    currentScript: null as FakeScript | null,
    createElement(): FakeScript {
      const script: FakeScript = {
        src: '',
        async: false,
        attributes: new Map(),
        onload: null,
        onerror: null,
        setAttribute(name, value) {
          script.attributes.set(name, value);
        },
        remove() {
          inHead.delete(script);
        },
      };
      return script;
    },
    querySelectorAll: () =>
      [...inHead].filter((script) => script.attributes.has('data-jitsi-external-api')),
    head: {
      appendChild(script: FakeScript) {
        scripts.push(script);
        inHead.add(script);
      },
    },
  };
  /** The browser runs `script` (in the head or removed from it): it sets the global. */
  const run = (script: FakeScript | undefined, host: Record<string, unknown>, api: unknown) => {
    fake.currentScript = script ?? null;
    host.JitsiMeetExternalAPI = api;
    fake.currentScript = null;
  };
  return { doc: fake as unknown as Document, scripts, run, live: () => inHead.size };
}

class DomainA {
  dispose() {}
}
class DomainB {
  dispose() {}
}

describe('loadExternalApi', () => {
  let host: Record<string, unknown>;
  beforeEach(() => {
    forgetLoadedExternalApis();
    host = {};
  });
  afterEach(() => vi.useRealTimers());

  it('loads https://DOMAIN/TENANT/external_api.js and returns the API it defines', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const pending = loadExternalApi('meet.example.com', 'sales', {
      document: doc,
      global: host,
      timeoutMs: 1000,
    });
    expect(scripts.map((script) => script.src)).toEqual([
      'https://meet.example.com/sales/external_api.js',
    ]);
    fake.run(scripts[0], host, DomainA);
    scripts[0]?.onload?.(new Event('load'));
    expect(await pending).toEqual({ ok: true, value: DomainA });
  });

  it("gives script.src a TrustedScriptURL from the launcher's one named policy", async () => {
    const fake = fakeDocument();
    const created: string[] = [];
    const trustedTypes = {
      createPolicy(name: string, rules: { createScriptURL(input: string): string }) {
        created.push(name);
        return { createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }) };
      },
    };
    const deps = { document: fake.doc, global: host, timeoutMs: 1000, trustedTypes };
    void loadExternalApi('meet.example.com', undefined, deps);
    void loadExternalApi('backup.example.com', 'sales', deps);
    expect(fake.scripts.map((script) => script.src)).toEqual([
      { trusted: 'https://meet.example.com/external_api.js' },
      { trusted: 'https://backup.example.com/sales/external_api.js' },
    ]);
    expect(created).toEqual(['jitsi-launcher-loader']);
  });

  it('says so when the page does not allow its Trusted Types policy', async () => {
    const fake = fakeDocument();
    const trustedTypes = {
      createPolicy(): never {
        throw new TypeError('Policy "jitsi-launcher-loader" disallowed.');
      },
    };
    const result = await loadExternalApi('meet.example.com', undefined, {
      document: fake.doc,
      global: host,
      timeoutMs: 1000,
      trustedTypes,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'script-failed',
        url: 'https://meet.example.com/external_api.js',
        message:
          'This page\'s Trusted Types policy does not let the launcher load https://meet.example.com/external_api.js: its Content-Security-Policy must allow the policy "jitsi-launcher-loader" (trusted-types jitsi-launcher-loader).',
      },
    });
    expect(fake.scripts).toHaveLength(0);
  });

  it('removes a script that failed and does not remember the failure', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const deps = { document: doc, global: host, timeoutMs: 1000 };
    const first = loadExternalApi('meet.example.com', undefined, deps);
    scripts[0]?.onerror?.(new Event('error'));
    expect(await first).toEqual({
      ok: false,
      error: {
        kind: 'script-failed',
        url: 'https://meet.example.com/external_api.js',
        message:
          'meet.example.com did not deliver its meeting script (https://meet.example.com/external_api.js): the server is down, the address is wrong (404), or its certificate is not trusted.',
      },
    });
    expect(fake.live()).toBe(0);
    const second = loadExternalApi('meet.example.com', undefined, deps);
    expect(scripts).toHaveLength(2);
    fake.run(scripts[1], host, DomainA);
    scripts[1]?.onload?.(new Event('load'));
    expect(await second).toEqual({ ok: true, value: DomainA });
  });

  it('gives up on a script that never answers', async () => {
    vi.useFakeTimers();
    const fake = fakeDocument();
    const { doc } = fake;
    const pending = loadExternalApi('slow.example.com', undefined, {
      document: doc,
      global: host,
      timeoutMs: 4000,
    });
    vi.advanceTimersByTime(4000);
    expect(await pending).toEqual({
      ok: false,
      error: {
        kind: 'script-timeout',
        url: 'https://slow.example.com/external_api.js',
        timeoutMs: 4000,
        message:
          'slow.example.com did not deliver its meeting script (https://slow.example.com/external_api.js) within 4 s.',
      },
    });
    expect(fake.live()).toBe(0);
  });

  it('says so when the script defines no JitsiMeetExternalAPI', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const pending = loadExternalApi('www.example.com', undefined, {
      document: doc,
      global: host,
      timeoutMs: 1000,
    });
    scripts[0]?.onload?.(new Event('load'));
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'script-no-api' } });
  });

  it('never takes an API left by another domain for this one', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const deps = { document: doc, global: host, timeoutMs: 1000 };
    const a = loadExternalApi('a.example.com', undefined, deps);
    fake.run(scripts[0], host, DomainA);
    scripts[0]?.onload?.(new Event('load'));
    await a;
    const b = loadExternalApi('b.example.com', undefined, deps);
    expect(host.JitsiMeetExternalAPI).toBeUndefined();
    expect(fake.live()).toBe(1);
    fake.run(scripts[1], host, DomainB);
    scripts[1]?.onload?.(new Event('load'));
    expect(await b).toEqual({ ok: true, value: DomainB });
    expect(await loadExternalApi('a.example.com', undefined, deps)).toEqual({
      ok: true,
      value: DomainA,
    });
    expect(scripts).toHaveLength(2);
  });

  it("a timed-out script that runs late never passes for another domain's API", async () => {
    vi.useFakeTimers();
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const deps = { document: doc, global: host, timeoutMs: 1000 };
    const a = loadExternalApi('a.example.com', undefined, deps);
    vi.advanceTimersByTime(1000);
    expect(await a).toMatchObject({ ok: false, error: { kind: 'script-timeout' } });
    // b's script defines nothing, and a's late script runs before b's load event.
    const b = loadExternalApi('b.example.com', undefined, deps);
    fake.run(scripts[0], host, DomainA);
    scripts[1]?.onload?.(new Event('load'));
    expect(await b).toMatchObject({ ok: false, error: { kind: 'script-no-api' } });
    // c's script defines its API; a's late script runs again, after it.
    const c = loadExternalApi('c.example.com', undefined, deps);
    fake.run(scripts[2], host, DomainB);
    fake.run(scripts[0], host, DomainA);
    scripts[2]?.onload?.(new Event('load'));
    const loaded = await c;
    expect(loaded).toEqual({ ok: true, value: DomainB });
    if (!loaded.ok) return;
    // Activation checks the API came from the meeting's own domain, then pins the forwarder.
    expect(() => activateLoadedExternalApi(loaded.value, 'a.example.com', host)).toThrow(
      'The IFrame API at hand was not loaded from a.example.com.',
    );
    expect(() => activateLoadedExternalApi(DomainA, 'a.example.com', host)).toThrow();
    activateLoadedExternalApi(loaded.value, 'c.example.com', host);
    const forwarder = host.JitsiMeetExternalAPI;
    fake.run(scripts[0], host, DomainA);
    expect(host.JitsiMeetExternalAPI).toBe(forwarder);
    if (typeof forwarder !== 'function') throw new Error('no global');
    expect(Reflect.construct(forwarder, ['c.example.com', {}])).toBeInstanceOf(DomainB);
  });

  it('shares a load in progress: the prefetch and Join get one script, run once', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const deps = { document: doc, global: host, timeoutMs: 1000 };
    const prefetch = loadExternalApi('meet.example.com', undefined, deps);
    const controller = new AbortController();
    const join = loadExternalApi('meet.example.com', undefined, {
      ...deps,
      signal: controller.signal,
    });
    expect(scripts).toHaveLength(1);
    fake.run(scripts[0], host, DomainA);
    scripts[0]?.onload?.(new Event('load'));
    expect(await prefetch).toEqual({ ok: true, value: DomainA });
    expect(await join).toEqual({ ok: true, value: DomainA });
    expect(await loadExternalApi('meet.example.com', undefined, deps)).toEqual({
      ok: true,
      value: DomainA,
    });
    expect(scripts).toHaveLength(1);
  });

  it('a cancelled Join leaves the prefetch loading; the last caller to cancel stops the load', async () => {
    const fake = fakeDocument();
    const { doc, scripts } = fake;
    const deps = { document: doc, global: host, timeoutMs: 1000 };
    const first = new AbortController();
    const second = new AbortController();
    const a = loadExternalApi('meet.example.com', undefined, { ...deps, signal: first.signal });
    const b = loadExternalApi('meet.example.com', undefined, { ...deps, signal: second.signal });
    first.abort();
    expect(await a).toMatchObject({ ok: false, error: { kind: 'script-aborted' } });
    expect(fake.live()).toBe(1);
    second.abort();
    expect(await b).toMatchObject({ ok: false, error: { kind: 'script-aborted' } });
    expect(fake.live()).toBe(0);
    // Nothing was kept: the next caller loads again.
    void loadExternalApi('meet.example.com', undefined, deps);
    expect(scripts).toHaveLength(2);
  });

  it('stops when cancelled', async () => {
    const fake = fakeDocument();
    const { doc } = fake;
    const controller = new AbortController();
    const pending = loadExternalApi('meet.example.com', undefined, {
      document: doc,
      global: host,
      timeoutMs: 1000,
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'script-aborted' } });
    expect(fake.live()).toBe(0);
  });
});

describe('activateExternalApi', () => {
  it('exposes one stable global that constructs the API of the active domain', () => {
    const host: Record<string, unknown> = {};
    const made: string[] = [];
    class A {
      constructor(domain: string) {
        made.push(`A ${domain}`);
      }
      dispose() {}
    }
    class B {
      constructor(domain: string) {
        made.push(`B ${domain}`);
      }
      dispose() {}
    }
    activateExternalApi(A, host);
    const global = host.JitsiMeetExternalAPI;
    if (typeof global !== 'function') throw new Error('no global');
    const first: unknown = Reflect.construct(global, ['a.example.com', {}]);
    expect(first).toBeInstanceOf(A);
    activateExternalApi(B, host);
    expect(host.JitsiMeetExternalAPI).toBe(global);
    expect(Reflect.construct(global, ['b.example.com', {}])).toBeInstanceOf(B);
    expect(made).toEqual(['A a.example.com', 'B b.example.com']);
  });
});
