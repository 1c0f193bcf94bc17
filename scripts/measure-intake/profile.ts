/**
 * `npm run measure:intake -- --profile`: one run of each flow under a Chromium trace (timeline,
 * frames, V8 samples), then for every key slower than a frame where its time went: the main
 * thread's work from its keydown to the reaction's end by kind (script, style, layout, paint…)
 * and the JS functions that took it (self time of the samples), and its frames, the display
 * compositor's draws among them (`Draw skipped.`: a frame that reached no display). Build unminified for names
 * (`npx vite build --minify false`).
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { reactionCount, reactionsSince } from './keys';

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args: Record<string, unknown>;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  // The display compositor: whether a key's frame reached the display or was skipped as one without damage.
  'viz',
].join(',');

const frameMarks = new Set(['BeginFrame', 'DrawFrame', 'DidNotProduceFrame', 'ActivateLayerTree', 'Commit', 'Paint', 'NeedsBeginFrameChanged', 'DroppedFrame', 'Display::DrawAndSwap', 'Draw skipped.']);

export async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories.split(','), ...(process.env.TRACE_EXTRA?.split(',') ?? [])] }, transferMode: 'ReturnAsStream' });
  return cdp;
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Runs `flow` under the trace and prints, per key of more than `overMs`, the work that filled it. */
export async function profiled(page: Page, label: string, flow: () => Promise<unknown>, overMs = 24): Promise<void> {
  const from = await reactionCount(page);
  const cdp = await startTrace(page);
  await flow();
  const reactions = await reactionsSince(page, from, 0);
  const keys = await page.evaluate((n) => (window as unknown as { keyNames: () => string[] }).keyNames().slice(n), from);
  const events = await stopTrace(cdp);
  await cdp.detach();
  if (process.env.TRACE_DIR) writeFileSync(`${process.env.TRACE_DIR}/${label.replace(/\W+/g, '-')}.json`, JSON.stringify({ traceEvents: events, reactions, keys }));
  // The page whose keys were pressed: another page of the same browser has events too (a focus).
  const isKeydown = (e: TraceEvent) => e.name === 'EventDispatch' && (e.args.data as { type?: string } | undefined)?.type === 'keydown';
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && events.some((k) => k.pid === e.pid && k.tid === e.tid && isKeydown(k)));
  if (!mainThread) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keydowns = onMain.filter(isKeydown);
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args.name)]));
  const samples = profileSamples(events.filter((e) => e.pid === mainThread.pid));
  console.log(`\n== ${label}: ${keydowns.length} keydowns traced, ${reactions.length} reactions`);
  reactions.forEach((ms, i) => {
    const down = keydowns[i];
    if (!down || ms <= overMs) return;
    const end = down.ts + ms * 1000;
    const kinds = selfTimes(onMain.filter((e) => e.ts >= down.ts - 1 && e.ts < end));
    const fns = new Map<string, number>();
    for (const s of samples) if (s.ts >= down.ts && s.ts < end) fns.set(s.fn, (fns.get(s.fn) ?? 0) + s.ms);
    const top = (m: Map<string, number>, n: number) =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');
    console.log(`${String(keys[i]).padEnd(10)} ${ms.toFixed(1).padStart(6)} ms  keydown handler ${((down.dur ?? 0) / 1000).toFixed(1)} ms`);
    console.log(`    main thread: ${top(kinds, 8)}`);
    console.log(`    JS: ${top(fns, 10)}`);
    const threads = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e.ts < down.ts || e.ts >= end || (e.pid === mainThread.pid && e.tid === mainThread.tid)) continue;
      if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask' && e.name !== 'TaskGraphRunner::RunTask') continue;
      const name = threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
      threads.set(name, (threads.get(name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    console.log(`    other threads' tasks: ${top(threads, 6)}`);
    const frames = events
      .filter((e) => frameMarks.has(e.name) && e.ts >= down.ts && e.ts < end + 20_000)
      .sort((a, b) => a.ts - b.ts)
      .map((e) => `${e.name}+${((e.ts - down.ts) / 1000).toFixed(0)}`);
    console.log(`    frames: ${frames.join(' ')}`);
  });
}

/** Self time (ms) per event name: an event's duration less its children's, nested by time. */
function selfTimes(list: readonly TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      if (top.e.ts + (top.e.dur ?? 0) > until) break;
      stack.pop();
      out.set(top.e.name, (out.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
    }
  };
  for (const e of list) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.child += e.dur ?? 0;
    stack.push({ e, child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

/** The V8 sampling profile's samples, each with its time and its leaf function. */
function profileSamples(events: readonly TraceEvent[]): { ts: number; fn: string; ms: number }[] {
  const nodes = new Map<number, ProfileNode>();
  const out: { ts: number; fn: string; ms: number }[] = [];
  const starts = new Map<string, number>();
  for (const e of events) {
    const data = e.args.data as { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile' && data?.startTime !== undefined) starts.set(String(e.args.id ?? (e as unknown as { id: string }).id), data.startTime);
    if (e.name !== 'ProfileChunk' || !data) continue;
    const id = String((e as unknown as { id: string }).id);
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let ts = starts.get(id) ?? 0;
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((sample, i) => {
      const delta = deltas[i] ?? 0;
      ts += delta;
      const node = nodes.get(sample);
      if (!node) return;
      const f = node.callFrame;
      const file = (f.url ?? '').split('/').at(-1)?.replace(/-[\w-]{8}\.js$/, '') ?? '';
      out.push({ ts, fn: `${f.functionName || '(anon)'}${file ? `@${file}:${f.lineNumber + 1}` : ''}`, ms: delta / 1000 });
    });
    starts.set(id, ts);
  }
  return out;
}
