// Where an instance lives on its host (design §4). Pure: every path slotflip touches is derived here.
export type Slot = 'blue' | 'green';
export const SLOTS: readonly Slot[] = ['blue', 'green'];
export const otherSlot = (s: Slot): Slot => (s === 'blue' ? 'green' : 'blue');

export function layout(instance: string) {
  const root = `/opt/slotflip/${instance}`;
  const run = `/run/slotflip/${instance}`;
  const lib = `/var/lib/slotflip/${instance}`;
  return {
    root,
    releases: `${root}/releases`,
    release: (id: string) => `${root}/releases/${id}`,
    slotLink: (slot: Slot) => `${root}/slots/${slot}`,
    shared: `${root}/shared`,
    appEnv: `${root}/shared/app.env`,
    slotEnv: (slot: Slot) => `${root}/shared/slot-${slot}.env`,
    pgpass: `${root}/shared/pgpass`,
    backups: `${root}/backups`,
    /** The frontend's hashed files by URL path (nginx's root for nginx.assets), and one list of them per release. */
    assets: `${root}/assets/files`,
    assetLists: `${root}/assets/releases`,
    state: `${root}/state.json`,
    journal: `${root}/journal.jsonl`,
    lock: `${root}/lock`,
    /** systemd deletes a unit's RuntimeDirectory when it stops: one per component and slot, never shared. */
    runtimeDirectory: (component: string, slot: Slot | '%i') => `slotflip/${instance}/${component}/${slot}`,
    socket: (component: string, slot: Slot | '%i') => `${run}/${component}/${slot}/app.sock`,
    /** The persistent symlink nginx proxies to; the flip replaces it atomically, no reload. */
    currentSocket: (component: string) => `${lib}/${component}.sock`,
    /** TCP components: the upstream include nginx reads; the flip rewrites it and reloads. */
    upstreamFile: (component: string) => `/etc/nginx/slotflip/${instance}-${component}.upstream`,
    socketDir: lib,
    unit: (component: string) => `slotflip-${instance}-${component}@`,
    /** The timer that ends the drain of a slot traffic has left (a rollback or a new start of the slot cancels it). */
    drainEndUnit: (slot: Slot) => `slotflip-${instance}-drained-${slot}`,
    /** The timer unit that stops a slot once its keep-warm window has passed (host/slot-units.ts). */
    retireUnit: (slot: Slot) => `slotflip-${instance}-retire-${slot}`,
    unitFile: (component: string) => `/etc/systemd/system/slotflip-${instance}-${component}@.service`,
    site: `/etc/nginx/sites-available/slotflip-${instance}.conf`,
    siteLink: `/etc/nginx/sites-enabled/slotflip-${instance}.conf`,
    accessLog: `/var/log/nginx/slotflip-${instance}.access.log`,
    maintenanceFlag: `${lib}/maintenance`,
  };
}

export type Layout = ReturnType<typeof layout>;
