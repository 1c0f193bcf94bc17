/**
 * `npm run chaos -- [--seats N] [--hubs M] [--seconds S] [--seed X]`: N browser-mode seats (GH01…;
 * GH02 is 绿地居委会's desk, the rest hotline-centre seats) file and work cases over their API for
 * S seconds while M hub processes on one throwaway PostgreSQL and the seats are killed (-9) and
 * started again and the seats' links cut at random. Then everything comes back, and the run checks
 * that every acknowledged event is on the hub and on every seat entitled to it, none twice, and all
 * projections equal (each seat's, its refold and the hub's). Prints the counts; exits 1 on any
 * problem. 127.0.0.1 only; stops by itself, and everything it started, within S + 5 minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Viewer } from '../shared/case/visibility';
import { createEnrollmentCode } from '../hub/enroll/enroll';
import { openPool } from '../hub/store/db';
import { migrate } from '../hub/store/migrate';
import { startTestPostgres } from '../hub/testing/pg-server';
import { DEMO_TOWN_ID, seedDemoTown } from '../hub/town/seed-demo-town';
import { enrollSeat } from './demo-town/enroll-seat';
import { drained } from './chaos/drained';
import { hubProcess, seatProcess, seatTemplate } from './chaos/fleet';
import { startLinkProxy } from './chaos/link-proxy';
import { verify } from './chaos/verify';
import { startWorkload } from './chaos/workload';

const { values } = parseArgs({
  options: {
    seats: { type: 'string', default: '5' },
    hubs: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const seatCount = Math.min(9, Math.max(2, Number(values.seats)));
const hubCount = Math.min(5, Math.max(1, Number(values.hubs)));
const seconds = Math.max(5, Number(values.seconds));
const seed = Number(values.seed);
/** After the chaos, this long for every seat to drain and converge. */
const CONVERGE_MS = 120_000;

/** A seeded generator, so a failing run can be replayed with its --seed. */
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const LVDI: Viewer = { scope: 'unit', unitId: 'unit.cmt.lvdi' };

