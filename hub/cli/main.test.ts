import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrollResponse, PullResponse, PushResponse } from '../../shared/sync/wire';
import { bearer, CaseScript, pushBody } from '../testing/hub-fixture';
import { startTestPostgres, type TestPostgres } from '../testing/pg-server';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
let pg: TestPostgres;
let url: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
  url = await pg.createDatabase();
}, 60_000);
afterAll(() => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  pg.stop();
});

/** Runs the hub CLI by its binary (not through npm, whose wrapper would outlive a signal). */
function hub(args: string[]): { child: ChildProcess; output: () => string; line: (pattern: RegExp) => Promise<RegExpExecArray> } {
  const child = spawn(tsx, ['hub/cli/main.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolveLine, reject) => {
      const timer = setInterval(() => {
        const m = pattern.exec(out);
        if (m) {
          clearInterval(timer);
          resolveLine(m);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`hub exited ${child.exitCode}: ${out}`));
        }
      }, 50);
    });
  return { child, output: () => out, line };
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

async function call<T>(base: string, path: string, parse: (x: unknown) => T, init: { credential?: string; body?: unknown } = {}): Promise<{ status: number; body: T | null }> {
  const res = await fetch(`${base}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: { ...(init.credential ? bearer({ credential: init.credential }) : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const json: unknown = await res.json();
  return { status: res.status, body: res.status === 200 ? parse(json) : null };
}

describe('npm run hub', () => {
  it('runs two stateless hub processes on one database that serve the same seats, and stops each cleanly on SIGTERM', async () => {
    const a = hub(['--demo', '--port', '0']);
    const codeMatch = await a.line(/hotline centre \(town, admin\): (\S+)/);
    const deskMatch = await a.line(/绿地居委会 desk \(unit\.cmt\.lvdi\): (\S+)/);
    const baseA = (await a.line(/listening on (http:\/\/127\.0\.0\.1:\d+)\//))[1] ?? '';
    const b = hub(['--port', '0']);
    const baseB = (await b.line(/listening on (http:\/\/127\.0\.0\.1:\d+)\//))[1] ?? '';

    const centre = (await call(baseA, '/v1/seats/enroll', (x) => EnrollResponse.parse(x), { body: { code: codeMatch[1], label: '热线中心' } })).body;
    const desk = (await call(baseB, '/v1/seats/enroll', (x) => EnrollResponse.parse(x), { body: { code: deskMatch[1], label: '绿地居委' } })).body;
    if (!centre || !desk) throw new Error('enrollment failed');
    const c = new CaseScript(centre.seatCode);
    const events = [c.registered(), c.dispatched('unit.cmt.lvdi')];
    const pushed = await call(baseA, '/v1/sync/push', (x) => PushResponse.parse(x), { credential: centre.credential, body: pushBody(events) });
    expect(pushed.body?.acknowledged.sort()).toEqual(events.map((e) => e.id).sort());
    const pulled = await call(baseB, '/v1/sync/pull?after=0', (x) => PullResponse.parse(x), { credential: desk.credential });
    expect(pulled.body?.items.flatMap((i) => (i.kind === 'event' ? [i.event.id] : [])).sort()).toEqual(events.map((e) => e.id).sort());

    const revoke = hub(['--revoke-seat', desk.seatCode]);
    expect(await exited(revoke.child)).toBe(0);
    expect((await call(baseB, '/v1/sync/pull?after=0', (x) => x, { credential: desk.credential })).status).toBe(401);
    expect((await call(baseA, '/v1/sync/pull?after=0', (x) => x, { credential: desk.credential })).status).toBe(401);

    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([exited(a.child), exited(b.child)])).toEqual([0, 0]);
    expect(a.output()).toContain('Hub stopped cleanly');
  }, 90_000);

  it('prints a one-time code from the command line, and its usage on a wrong scope', async () => {
    const ok = hub(['--enroll-code', '--scope', 'unit:unit.zhucan']);
    await ok.line(/Enrollment code: \S+/);
    expect(await exited(ok.child)).toBe(0);
    const wrong = hub(['--enroll-code', '--scope', 'everyone']);
    expect(await exited(wrong.child)).toBe(1);
    expect(wrong.output()).toContain('--scope must be town or unit:<unitId>');
  }, 60_000);

  it('prints the demo app’s Open311 API key, files the README’s request with it, and makes and revokes client keys', async () => {
    const demo = hub(['--demo', '--port', '0']);
    const key = (await demo.line(/Open311 API key, demo reporting app \(demo-app\): (\S+)/))[1] ?? '';
    const base = (await demo.line(/listening on (http:\/\/127\.0\.0\.1:\d+)\//))[1] ?? '';
    // The README's curl example, as a form.
    const post = (apiKey: string) =>
      fetch(`${base}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: apiKey, service_code: 'cat.ageing.meal', lat: '31.3085', long: '121.6042', description: '助餐点今天的午饭没有送到', device_id: 'readme' }),
      });
    const filed = await post(key);
    expect(filed.status).toBe(200);
    const id = ((await filed.json()) as { service_request_id: string }[])[0]?.service_request_id ?? '';
    const read = (await (await fetch(`${base}/open311/v2/requests/${id}.json`)).json()) as { agency_responsible: string }[];
    expect(read[0]?.agency_responsible).toBe('绿地居委会');

    const made = hub(['--open311-key', 'wechat-mini', '--label', '微信小程序']);
    const other = (await made.line(/Open311 API key for wechat-mini \(gaohang; shown once\): (\S+)/))[1] ?? '';
    expect(await exited(made.child)).toBe(0);
    expect((await post(other)).status).toBe(200);
    const revoked = hub(['--revoke-open311-key', 'wechat-mini']);
    expect(await exited(revoked.child)).toBe(0);
    expect((await post(other)).status).toBe(403);
    const again = hub(['--open311-key', 'wechat-mini']);
    expect(await exited(again.child)).toBe(1);
    expect(again.output()).toContain('is taken');
    demo.child.kill('SIGTERM');
    expect(await exited(demo.child)).toBe(0);
  }, 90_000);
});
