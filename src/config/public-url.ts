import type { Instance } from './environment.generated.js';

/** The public URL of the site, as the app should print it in links (Vikunja's service.publicurl). */
export function publicUrl(instance: Instance): string {
  const n = instance.nginx;
  if (!n) return '';
  const tls = n.tls?.enabled === true;
  const port = tls ? (n.https_port ?? 443) : (n.http_port ?? 80);
  const host = n.server_names[0]!.replace(/^\*\./, 'www.');
  return `${tls ? 'https' : 'http'}://${host}${port === (tls ? 443 : 80) ? '' : `:${port}`}/`;
}
