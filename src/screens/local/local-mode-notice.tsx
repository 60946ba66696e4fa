/** Local mode without the token lab in this build: what it is and what to configure. */
export function LocalModeNotice() {
  return (
    <section class="local-notice" aria-labelledby="local-notice-title">
      <h2 id="local-notice-title">Local mode</h2>
      <p>
        This launcher runs with <code>"mode": "local"</code>, meant for development: it signs tokens
        in the browser with a key of your own. The token lab is not part of this build, so joining
        here cannot get a token yet.
      </p>
      <p>
        To join with tokens from your site, edit <code>public/config.json</code>: set{' '}
        <code>"mode": "endpoint"</code>, your Jitsi server in <code>"domains"</code>, and{' '}
        <code>"endpoint": {'{ "url": "/api/jitsi-token" }'}</code>. See "Configuration" in the
        README.
      </p>
    </section>
  );
}
