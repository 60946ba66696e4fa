import type { LauncherConfig } from '../config/launcher-config.ts';

/**
 * Opens the connections a join will need (DNS, TCP, TLS) while the user is still on the join
 * screen: to the meeting domains, for external_api.js, and to a cross-origin token endpoint.
 * No request is made and nothing is sent.
 */
export function preconnect(config: LauncherConfig, doc: Document = document): void {
  const hints: Array<[string, string | null]> = config.domains
    .slice(0, 3)
    .map((domain) => [`https://${domain}`, null]);
  if (config.endpoint !== undefined) {
    const origin = new URL(config.endpoint.url, doc.baseURI).origin;
    if (origin !== new URL(doc.baseURI).origin) {
      hints.push([
        origin,
        config.endpoint.credentials === 'include' ? 'use-credentials' : 'anonymous',
      ]);
    }
  }
  for (const [href, crossOrigin] of hints) {
    const link = doc.createElement('link');
    link.rel = 'preconnect';
    link.href = href;
    if (crossOrigin !== null) link.crossOrigin = crossOrigin;
    doc.head.appendChild(link);
  }
}
