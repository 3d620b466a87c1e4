import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { checkPctCreate } from '../../src/provision/pct-check.js';
import { pctCreateArgv } from '../../src/provision/pct-create.js';

// The `pct create` commands slotflip builds for the example environments, held to the parameters Proxmox documents
// for pct create (schema/pct-create.schema.json), and the checker shown to refuse what pct would refuse.

const example = (file: string) =>
  (parse(readFileSync(`environments/${file}`, 'utf8')) as { instances: Instance[] }).instances[0]!;
const KEYS = '/root/.ssh/slotflip-deploy.pub';

describe('pct create for the example environments', () => {
  for (const file of ['production.yaml', 'staging.yaml']) {
    it(`${file}: every parameter is one pct create documents, with a value it accepts`, () => {
      const built = pctCreateArgv(example(file), KEYS);
      if (!built.ok) throw new Error(built.reason);
      const check = checkPctCreate(built.argv);
      expect(check).toMatchObject({ ok: true });
      if (!check.ok) return;
      expect(check.parameters).toMatchObject({
        unprivileged: 1,
        features: { nesting: 1 },
        onboot: 1,
        'ssh-public-keys': KEYS,
      });
      expect(check.parameters.net0).toMatchObject({ name: 'eth0', bridge: 'vmbr0', type: 'veth' });
    });
  }

  it('production: the container the target reaches (address, disk on the default storage)', () => {
    const built = pctCreateArgv(example('production.yaml'), KEYS);
    expect(built.ok && built.argv.join(' ')).toBe(
      'pct create 110 local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst --hostname vikunja-main ' +
        ('--unprivileged 1 --features nesting=1 --cores 2 --memory 3072 --swap 512 --rootfs local-lvm:16 --net0 ' +
          ('name=eth0,bridge=vmbr0,ip=192.0.2.10/24,gw=192.0.2.1,type=veth --nameserver 192.0.2.1 --onboot ' +
            '1 --ostype ' +
            'debian --ssh-public-keys /root/.ssh/slotflip-deploy.pub')),
    );
  });

  it('refuses a container whose id differs from the pct target it is for', () => {
    const inst = example('staging.yaml');
    const built = pctCreateArgv({ ...inst, container: { ...inst.container!, vmid: 202 } }, KEYS);
    expect(built).toEqual({
      ok: false,
      reason: 'vikunja-staging: container.vmid 202 and target.vmid 201 name different containers',
    });
  });
});

describe('checkPctCreate', () => {
  const base = ['pct', 'create', '110', 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst'];
  const errors = (...options: string[]) => {
    const r = checkPctCreate([...base, ...options]);
    return r.ok ? [] : r.errors;
  };

  it('accepts what Proxmox documents, including a bare volume as the rootfs', () => {
    expect(
      errors(
        '--rootfs',
        'local-lvm:8',
        '--net1',
        'name=eth1,bridge=vmbr1,ip=dhcp,tag=20',
        '--features',
        'nesting=1,keyctl=1',
      ),
    ).toEqual([]);
  });

  it('refuses an unknown option, a key a property string does not have, and values out of range', () => {
    expect(errors('--cpus', '2')).toEqual(['--cpus: pct create has no such option']);
    expect(errors('--net0', 'name=eth0,bridge=vmbr0,vlan=20')).toEqual(['--net0: "vlan" is not a key of this option']);
    expect(errors('--net0', 'bridge=vmbr0')).toEqual(['--net0: needs name=']);
    expect(errors('--cores', '0')).toEqual(['--cores: must be >= 1']);
    expect(errors('--unprivileged', 'yes')).toEqual(['--unprivileged: must be one of 0, 1']);
    expect(errors('--net0', 'name=eth0,ip=10.0.0.300/24')).toEqual([
      '--net0 ip: "10.0.0.300/24" is not a value pct accepts here',
    ]);
    expect(errors('--hostname', 'bad_name!')).toEqual(['--hostname: "bad_name!" is not a value pct accepts here']);
    expect(checkPctCreate(['pct', 'create', '99', 'x'])).toMatchObject({
      ok: false,
      errors: ['--vmid: must be >= 100'],
    });
    expect(errors('--memory', '512', '--memory', '1024')).toContain('--memory given twice');
  });
});
