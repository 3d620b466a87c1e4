import { describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { publicUrl } from '../../src/config/public-url.js';

const withNginx = (nginx: Record<string, unknown>) => ({ nginx }) as unknown as Instance;

describe('publicUrl: the one address users reach (templates, after-flip checks, the action url output)', () => {
  it('http on 80 and https on 443 name no port', () => {
    expect(publicUrl(withNginx({ server_names: ['tasks.example.com'] }))).toBe('http://tasks.example.com/');
    expect(publicUrl(withNginx({ server_names: ['tasks.example.com'], tls: { enabled: true } }))).toBe(
      'https://tasks.example.com/',
    );
  });

  it('a wildcard name becomes its www host, and a port that is not the default is kept', () => {
    expect(publicUrl(withNginx({ server_names: ['*.example.com'], http_port: 8080 }))).toBe(
      'http://www.example.com:8080/',
    );
    expect(
      publicUrl(withNginx({ server_names: ['tasks.example.com'], tls: { enabled: true }, https_port: 8443 })),
    ).toBe('https://tasks.example.com:8443/');
  });

  it('no nginx, no address', () => {
    expect(publicUrl({} as Instance)).toBe('');
  });
});
