// How the end-to-end suites share the lab: each vitest worker owns one lab container, so suites run side by side
// without touching each other's hosts. Two more containers belong to one suite each and never to a worker.

/** Workers of the end-to-end project, one lab container each (containers 1 to E2E_WORKERS). */
export const E2E_WORKERS = 3;
/** The container the restore suite restores onto ("a new host"): brought up with the lab, never deployed to first. */
export const SPARE_N = E2E_WORKERS + 1;
/** The container the provision suite creates from the minimal rootfs, and destroys. */
export const PROVISION_N = E2E_WORKERS + 2;
/** Containers `lab up` brings up before the suites start (the provision suite makes its own). */
export const LAB_COUNT = SPARE_N;

/**
 * This suite's container: vitest's pool id (1 to maxWorkers, never two running files at once), or 1 when a suite runs
 * outside a pool.
 */
export const LAB_N = Number(process.env.VITEST_POOL_ID ?? '1');
if (!Number.isInteger(LAB_N) || LAB_N < 1 || LAB_N > E2E_WORKERS)
  throw new Error(`VITEST_POOL_ID ${process.env.VITEST_POOL_ID} is not a worker of 1 to ${E2E_WORKERS}`);

/** The demo instance the lab's environment file for this suite's container deploys. */
export const INSTANCE = `demo-lab-${LAB_N}`;

/** A releases folder of this worker's own, for suites that write a release file (two may write the same name). */
export const OWN_RELEASES = `lab/state/releases/worker-${LAB_N}`;
