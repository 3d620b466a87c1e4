import { describe, expect, it } from 'vitest';
import { shippedExamples } from './examples.js';

// nginx inherits add_header from the server block into a location only when that location has no add_header of its
// own. A location slotflip writes that adds a header (the maintenance page's Retry-After) must therefore repeat every
// header of the site, or a 503 during a migration goes out without HSTS, X-Frame-Options and the rest.

/** The add_header lines of the server block itself, and of each location that has any. */
function headersBySection(site: string): { server: string[]; locations: Map<string, string[]> } {
  const server: string[] = [];
  const locations = new Map<string, string[]>();
  let location: string | undefined;
  let depth = 0;
  for (const raw of site.split('\n')) {
    const line = raw.trim();
    const opens = (line.match(/\{/g) ?? []).length;
    const closes = (line.match(/\}/g) ?? []).length;
    if (/^location\s/.test(line) && opens > closes) {
      location = line.replace(/\s*\{.*$/, '');
      locations.set(location, locations.get(location) ?? []);
    }
    const header = /^add_header\s+(\S+)\s+(.*);$/.exec(line);
    if (header) {
      const text = `${header[1]} ${header[2]}`;
      if (location) locations.get(location)!.push(text);
      else if (depth === 1) server.push(text);
    }
    depth += opens - closes;
    if (location && depth === 1) location = undefined;
    if (depth === 0) location = undefined;
  }
  return { server, locations };
}

describe('every location that sets its own headers keeps the site headers', () => {
  it('holds for every site of every shipped example', async () => {
    let checked = 0;
    for (const example of await shippedExamples()) {
      for (const file of example.files.filter((f) => f.content.includes('server_name'))) {
        for (const block of file.content.split(/^server \{/m).slice(1)) {
          const { server, locations } = headersBySection(`server {${block}`);
          if (!server.length) continue;
          for (const [location, own] of locations) {
            if (!own.length) continue;
            checked += 1;
            for (const h of server) expect(own, `${example.name} ${file.path} ${location}`).toContain(h);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the maintenance page of a TLS site sends HSTS and the rest, and its Retry-After', async () => {
    const production = (await shippedExamples()).find((e) => e.name.startsWith('environments/production.yaml'))!;
    const site = production.files.find((f) => f.content.includes('@slotflip-maintenance'))!.content;
    const tlsServer = site.split(/^server \{/m).find((b) => b.includes('ssl_certificate'))!;
    const { server, locations } = headersBySection(`server {${tlsServer}`);
    expect(server.map((h) => h.split(' ')[0])).toEqual([
      'Strict-Transport-Security',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ]);
    expect(locations.get('location @slotflip-maintenance')!.map((h) => h.split(' ')[0])).toEqual([
      'Strict-Transport-Security',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Retry-After',
    ]);
  });
});
