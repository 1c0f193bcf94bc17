import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Pool } from '../../hub/store/db';

/** CPU seconds used over a stretch of a run: this process (hub, its seats' HTTP clients, bare's client) and the bench's PostgreSQL. */
export interface CpuUse {
  readonly node: number;
  /** Null where /proc cannot tell (not Linux). */
  readonly postgres: number | null;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Parent pid and user + system ticks of a process, from /proc/<pid>/stat (the name in parentheses may hold spaces). */
function procStat(pid: string): { ppid: number; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Ticks of the postmaster and of every process it started (backends, WAL writer…), by pid: this cluster only, not another on the machine. */
function clusterTicks(postmaster: number): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const s = procStat(pid);
    if (s && (s.ppid === postmaster || Number(pid) === postmaster)) ticks.set(pid, s.ticks);
  }
  return ticks;
}

/** What the cluster's processes used since `before`: a process started since counts whole, one that exited counts nothing. */
function clusterSecondsSince(postmaster: number, before: ReadonlyMap<string, number>): number {
  let ticks = 0;
  for (const [pid, now] of clusterTicks(postmaster)) ticks += now - (before.get(pid) ?? 0);
  return ticks / ticksPerSecond;
}

/**
 * Starts a meter of the CPU this run uses; the answer gives what was used since. On a shared or
 * small machine, CPU per event holds better than wall time: both sides of the comparison share
 * the cores, so the share of bare the hub reaches is bounded by bare's CPU per row over the hub's
 * per event. A backend that exits within the stretch takes its ticks with it (the pools stay open).
 */
export async function startCpuMeter(pool: Pool): Promise<() => CpuUse> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = procStat(String(rows[0]?.pid))?.ppid ?? null;
  const node0 = process.cpuUsage();
  const pg0 = postmaster === null ? null : clusterTicks(postmaster);
  return () => {
    const node = process.cpuUsage(node0);
    return { node: (node.user + node.system) / 1e6, postgres: postmaster === null || pg0 === null ? null : clusterSecondsSince(postmaster, pg0) };
  };
}

/** `node 21.0 + PostgreSQL 30.5 µs` of CPU per event. */
export function perEvent(use: CpuUse, events: number): string {
  const us = (s: number) => ((s * 1e6) / events).toFixed(1);
  return `node ${us(use.node)}${use.postgres === null ? '' : ` + PostgreSQL ${us(use.postgres)}`} µs`;
}
