// Like Vikunja's reminder crons: a periodic job that records each run with its slot, so tests can see when two
// slots ran jobs at the same time.
export function startJob(pool, release, config, log) {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    const started = new Date();
    try {
      await new Promise((r) => setTimeout(r, 50));
      await pool.query('INSERT INTO job_runs (slot, version, started_at, finished_at) VALUES ($1, $2, $3, now())', [
        config.slot,
        release.version,
        started,
      ]);
    } catch (err) {
      log(`job run failed: ${err.message}`);
    } finally {
      running = false;
    }
  }, config.jobIntervalMs);
  return () => clearInterval(timer);
}
