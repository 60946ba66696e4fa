/**
 * The file an asap_key_server serves for a kid: lowercase hex SHA-256 of the kid's UTF-8 bytes,
 * plus `.pem`. `dev-launcher/key-1` -> `53cb1ddb…c78c3.pem`.
 */
export async function asapFileName(kid: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(kid));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return `${hex}.pem`;
}

/** `<asap_key_server>/<file>`, joined with a plain "/" as the server does (a trailing slash gives "//"). */
export async function asapKeyUrl(keyServer: string, kid: string): Promise<string> {
  return `${keyServer}/${await asapFileName(kid)}`;
}
