import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/core/build-claims.ts';
import { signToken } from '../../src/core/sign-token.ts';
import { leaveField } from '../support/browser-events.ts';
import { choose, input, NOW, setup, type } from './support/render-lab.tsx';

afterEach(cleanup);

const joinButton = () => screen.getByRole('button', { name: 'Join with a fresh token' });
const signed = () => screen.findByText('Login: accepted', {}, { timeout: 5000 });

describe('the lab never disagrees silently', () => {
  it('marks a lifetime it cannot use, puts the verdict out of date and stops the join, until fixed', async () => {
    const { lab } = setup();
    await signed();
    type('Lifetime in seconds (exp = now + this)', '-300');
    const field = input('Lifetime in seconds (exp = now + this)');
    expect(field.value).toBe('-300');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('lab-claim-lifetime-note')?.textContent).toBe(
      'Lifetime in seconds: "-300" is not a whole number of seconds of 1 or more.',
    );
    expect(screen.getByText(/^Out of date: /).textContent).toBe(
      'Out of date: the verdict and token are for the last usable input. Lifetime in seconds: "-300" is not a whole number of seconds of 1 or more.',
    );
    expect(joinButton().hasAttribute('disabled')).toBe(true);
    expect(document.getElementById('lab-join-blocked')?.textContent).toBe(
      'Correct the marked input first. Lifetime in seconds: "-300" is not a whole number of seconds of 1 or more.',
    );
    const refused = await lab.getState().signFor({
      room: 'Daily Standup',
      displayName: 'Ann',
      domain: 'localhost:8443',
    });
    expect(refused.ok).toBe(false);
    type('Lifetime in seconds (exp = now + this)', '600');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText(/^Out of date: /)).toBeNull();
    await waitFor(() =>
      expect(JSON.parse(input('Payload (raw JSON)').value).exp).toBe(NOW / 1000 + 600),
    );
    expect(joinButton().hasAttribute('disabled')).toBe(false);
  });

  it('shows in the form an exp written in the raw JSON, and the verdict on it', async () => {
    setup();
    await signed();
    const payload = JSON.parse(input('Payload (raw JSON)').value);
    const past = NOW / 1000 - 7200;
    type('Payload (raw JSON)', JSON.stringify({ ...payload, exp: past }));
    expect(
      await screen.findByText(/^Login: refused \(Not acceptable by exp/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    const lifetime = input('Lifetime in seconds (exp = now + this)');
    expect(lifetime.value).toBe('');
    expect(document.getElementById('lab-claim-lifetime-note')?.textContent).toBe(
      `exp is written in the raw JSON as ${past}, so this field is not used; type a value here to go back to now + seconds.`,
    );
    type('Lifetime in seconds (exp = now + this)', '900');
    expect(await screen.findByText('Login: accepted', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('shows a claim the raw JSON removed or wrote as an array as it is in the token', async () => {
    setup();
    await signed();
    const { sub: _gone, ...payload } = JSON.parse(input('Payload (raw JSON)').value);
    type(
      'Payload (raw JSON)',
      JSON.stringify({ ...payload, aud: ['a', 'b'], nbf: NOW / 1000 + 600 }),
    );
    expect(
      await screen.findByText('Login: refused (Not acceptable by nbf)', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(input('Subject (sub)').value).toBe('');
    expect(document.getElementById('lab-claim-sub-json')?.textContent).toBe(
      'Not in the token: the raw JSON removed sub. Type here to put it back.',
    );
    expect(input('Audience (aud)').value).toBe('');
    expect(document.getElementById('lab-claim-aud-json')?.textContent).toBe(
      'aud is written in the raw JSON as ["a","b"]; type here to replace it.',
    );
    expect(document.getElementById('lab-claim-nbf-note')?.textContent).toBe(
      `nbf is written in the raw JSON as ${NOW / 1000 + 600}, so this field is not used; type a value here to go back to now − seconds.`,
    );
    leaveField(input('Payload (raw JSON)'));
    const shown = JSON.parse(input('Payload (raw JSON)').value);
    expect('sub' in shown).toBe(false);
    expect(shown.aud).toEqual(['a', 'b']);
    type('Subject (sub)', 'meet.jitsi');
    type('Not-before margin in seconds (nbf = now − this)', '10');
    await waitFor(() =>
      expect(JSON.parse(input('Payload (raw JSON)').value).sub).toBe('meet.jitsi'),
    );
  });

  it('disables Join with its reason while an HS256 profile has no secret', async () => {
    setup('docker-hs256');
    expect(
      await screen.findByText(
        'Type the app secret to sign with (HS256). Enter the secret your server has as JWT_APP_SECRET / app_secret.',
      ),
    ).toBeTruthy();
    expect(joinButton().hasAttribute('disabled')).toBe(true);
    expect(joinButton().getAttribute('aria-describedby')).toBe('lab-join-blocked');
    expect(document.getElementById('lab-join-blocked')?.textContent).toBe(
      'Type the app secret in the Signing key card first: HS256 tokens are signed with it.',
    );
    type(/^App secret/, 's3cret');
    await signed();
    expect(joinButton().hasAttribute('disabled')).toBe(false);
  });
});

describe('the lab layout', () => {
  it('folds the features behind a summary that counts the ones set', async () => {
    setup();
    await signed();
    const summary = screen.getByText('Features (context.features): none set');
    expect(summary.closest('details')?.open).toBe(false);
    choose('recording', 'true');
    expect(screen.getByText('Features (context.features): 1 of 20 set')).toBeTruthy();
  });

  it('keeps deleting apart from the everyday key actions, styled as dangerous and asked twice', async () => {
    setup();
    await signed();
    expect(screen.queryByRole('button', { name: /^Rotate/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Generate a new key' })).toBeTruthy();
    const danger = screen.getByRole('region', { name: 'Delete' });
    const remove = within(danger).getByRole('button', { name: 'Delete this key' });
    expect(remove.className).toBe('button button--danger');
    fireEvent.click(remove);
    expect(
      within(danger)
        .getAllByRole('button')
        .map((button) => `${button.textContent} ${button.className}`),
    ).toEqual(['Keep it button', 'Delete for good button button--danger-strong']);
    fireEvent.click(within(danger).getByRole('button', { name: 'Keep it' }));
    expect(within(danger).getByRole('button', { name: 'Delete this key' })).toBeTruthy();
  });

  it('says how to trust a local server certificate when the meeting script fails to load', async () => {
    const { launcher } = setup();
    await signed();
    launcher.setState({
      phase: {
        status: 'failed',
        error: {
          kind: 'script-failed',
          url: 'https://localhost:8443/external_api.js',
          message: 'The meeting script could not be loaded.',
        },
      },
    });
    const hint = await screen.findByText(/^A meeting server on this machine/);
    expect(hint.textContent).toBe(
      'A meeting server on this machine usually has a self-signed certificate, which the browser refuses silently when the meeting script loads. Open https://localhost:8443 once, accept its certificate, then join again.',
    );
    expect(within(hint).getByRole('link').getAttribute('href')).toBe('https://localhost:8443');
  });
});

describe("docker-jitsi-meet's .env as the profile", () => {
  it('sets the profile, the secret (in memory) and the meeting server, with a note per setting', async () => {
    const { lab } = setup();
    await signed();
    fireEvent.click(screen.getByText("Load docker-jitsi-meet's .env"));
    type(
      'Paste the .env here, or drop the file on this box',
      [
        '# docker-jitsi-meet',
        'ENABLE_AUTH=1',
        'export AUTH_TYPE=jwt',
        'JWT_APP_ID=lab_app',
        "JWT_APP_SECRET='from the env'",
        'JWT_ACCEPTED_AUDIENCES=',
        'PUBLIC_URL=https://meet.example',
      ].join('\n'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use these settings' }));
    expect(lab.getState().profile).toEqual({
      app_id: 'lab_app',
      allow_empty_token: false,
      enable_domain_verification: false,
      muc_mapper_domain_base: 'meet.jitsi',
    });
    expect(lab.getState().secret).toBe('from the env');
    expect(lab.getState().secretRemembered).toBe(false);
    expect(lab.getState().target.domain).toBe('meet.example');
    expect(input('Paste the .env here, or drop the file on this box').value).toBe('');
    const notes = screen.getByRole('list', { name: 'What the .env changes' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'JWT_APP_ID: app_id is lab_app: the accepted issuer (iss) unless JWT_ACCEPTED_ISSUERS says otherwise.',
      'JWT_APP_SECRET: Tokens are HS256, signed with JWT_APP_SECRET as raw text (kept in memory only here).',
      'JWT_ENABLE_DOMAIN_VERIFICATION: Domain verification is off (the docker default): sub is not held against the domain; the room claim must still match.',
    ]);
    expect(await signed()).toBeTruthy();
  });

  it('reads a .env dropped on the box', async () => {
    const { lab } = setup();
    await signed();
    fireEvent.click(screen.getByText("Load docker-jitsi-meet's .env"));
    const file = new File(
      [
        'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=dropped\nJWT_ASAP_KEYSERVER=https://keys.example/asap\n',
      ],
      '.env',
      { type: 'text/plain' },
    );
    const drop = Object.assign(new Event('drop', { bubbles: true, cancelable: true }), {
      dataTransfer: { files: [file] },
    });
    fireEvent(input('Paste the .env here, or drop the file on this box'), drop);
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(lab.getState().profile.app_id).toBe('dropped'));
    expect(lab.getState().profile.asap_key_server).toBe('https://keys.example/asap');
  });

  it('warns when PUBLIC_URL names a server the launcher does not list', async () => {
    setup();
    await signed();
    fireEvent.click(screen.getByText("Load docker-jitsi-meet's .env"));
    type(
      'Paste the .env here, or drop the file on this box',
      'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=a\nJWT_APP_SECRET=s\nPUBLIC_URL=https://elsewhere.example',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use these settings' }));
    const notes = screen.getByRole('list', { name: 'What the .env changes' });
    expect(within(notes).getAllByRole('listitem').at(-1)?.textContent).toBe(
      'Warning: PUBLIC_URL: PUBLIC_URL names elsewhere.example, which is not among this launcher\'s domains (localhost:8443, meet.example): the lab still judges for localhost:8443. Add it to "domains" in config.json to join it.',
    );
  });
});

describe('the inspector names the signature failure', () => {
  const open = () => fireEvent.click(screen.getByRole('tab', { name: 'Inspect a token' }));
  const signatureLine = () => document.querySelector('#lab-panel-inspect [data-signature]');

  it('says "not checked" only when no key is given', async () => {
    setup('docker-hs256');
    open();
    type('Token to inspect', 'garbage');
    expect(signatureLine()?.textContent).toBe('Signature: not checked: no key given.');
    choose('Check the signature with', 'secret');
    type('App secret (HS)', 's3cret');
    expect(signatureLine()?.textContent).toMatch(
      /^Signature: cannot be checked: this is not a JWT\. This has no dots, so it is not a JWT/,
    );
  });

  it('names a wrong key type and a mismatch', async () => {
    setup('docker-hs256');
    const now = NOW / 1000;
    const token = await signToken(
      buildClaims({ iss: 'a', aud: 'a', sub: 'meet.jitsi', room: 'r', lifetimeSeconds: 600 }, now),
      { alg: 'HS256', secret: 'right' },
      {},
      { now, force: true },
    );
    if (!token.ok) throw new Error(token.error.message);
    open();
    type('Token to inspect', token.value);
    choose('Check the signature with', 'public-key');
    type(
      'Public key: PEM, JWK or JWKS',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    );
    expect(signatureLine()?.textContent).toBe(
      'Signature: wrong key type: the token is signed with HS256, which only the app secret checks; a public key cannot.',
    );
    choose('Check the signature with', 'secret');
    type('App secret (HS)', 'wrong');
    await waitFor(
      () =>
        expect(signatureLine()?.textContent).toBe(
          'Signature: The HS256 signature does not match app_secret. The server uses the secret as raw text (not base64-decoded); check for a different secret, extra spaces or a base64-decoded key.',
        ),
      { timeout: 3000 },
    );
  });

  it('judges against the profile of the Sign tab, and edits it', async () => {
    const { lab } = setup();
    open();
    type("Profile settings (JSON, prosody's names)", '{"app_id": ');
    expect(document.getElementById('lab-inspect-profile-problem')?.textContent).toBe(
      'Profile settings: The profile is not JSON yet: check quotes and commas.',
    );
    type(
      "Profile settings (JSON, prosody's names)",
      '{"app_id": "shared", "muc_mapper_domain_base": "meet.jitsi"}',
    );
    expect(lab.getState().profile).toEqual({
      app_id: 'shared',
      muc_mapper_domain_base: 'meet.jitsi',
    });
    // Like a field edit on the Sign tab: the claims stay as they were.
    expect(lab.getState().form.iss).toBe('my_jitsi_app_id');
    expect(document.getElementById('lab-inspect-profile-problem')?.textContent).toBe('');
  });
});
