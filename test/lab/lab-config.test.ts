import { describe, expect, it } from 'vitest';
import { labEnvironment } from '../../src/lab/env-file.js';
import { lxc, lxcConfig, macAddress } from '../../src/lab/lxc-config.js';
import { provisionScript } from '../../src/lab/services.js';
import { findingsFor } from '../helpers.js';

describe('lab container config', () => {
  it("is unprivileged with Proxmox's id map and an idmapped rootfs", () => {
    const conf = lxcConfig(2);
    expect(conf).toContain('lxc.idmap = u 0 100000 65536');
    expect(conf).toContain('lxc.idmap = g 0 100000 65536');
    expect(conf).toContain('lxc.rootfs.options = idmap=container');
    expect(conf).toContain('lxc.include = /usr/share/lxc/config/nesting.conf');
    expect(conf).toMatch(/lxc.net.0.ipv4.address = \d+\.\d+\.\d+\.12\/24/);
  });

  it('gives container N the same MAC address every time it is created, one of its own, locally administered', () => {
    expect(lxcConfig(2)).toContain('lxc.net.0.hwaddr = 02:5f:00:00:00:02');
    expect(lxcConfig(2)).toBe(lxcConfig(2));
    expect(macAddress(300)).toBe('02:5f:00:00:01:2c');
    expect(new Set([1, 2, 3, 4, 5, 256].map(macAddress)).size).toBe(6);
  });

  it('attaches with a clean environment, as pct exec --keep-env 0 does', () => {
    expect(lxc.attachPrefix(1).slice(-2)).toEqual(['--clear-env', '--']);
  });

  it('sends passwords only inside the script, never as a command argument', () => {
    const script = provisionScript({
      dbPassword: 'db-pw-marker',
      dbAdminPassword: 'admin-pw-marker',
      redisPassword: 'redis-pw-marker',
    });
    // They appear in SQL on psql's stdin and in a shell variable, never on a command line of their own.
    expect(script).toContain("ALTER ROLE demo PASSWORD 'db-pw-marker'");
    expect(script).toContain('pw=redis-pw-marker');
    expect(script).not.toMatch(/redis-cli[^\n]*redis-pw-marker/);
  });

  it('generates an environment file that validates', async () => {
    const text = labEnvironment(1, 'SHA256:DZY2JjkrirMV60uY6+K7wHh5Oz3i4LAkZ8ZHHHjBSuw', {
      version: '1.0.0',
      path: 'lab/state/releases/demo-1.0.0.tar.gz',
      sha256: 'a'.repeat(64),
    });
    expect(await findingsFor({ 'lab-1.yaml': text })).toEqual([]);
  });
});
