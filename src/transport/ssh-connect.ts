import { Socket } from 'node:net';
import { ConnectionError } from '../errors.js';

// How an SSH connection is opened, and what its failure means to an operator.

export interface SshTarget {
  host: string;
  port: number;
  user: string;
  /** Pinned fingerprints; the handshake fails on any other key (never trust on first use). */
  hostKeys: readonly string[];
  privateKey: string;
  readyTimeoutMs?: number;
  /**
   * What runs on the far side and reads the script on stdin: `bash -s` in the container itself, or for a container
   * behind a Proxmox host `pct exec ID --keep-env 0 -- bash -s` (the host's environment stays out of the container).
   */
  remote?: readonly string[];
}

/**
 * The TCP connection under SSH, with Nagle's algorithm off. ssh2 leaves it on, and an SSH message written in two parts
 * then waits for the far side's delayed acknowledgement (40 ms on Linux) at every exchange: measured on the lab, the
 * handshake took 230 ms with it and 80 ms without, and each script's round trip 85 ms and 45 ms.
 */
export function openSocket(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = new Socket();
    sock.setNoDelay(true);
    const fail = (err: Error) => {
      clearTimeout(timer);
      sock.destroy();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error('Timed out while waiting for handshake')), timeoutMs);
    sock.once('error', fail);
    sock.connect({ host, port }, () => {
      clearTimeout(timer);
      sock.removeListener('error', fail);
      // Until ssh2 listens (node-ssh awaits before it hands the socket over), an error must not end the process;
      // ssh2 then meets a closed socket and reports it as its own.
      sock.on('error', () => undefined);
      resolve(sock);
    });
  });
}

/** A failed connection as the operator's problem: a host key, the deploy key, the address, or the time it took. */
export function classify(err: unknown, t: SshTarget, presented: string | undefined): ConnectionError {
  const msg = err instanceof Error ? err.message : String(err);
  const where = `${t.user}@${t.host}:${t.port}`;
  if (presented && t.hostKeys.length === 0) {
    return new ConnectionError(
      `${where} presented host key ${presented}, and this environment pins none (target.host_keys)`,
      'Read the key where it cannot be forged: `slotflip provision --env FILE` prints it from inside the ' +
        ('container (or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on its console), then pin it in ' +
          'target.host_keys'),
      'host-key',
    );
  }
  if (presented && !t.hostKeys.includes(presented)) {
    return new ConnectionError(
      `${where} presented host key ${presented}, which is not pinned (pinned: ${t.hostKeys.join(', ')})`,
      'If the host was rebuilt on purpose, confirm the new key with `ssh-keygen -lf ' +
        ('/etc/ssh/ssh_host_ed25519_key.pub` on its console and update target.host_keys; otherwise someone may be ' +
          'intercepting the connection'),
      'host-key',
    );
  }
  if (/authentication methods failed|All configured authentication/i.test(msg)) {
    return new ConnectionError(
      `${where} refused the SSH key`,
      `Add the deploy key's public half to ~${t.user}/.ssh/authorized_keys on the target`,
      'auth',
    );
  }
  if (/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|Connection lost before handshake/.test(msg)) {
    return new ConnectionError(
      `${where} is unreachable (${msg})`,
      'Check that the container is running and sshd listens on that port',
      'unreachable',
    );
  }
  if (/Timed out/i.test(msg))
    return new ConnectionError(
      `${where} did not answer the SSH handshake in time`,
      'Check the address, the firewall and that sshd is running',
      'timeout',
    );
  return new ConnectionError(`SSH to ${where} failed: ${msg}`, 'Check the target settings', 'other');
}
