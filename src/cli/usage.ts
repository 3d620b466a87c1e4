export const VERSION = '0.1.0';

export const USAGE = `slotflip ${VERSION}: blue-green deployments of self-hosted apps into Proxmox LXC containers

Usage:
  slotflip validate [PATH...]   check environment files (default: environments/)
      --format text|json        compiler-style lines (default) or one JSON object
      --base DIR                compare with a checkout of the base branch and flag risky changes
      --require-secrets         every secret the job reads must be provided (run before a deploy)
      --job KIND                which job's secrets: deploy (default), rollback, backup, doctor, restore, rotate
                                (only restore reads the backup identity and the database admin; rotate the admin)
      --secrets-dir DIR         where secret files named after the secret live (or SLOTFLIP_SECRETS_DIR)
  slotflip pin FILE             download each url release, check its publisher's signature, write its sha256 into FILE
      --instance ID  --version V  --key KEYFILE  --key-id ID  --ca-file PEM  (--help for more)
  slotflip plan --env FILE      every step and command a deploy would run (secrets as ***); --offline needs no host
  slotflip deploy --env FILE    blue-green deploy: stage, back up, migrate, start, gate, flip; then the host observes,
      and finishes (retire) or flips back by itself; ends with the receipt of what users saw across the flip
      --secrets-dir DIR  --instance ID  --allow-breaking  --lock-wait 10m  --json
  slotflip status --env FILE    live slot, release, each component's state, uptime, memory and health, last run, hold
      --json  --watch
  slotflip rollback --env FILE  back to the previous release: only a flip while its slot is warm, else start and gate it
      --to RELEASE (a kept release id or version)  --restore-db never|if-safe|force  --dry-run  --lock-wait 10m
  slotflip backup --env FILE    database, files, roles, shared config and state, encrypted on the host to backups.recipients
      --dry-run  --lock-wait 10m  --verify-restore (then a restore drill: needs the restore key and the database admin)
  slotflip restore --env FILE --from ID|latest|run:RUN_ID   check and decrypt here, restore into a new database, swap it
      in behind the maintenance page, restore the files, gate; anything failing puts the previous database back
      --drill (into a scratch database, compared and dropped)  --dry-run  --lock-wait 10m
  slotflip doctor --env FILE    read-only diagnosis of every instance: reach and host key, clock, disk, each slot's
      units (and status=31/SYS), nginx and the live route, PostgreSQL, Redis, lock, hold, last run, backups;
      OK / WARN / FAIL with a remedy per row  --instance ID  --json
  slotflip rotate db-password --env FILE   a new database password with no restart of a serving slot: one slot on a
      temporary login, the password changed, the other slot back on it; the stored secret file updated
  slotflip rotate app-secret --env FILE    a new app.shared_secret (it signs sessions): the idle slot starts with it and
      takes the traffic, the old slot stops; prints what users notice (Vikunja: tokens refresh, browsers stay signed in)
      --dry-run  --lock-wait 10m  --instance ID  --secrets-dir DIR
  slotflip provision --env FILE  the instance's container as its container section says (pct create, packages, sshd,
      service user, deploy key, PostgreSQL, Redis); only what differs; prints the host key to pin
      --dry-run  --write-host-key  --provider proxmox|lab  --instance ID  --secrets-dir DIR
  slotflip adopt --env FILE     take over an instance installed by hand (the seed's way): read what runs, put slotflip's
      site in front of it (one reload), record it; the next deploy moves it into slotflip's slots  --dry-run
  slotflip release-hold --env FILE   allow a release that was flipped back (or rolled back from) to be deployed again
  slotflip lab up [--count N]   as root: real LXC containers (systemd, sshd, nginx, PostgreSQL, Redis) to deploy to
  slotflip lab status [--json]  each lab container, its address and services
  slotflip lab env --release V  the lab environment file pinned to demo release V (what a commit would change)
  slotflip lab down [--purge]   remove the lab (--purge also removes the cached rootfs)

Secrets are read from SLOTFLIP_SECRET_<NAME>, from the file in SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.
Exit codes: 0 ok, 1 usage or internal error, 2 invalid configuration, 3 connection or host key, 4 preflight,
5 locked, 10 health gate failed (rolled back), 11 rolled back after a later failure, 12 rollback failed,
13 a database restore would discard writes, 14 a backup refused (damaged, wrong key, untrusted run), 15 doctor found
a FAIL, 16 provision stopped at a step, 17 pin refused (download or signature), 20 nothing to do.`;
