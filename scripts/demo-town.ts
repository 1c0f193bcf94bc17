/**
 * `npm run demo:town -- [--port N]`: the demo town on one machine. A hub with the demo town (on an
 * embedded PostgreSQL in .data/demo-town/hub, or DATABASE_URL), the hotline centre's seat (GH01) and
 * 绿地居委会's desk (GH02), each a browser-mode seat with its own data folder, both enrolled
 * automatically. Prints the URLs and the demo logins; h + Enter stops or starts the hub alone (the
 * seats work on offline); Ctrl+C or SIGTERM stops everything.
 * Ports: the centre N (default 5317), the hub N+1, the desk N+2; all on 127.0.0.1.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HUB_NODE_FLAGS } from '../hub/cli/node-flags';
import { startChild, type Child } from './demo-town/child';
import { enrollSeat } from './demo-town/enroll-seat';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '5317' }, data: { type: 'string', default: join(root, '.data/demo-town') } } });
const base = Number(values.port);
const data = resolve(values.data);
const seats: Child[] = [];
let hub: Child | null = null;
let stopping = false;
const hubArgs = [...HUB_NODE_FLAGS, 'hub/cli/main.ts', '--demo', '--port', String(base + 1), '--data', join(data, 'hub')];

async function stopAll(code: number): Promise<never> {
  stopping = true;
  // Seats first, so their last round does not meet a hub already gone; the hub last, its database with it.
  await Promise.all(seats.map((c) => c.stop()));
  await hub?.stop(30_000);
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

/** A seat that stops takes the demo town with it; the hub may stop (by the key, or a crash) and the seats work on offline. */
function watchSeat(child: Child): Child {
  seats.push(child);
  child.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${child.name} stopped (${signal ?? code}); stopping the demo town`);
    void stopAll(1);
  });
  return child;
}

function startHub(): Child {
  const child = startChild('hub', hubArgs);
  hub = child;
  child.process.once('exit', (code, signal) => {
    if (hub === child) hub = null;
    if (stopping) return;
    console.log(`hub stopped (${signal ?? code}): both seats work on offline and send what they hold once it is back. Type h and Enter to start it again.`);
  });
  return child;
}

/** h + Enter stops the hub or starts it again: how a new user sees a seat work through an outage and catch up. */
function hubByKey(): void {
  let busy = false;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (line: string) => {
    if (line.trim().toLowerCase() !== 'h' || busy || stopping) return;
    busy = true;
    const running = hub;
    const toggle = running
      ? (console.log('stopping the hub…'), running.stop(30_000))
      : (console.log('starting the hub…'),
        startHub()
          .waitFor(/listening on (http:\/\/\S+?)\/? \(/, 180_000)
          .then((m) => console.log(`hub back at ${m[1] ?? ''}: the seats send what they filed meanwhile within a minute. Type h and Enter to stop it again.`)));
    void toggle.catch((error: unknown) => console.error(error instanceof Error ? error.message : error)).finally(() => (busy = false));
  });
}

async function main(): Promise<void> {
  const first = startHub();
  const listening = await first.waitFor(/listening on (http:\/\/\S+?)\/? \(/, 180_000);
  const hubUrl = listening[1] ?? '';
  const centreCode = (await first.waitFor(/Enrollment code, hotline centre \(town, admin\): (\S+)/, 1000))[1] ?? '';
  const lvdiCode = (await first.waitFor(/Enrollment code, 绿地居委会 desk \(unit.cmt.lvdi\): (\S+)/, 1000))[1] ?? '';
  const appKey = (await first.waitFor(/Open311 API key, demo reporting app \(demo-app\): (\S+)/, 1000))[1] ?? '';

  const seat = async (name: string, port: number, seatCode: string, folder: string) => {
    const child = watchSeat(startChild(name, ['scripts/start-web.ts', '--port', String(port), '--data', join(data, folder), '--seat', seatCode, '--empty']));
    return (await child.waitFor(/Lianxin browser mode: (\S+)/, 300_000))[1] ?? '';
  };
  // One after the other: the first builds the renderer if it is stale, the second finds it built.
  const centreUrl = await seat('centre', base, 'GH01', 'centre');
  const deskUrl = await seat('desk', base + 2, 'GH02', 'lvdi');
  const centre = await enrollSeat(centreUrl, hubUrl, centreCode, '热线中心 1 号台');
  const desk = await enrollSeat(deskUrl, hubUrl, lvdiCode, '绿地居委会');

  console.log(`
连心线 demo town (data in ${data})
  hub                 ${hubUrl}
  热线中心 (GH01)     ${centreUrl}   ${centre === 'enrolled' ? 'enrolled now' : 'enrolled before'}
                      logins: op01 / demo-op01 (call-taker), disp01 / demo-disp01, sup01 / demo-sup01, admin / demo-admin
  绿地居委会 (GH02)   ${deskUrl}   ${desk === 'enrolled' ? 'enrolled now' : 'enrolled before'}
                      login:  h-lvdi / demo-h-lvdi (the committee's handler)
  Open311 demo app key: ${appKey}
File a case at the centre, dispatch it to 绿地居委会, and it appears in the desk's queue.
Type h and Enter to stop the hub (the seats work on offline), and again to start it. Ctrl+C stops everything.`);
  hubByKey();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