async function main(): Promise<number> {
  const started = Date.now();
  console.log(`chaos: ${seatCount} seats, ${hubCount} hubs, ${seconds} s, seed ${seed}`);
  const pg = await startTestPostgres({ durable: true });
  const root = mkdtempSync(join(tmpdir(), 'lianxin-chaos-'));
  const template = await seatTemplate();
  const cleanups: (() => Promise<void> | void)[] = [() => pg.stop(), () => rmSync(root, { recursive: true, force: true }), () => rmSync(template, { recursive: true, force: true })];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
  };
  const guard = setTimeout(() => {
    console.error('chaos: over its time bound; stopping everything');
    void cleanup().then(() => process.exit(2));
  }, (seconds + 300) * 1000);
  const stopOnSignal = () => void cleanup().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const url = await pg.createDatabase();
    const pool = openPool(url, 4);
    cleanups.push(() => pool.end());
    await migrate(pool);
    await seedDemoTown(pool);

    const hubs = await Promise.all(Array.from({ length: hubCount }, (_, i) => hubProcess(i, url)));
    cleanups.push(() => Promise.all(hubs.map((h) => h.stop())).then(() => undefined));
    await Promise.all(hubs.map((h) => h.start()));
    const upHubs = () => hubs.filter((h) => h.up()).map((h) => h.port);

    const seats = await Promise.all(
      Array.from({ length: seatCount }, async (_, i) => {
        const code = `GH${String(i + 1).padStart(2, '0')}`;
        const viewer: Viewer = i === 1 ? LVDI : { scope: 'town' };
        return { code, viewer, process: await seatProcess(code, template, root), link: await startLinkProxy(upHubs) };
      }),
    );
    cleanups.push(() => Promise.all(seats.map((s) => Promise.all([s.process.stop(), s.link.close()]))).then(() => undefined));
    // The first seat alone: it builds the renderer if that is stale, and the others find it built.
    await seats[0]?.process.start();
    await Promise.all(seats.map((s) => s.process.start()));
    for (const s of seats) {
      const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope: s.viewer.scope === 'unit' ? { scope: 'unit', unitId: s.viewer.unitId } : { scope: 'town' }, admin: false });
      await enrollSeat(s.process.url, s.link.url, code, `chaos ${s.code}`);
    }
    console.log(`chaos: fleet up in ${((Date.now() - started) / 1000).toFixed(1)} s; working and breaking things for ${seconds} s`);

    const work = seats.map((s) => startWorkload(() => s.process.url, s.viewer.scope === 'unit' ? 'unit' : 'centre', random, 120));
    const faults = { hubKills: 0, seatKills: 0, linkCuts: 0 };
    const restarts = new Set<Promise<void>>();
    const later = (ms: number, fn: () => Promise<void>) => {
      const p = pause(ms).then(fn);
      restarts.add(p);
      void p.finally(() => restarts.delete(p));
    };
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      await pause(between(700, 2000));
      const roll = random();
      if (roll < 0.35) {
        const hub = hubs[Math.floor(random() * hubs.length)];
        if (hub?.up()) {
          await hub.kill();
          faults.hubKills++;
          later(between(500, 4000), () => hub.start());
        }
      } else if (roll < 0.65) {
        const seat = seats[Math.floor(random() * seats.length)];
        if (seat?.process.up()) {
          await seat.process.kill();
          faults.seatKills++;
          later(between(300, 2500), () => seat.process.start());
        }
      } else {
        seats[Math.floor(random() * seats.length)]?.link.cut(between(1000, 5000));
        faults.linkCuts++;
      }
    }
    await Promise.all(work.map((w) => w.stop()));
    await Promise.all([...restarts]);
    await Promise.all([...hubs.map((h) => h.start()), ...seats.map((s) => s.process.start())]);
    console.log(`chaos: faults ${JSON.stringify(faults)}; converging`);

    const onDisk = seats.map((s, i) => ({ code: s.code, dbFile: s.process.dbFile, viewer: s.viewer, filed: work[i]?.filed ?? new Set<string>() }));
    const deadline = Date.now() + CONVERGE_MS;
    while (Date.now() < deadline && !(await drained(seats.map((s) => s.process.url)))) await pause(500);
    while (Date.now() < deadline && (await verify(pool, onDisk)).problems.length > 0) await pause(1000);
    const convergedMs = CONVERGE_MS - (deadline - Date.now());
    // The last word on stopped seats: nothing in memory, only what each one durably holds.
    await Promise.all(seats.map((s) => s.process.stop()));
    const verdict = await verify(pool, onDisk);

    const acknowledged = work.reduce((n, w) => n + w.acknowledged, 0);
    console.log(`chaos: ${acknowledged} writes acknowledged by the seats' APIs (${work.reduce((n, w) => n + w.filed.size, 0)} cases filed); converged in ${(convergedMs / 1000).toFixed(1)} s`);
    console.log(`chaos: hub ${verdict.hubCases} cases, ${verdict.hubEvents} events`);
    verdict.seats.forEach((s, i) => {
      const refused = Object.fromEntries(work[i]?.refused ?? []);
      console.log(`chaos: ${s.code} holds ${s.cases} cases, ${s.events} events (${s.own} its own); its API refused ${JSON.stringify(refused)}, unreachable ${work[i]?.unreachable ?? 0}×`);
    });
    if (verdict.problems.length > 0) {
      console.log(`chaos: FAILED, ${verdict.problems.length} problems (seed ${seed}):\n  ${verdict.problems.slice(0, 30).join('\n  ')}`);
      return 1;
    }
    console.log(`chaos: OK in ${((Date.now() - started) / 1000).toFixed(1)} s — every acknowledged event on the hub and on every entitled seat, none twice, all projections equal`);
    return 0;
  } finally {
    clearTimeout(guard);
    await cleanup();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
