import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bridgeAddress } from '../../src/lab/settings.js';

// A "release server" as the lab sees one: HTTPS on the lab bridge's own address (reachable from the lab containers,
// not from anywhere else), with a certificate from a CA made for the test. A container trusts that CA only while the
// test runs (trustCa / untrustCa); the operator's side (`slotflip pin --ca-file`) gets the CA's file.

export interface ReleaseServer {
  /** https://<bridge address>:<port> */
  base: string;
  /** The test CA's certificate (PEM). */
  caFile: string;
  /** Every request: its path and the address it came from. */
  seen: { path: string; from: string }[];
  close: () => Promise<void>;
}

/** Serves `files` (URL path -> file on this machine) from `dir`'s fresh CA and certificate. */
export async function startReleaseServer(dir: string, files: Record<string, string>): Promise<ReleaseServer> {
  const host = bridgeAddress();
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=slotflip test release CA',
      '-keyout',
      join(dir, 'ca.key'),
      '-out',
      join(dir, 'ca.pem'),
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    ],
    { stdio: 'pipe' },
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${host}`,
      '-keyout',
      join(dir, 'server.key'),
      '-out',
      join(dir, 'server.csr'),
    ],
    { stdio: 'pipe' },
  );
  execFileSync(
    'bash',
    [
      '-c',
      `printf 'subjectAltName=IP:${host}\\n' > ext && openssl x509 -req -in server.csr -CA ca.pem -CAkey ` +
        `ca.key -CAcreateserial -days 1 -extfile ext -out server.pem`,
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  const seen: ReleaseServer['seen'] = [];
  const server = createServer(
    { key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.pem')) },
    (req, res) => {
      seen.push({ path: req.url ?? '', from: req.socket.remoteAddress ?? '' });
      const file = files[req.url ?? ''];
      if (!file) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(file));
    },
  );
  await new Promise<void>((r) => server.listen(0, host, r));
  return {
    base: `https://${host}:${(server.address() as AddressInfo).port}`,
    caFile: join(dir, 'ca.pem'),
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const CA_PATH = '/usr/local/share/ca-certificates/slotflip-test-release-ca.crt';

/** Bash for the container: trust the test CA (prints "trusted"). */
export const trustCa = (s: ReleaseServer) =>
  `cat > ${CA_PATH} <<'PEM'\n${readFileSync(s.caFile, 'utf8')}PEM\nupdate-ca-certificates >/dev/null 2>&1 ` +
  `&& echo trusted`;

/** Bash for the container: forget the test CA. */
export const untrustCa = `rm -f ${CA_PATH}; update-ca-certificates --fresh >/dev/null 2>&1 || true`;
