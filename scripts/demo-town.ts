/**
 * `npm run demo:town -- [--port N]`: the demo town on one machine. A hub with the demo town (on an
 * embedded PostgreSQL in .data/demo-town/hub, or DATABASE_URL), the hotline centre's seat (GH01) and
 * 绿地居委会's desk (GH02), each a browser-mode seat with its own data folder, both enrolled
 * automatically. Prints the URLs and the demo logins; Ctrl+C or SIGTERM stops everything.
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
const children: Child[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  stopping = true;
  // Seats first, so their last round does not meet a hub already gone; the hub last, its database with it.
  await Promise.all(children.slice(1).map((c) => c.stop()));
  await children[0]?.stop(30_000);
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

function watch(child: Child): Child {
  children.push(child);
  child.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${child.name} stopped (${signal ?? code}); stopping the demo town`);
    void stopAll(1);
  });
  return child;
}

async function main(): Promise<void> {
  const hub = watch(startChild('hub', [...HUB_NODE_FLAGS, 'hub/cli/main.ts', '--demo', '--port', String(base + 1), '--data', join(data, 'hub')]));
  const listening = await hub.waitFor(/listening on (http:\/\/\S+?)\/? \(/, 180_000);
  const hubUrl = listening[1] ?? '';
  const centreCode = (await hub.waitFor(/Enrollment code, hotline centre \(town, admin\): (\S+)/, 1000))[1] ?? '';
  const lvdiCode = (await hub.waitFor(/Enrollment code, 绿地居委会 desk \(unit.cmt.lvdi\): (\S+)/, 1000))[1] ?? '';
  const appKey = (await hub.waitFor(/Open311 API key, demo reporting app \(demo-app\): (\S+)/, 1000))[1] ?? '';

  const seat = async (name: string, port: number, seatCode: string, folder: string) => {
    const child = watch(startChild(name, ['scripts/start-web.ts', '--port', String(port), '--data', join(data, folder), '--seat', seatCode, '--empty']));
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
Ctrl+C stops everything.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
