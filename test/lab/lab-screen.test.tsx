import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/core/build-claims.ts';
import { exportPublicKey } from '../../src/core/keys/export-public-key.ts';
import { generateKeyPair } from '../../src/core/keys/generate-key-pair.ts';
import { JITSI_ALGORITHMS } from '../../src/core/profile-settings.ts';
import { signToken } from '../../src/core/sign-token.ts';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { LabScreen } from '../../src/lab/lab-screen.tsx';
import { createLabStore } from '../../src/lab/lab-store.ts';
import { meetingReader } from '../../src/meeting/meeting-reader.ts';
import { LauncherContext } from '../../src/store/launcher-context.ts';
import { createLauncherStore } from '../../src/store/launcher-store.ts';
import { leaveField } from '../support/browser-events.ts';
import { choose, config, input, NOW, setup, type } from './support/render-lab.tsx';

afterEach(cleanup);

describe('the token lab', () => {
  it('makes a dev key, signs, and shows a passing verdict', async () => {
    const { lab } = setup();
    expect(await screen.findByText('Login: accepted', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Room join: accepted')).toBeTruthy();
    expect(lab.getState().keys.map((k) => k.kid)).toEqual(['dev-launcher/key-1']);
    expect(input('Public key of dev-launcher/key-1 (SPKI PEM)').value).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n/,
    );
    expect(
      screen.getByText(
        'Signature: valid: checked with the public key of dev-launcher/key-1, the one to publish.',
      ),
    ).toBeTruthy();
    const header = screen.getByText(/^\{"alg":"RS256"/);
    expect(JSON.parse(header.textContent ?? '')).toEqual({
      alg: 'RS256',
      kid: 'dev-launcher/key-1',
      typ: 'JWT',
    });
  });

  it('puts the meeting first, then the verdict, join and token, then the settings behind them', async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    const panel = screen.getByRole('tabpanel', { name: 'Sign and join' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([
      'Meeting',
      'Server verdict',
      'Join',
      'Token',
      "The server's own answer",
      'Server',
      'Signing key',
      'Claims',
    ]);
    const side = within(panel).getByRole('complementary', { name: 'Verdict, join and token' });
    expect(within(side).getByRole('heading', { name: 'Verdict' })).toBeTruthy();
    expect(within(side).getByRole('button', { name: 'Copy token' })).toBeTruthy();
    expect(within(side).getByRole('button', { name: 'Join with a fresh token' })).toBeTruthy();
    expect(within(side).queryByLabelText('Issuer (iss)')).toBeNull();
  });

  it("updates the raw JSON and the verdict as a claim is typed, with the server's reason", async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    type('Issuer (iss)', 'someone-else');
    expect(
      await screen.findByText("Login: refused (invalid 'iss' claim)", {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(input('Payload (raw JSON)').value).toContain('"iss": "someone-else"');
    const failing = document.querySelector('[data-check][data-status="fail"]');
    if (!(failing instanceof HTMLElement)) throw new Error('no failing check');
    expect(within(failing).getByText("invalid 'iss' claim").tagName).toBe('CODE');
    const iss = input('Issuer (iss)');
    expect(iss.getAttribute('aria-invalid')).toBe('true');
    const described = (iss.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toEqual(['lab-claim-iss-hint', 'lab-claim-iss-problem']);
    expect(document.getElementById('lab-claim-iss-problem')?.textContent).toMatch(
      /^Server says "invalid 'iss' claim"\. .+ Fix: /,
    );
  });

  it('reads the raw JSON back into the form, and says when it is not JSON', async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    const raw = input('Payload (raw JSON)');
    const payload = JSON.parse(raw.value);
    type('Payload (raw JSON)', JSON.stringify({ ...payload, sub: 'meet.example.com' }));
    await waitFor(() => expect(input('Subject (sub)').value).toBe('meet.example.com'));
    type('Payload (raw JSON)', '{"iss": ');
    expect(document.getElementById('lab-raw-json-problem')?.textContent).toMatch(
      /^Payload \(raw JSON\): not JSON: .+\.$/,
    );
    expect(raw.getAttribute('aria-invalid')).toBe('true');
    // Leaving the field keeps the text that cannot be used, marked, and the verdict out of date.
    leaveField(raw);
    expect(raw.value).toBe('{"iss": ');
    expect(
      screen.getByText(
        /^Out of date: the verdict and token are for the last usable input\. Payload \(raw JSON\): not JSON/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Token (out of date)' })).toBeTruthy();
  });

  it('refuses a raw JSON payload nested thousands deep, and goes on signing the last good one', async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    type('Payload (raw JSON)', `{"iss": "deep", "claim": ${deep}}`);
    expect(document.getElementById('lab-raw-json-problem')?.textContent).toBe(
      'Payload (raw JSON): it nests deeper than 32 levels; a Jitsi token needs three or four.',
    );
    expect(input('Issuer (iss)').value).not.toBe('deep');
    expect(screen.getByText('Login: accepted')).toBeTruthy();
  });

  it('switches tabs with the arrow keys', async () => {
    setup();
    const sign = screen.getByRole('tab', { name: 'Sign and join' });
    expect(sign.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(sign, { key: 'ArrowRight' });
    const inspect = screen.getByRole('tab', { name: 'Inspect a token' });
    expect(inspect.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(inspect);
    expect(document.getElementById('lab-panel-sign')?.hidden).toBe(true);
    expect(document.getElementById('lab-panel-inspect')?.hidden).toBe(false);
    fireEvent.keyDown(inspect, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Server setup' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sign);
    fireEvent.keyDown(sign, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(sign.getAttribute('aria-selected')).toBe('true');
  });

  it('gives the server setup for the profile, ready to copy', async () => {
    const { copied } = setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Server setup' }));
    const env = input('docker-jitsi-meet .env').value;
    expect(env).toContain('JWT_ASAP_KEYSERVER=http://host.docker.internal:5173/asap\n');
    expect(env).toContain('XMPP_DOMAIN=meet.jitsi\n');
    expect(env).toContain('PUBLIC_URL=https://localhost:8443\n');
    fireEvent.click(screen.getByRole('button', { name: 'Copy .env lines' }));
    await waitFor(() => expect(copied).toEqual([env]));
    expect(input('Prosody config').value).toContain('    authentication = "token"\n');
  });

  it('downloads the public key as PEM, JWKS and the asap file, and deletes after a confirmation', async () => {
    const { lab, downloads } = setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Download JWKS' }));
    fireEvent.click(screen.getByRole('button', { name: /^Download 53cb1ddb808f/ }));
    expect(downloads.map((d) => d.fileName)).toEqual([
      'jwks.json',
      '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    ]);
    expect(JSON.parse(downloads[0]?.text ?? '').keys[0]).toMatchObject({
      kid: 'dev-launcher/key-1',
      alg: 'RS256',
      use: 'sig',
      kty: 'RSA',
    });
    expect(downloads[1]?.text).toBe(input('Public key of dev-launcher/key-1 (SPKI PEM)').value);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this key' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    // The kid is retired; the next key (made on the next signing) gets a new one.
    await waitFor(
      () => expect(lab.getState().keys.map((k) => k.kid)).toEqual(['dev-launcher/key-2']),
      { timeout: 5000 },
    );
    expect(lab.getState().retiredKids).toEqual(['dev-launcher/key-1']);
  });

  it('says why an import failed', async () => {
    setup();
    fireEvent.click(screen.getByText('Import a private key (PKCS#8 PEM or JWK), e.g. a JaaS key'));
    type('Private key', '{"kty": "EC", "d": "x"}');
    type(/^Its kid/, 'k');
    fireEvent.click(screen.getByRole('button', { name: 'Import key' }));
    expect(
      await screen.findByText('The JWK is of type "EC"; Jitsi needs an RSA key (kty "RSA").'),
    ).toBeTruthy();
  });

  it('sets the defaults of a chosen profile, above all the sub the server wants', async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    choose('Server profile', 'prosody-hs256');
    expect(await screen.findByLabelText(/^App secret/)).toBeTruthy();
    expect(input('Issuer (iss)').value).toBe('my_app_id');
    expect(input('Subject (sub)').value).toBe('localhost:8443');
    type('XMPP domain (muc_mapper_domain_base / XMPP_DOMAIN)', 'meet.example.com');
    type('Subject (sub)', 'wrong.example.com');
    type(/^App secret/, 's3cret');
    expect(
      await screen.findByText(
        'Room join: refused (Room and token mismatched)',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
  });

  it('offers the six algorithms a Jitsi server knows, from the token core', async () => {
    setup();
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    const select = screen.getByRole('combobox', {
      name: 'Signature algorithm (signature_algorithm)',
    });
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512']);
    expect(options).toEqual([...JITSI_ALGORITHMS]);
  });

  it('signs HS256 once the secret is typed', async () => {
    setup('docker-hs256');
    expect(
      await screen.findByText(
        'Type the app secret to sign with (HS256). Enter the secret your server has as JWT_APP_SECRET / app_secret.',
      ),
    ).toBeTruthy();
    expect(input('Payload (raw JSON)').value).toContain('"iss": "my_jitsi_app_id"');
    type(/^App secret/, 's3cret');
    expect(await screen.findByText('Login: accepted', {}, { timeout: 5000 })).toBeTruthy();
    expect(input(/^App secret/).type).toBe('password');
  });

  it('joins through the launcher with the lab room and user, and shares a link without a token', async () => {
    const { launcher, copied } = setup();
    let joined = 0;
    launcher.setState({
      join: async () => {
        joined += 1;
      },
    });
    await screen.findByText('Login: accepted', {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Join with a fresh token' }));
    expect(joined).toBe(1);
    expect(launcher.getState().form).toEqual({
      room: 'Daily Standup',
      displayName: 'Lab user',
      email: '',
      domain: 'localhost:8443',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    await waitFor(() => expect(copied).toEqual(['http://localhost:5173/?room=Daily+Standup']));
  });
});

describe('without WebCrypto', () => {
  it('says why the lab cannot sign and how to open it instead', () => {
    const launcher = createLauncherStore({
      names: { load: () => '', save: () => undefined },
      runJoin: () => {
        throw new Error('no join in this test');
      },
      meeting: meetingReader,
    });
    const lab = createLabStore({
      keyStore: openKeyStore(new IDBFactory(), 'lab'),
      target: { domain: 'localhost:8443', room: 'r' },
    });
    render(
      <LauncherContext.Provider value={launcher}>
        <LabScreen config={config} lab={lab} secure={false} launcherUrl="http://intranet:5173/" />
      </LauncherContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /^This page is not a secure context, so the browser gives it no WebCrypto/,
    );
  });
});

describe('the inspector', () => {
  it('explains a token that does not decode', async () => {
    setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Inspect a token' }));
    type('Token to inspect', 'not-a-token');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server answers: ');
  });

  it('decodes, verifies with the secret and judges against the URL', async () => {
    setup();
    const now = NOW / 1000;
    const profile = { app_id: 'my_app', muc_mapper_domain_base: 'meet.jitsi' };
    const signed = await signToken(
      buildClaims(
        {
          iss: 'my_app',
          aud: 'my_app',
          sub: 'meet.jitsi',
          room: 'Daily Standup',
          lifetimeSeconds: 600,
        },
        now,
      ),
      { alg: 'HS256', secret: 's3cret' },
      profile,
      { now },
    );
    if (!signed.ok) throw new Error(signed.error.message);
    fireEvent.click(screen.getByRole('tab', { name: 'Inspect a token' }));
    type('Token to inspect', signed.value);
    type('Meeting URL', 'https://localhost:8443/Daily%20Standup');
    type("Profile settings (JSON, prosody's names)", JSON.stringify(profile));
    choose('Check the signature with', 'secret');
    await screen.findByLabelText('App secret (HS)');
    type('App secret (HS)', 's3cret');
    expect(await screen.findByText('Signature: valid.', {}, { timeout: 3000 })).toBeTruthy();
    const panel = document.getElementById('lab-panel-inspect');
    if (panel === null) throw new Error('no inspector');
    expect(within(panel).getByText('Login: accepted')).toBeTruthy();
    expect(within(panel).getByText('Room join: accepted')).toBeTruthy();
    expect(within(panel).getByText('Expires in 10 min 00 s')).toBeTruthy();
    type('App secret (HS)', 'wrong');
    expect(
      await within(panel).findByText('Login: refused (Invalid signature)', {}, { timeout: 3000 }),
    ).toBeTruthy();
  });

  // Two RSA keys are made here: on a loaded 2-core machine that alone can take seconds.
  it('checks an RS256 signature against a JWKS URL', async () => {
    const now = NOW / 1000;
    const pair = await generateKeyPair();
    const { jwks } = await exportPublicKey(pair.publicKey, 'k1');
    const asked: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      asked.push(String(url));
      if (String(url).endsWith('/endless.json')) {
        return new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new Uint8Array(16 * 1024));
            },
          }),
        );
      }
      return String(url).endsWith('/missing.json')
        ? new Response('no', { status: 404 })
        : Response.json(jwks);
    };
    setup('docker-asap', fetch);
    const signed = await signToken(
      buildClaims(
        { iss: 'my_app', aud: 'my_app', sub: 'meet.jitsi', room: 'r', lifetimeSeconds: 600 },
        now,
      ),
      { alg: 'RS256', kid: 'k1', key: pair.privateKey },
      {},
      { now, force: true },
    );
    if (!signed.ok) throw new Error(signed.error.message);
    fireEvent.click(screen.getByRole('tab', { name: 'Inspect a token' }));
    type('Token to inspect', signed.value);
    choose('Check the signature with', 'jwks-url');
    await screen.findByLabelText('JWKS URL');
    const preset = screen.getByLabelText('Server profile (shared with the Sign tab)');
    expect(preset instanceof HTMLSelectElement && preset.value).toBe('docker-asap');
    type('JWKS URL', 'https://keys.example/jwks.json');
    expect(await screen.findByText('Signature: valid.', {}, { timeout: 3000 })).toBeTruthy();
    type('JWKS URL', 'https://keys.example/missing.json');
    expect(
      await screen.findByText('Signature: The JWKS URL answered HTTP 404.', {}, { timeout: 3000 }),
    ).toBeTruthy();
    type('JWKS URL', 'https://keys.example/endless.json');
    expect(
      await screen.findByText(
        'Signature: https://keys.example/endless.json answered with more than 64 KiB, so it was not read: a JWKS is a few kB.',
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy();
    expect(asked).toEqual([
      'https://keys.example/jwks.json',
      'https://keys.example/missing.json',
      'https://keys.example/endless.json',
    ]);
  }, 20_000);
});
