export const VERSION = '0.1.0';

export const USAGE = `slotflip ${VERSION}: blue-green deployments of self-hosted apps into Proxmox LXC containers

Usage:
  slotflip validate [PATH...]   check environment files (default: environments/)
      --format text|json        compiler-style lines (default) or one JSON object
      --base DIR                compare with a checkout of the base branch and flag risky changes
      --require-secrets         every secret named must be provided (run before a deploy)
      --secrets-dir DIR         where secret files named after the secret live (or SLOTFLIP_SECRETS_DIR)
  slotflip lab up [--count N]   as root: real LXC containers (systemd, sshd, nginx, PostgreSQL, Redis) to deploy to
  slotflip lab status [--json]  each lab container, its address and services
  slotflip lab down [--purge]   remove the lab (--purge also removes the cached rootfs)

Secrets are read from SLOTFLIP_SECRET_<NAME>, from the file in SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.
Exit codes: 0 ok, 1 usage or internal error, 2 invalid configuration.`;
