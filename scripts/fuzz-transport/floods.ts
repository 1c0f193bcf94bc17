import WebSocket from 'ws';
import { openTestSocket, type TestSocket } from '../../tests/support/ws-client';
import { watchPeakRss } from './process-memory';
import type { Tally } from './tally';
import { answerOf, checkAnswer, note } from './tally';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clients that send calls and never read the answers, replaced as the server closes them, for
 * `ms`: the server's memory must stay bounded (it closes them once their send buffer fills).
 */
export async function slowReaderFlood(url: string, pid: number, token: string, ms: number, tally: Tally): Promise<{ peakRss: number; closedByServer: number }> {
  const watch = watchPeakRss(pid);
  const end = Date.now() + ms;
  let closedByServer = 0;
  const reader = async (): Promise<void> => {
    while (Date.now() < end) {
      const client = await openTestSocket(url);
      client.ws.pause();
      let open = true;
      void client.closed.then(() => {
        open = false;
        closedByServer += 1;
      });
      while (open && Date.now() < end) {
        // reference:get is the largest answer there is; 20 a tick stays near the rate limit.
        for (let i = 0; i < 10; i++) client.ws.send(JSON.stringify({ id: i, method: 'reference:get', input: {}, session: token, lang: 'zh-CN' }));
        tally.casesTried += 10;
        await sleep(100);
      }
      if (open) client.close();
    }
  };
  await Promise.all([reader(), reader(), reader(), reader()]);
  return { peakRss: watch.stop(), closedByServer };
}

/**
 * One connection sends `total` calls as fast as it can (reconnecting whenever the server closes
 * it for flooding) while another makes one ordinary call at a time: that call's latencies.
 */
export async function floodLatency(url: string, token: string, total: number, tally: Tally): Promise<{ p95: number; calls: number; refused: number }> {
  const legit = await openTestSocket(url);
  // A seat's console has been open a while before anyone floods; a brand-new connection gets no burst past its address's budget.
  await sleep(1500);
  const latencies: number[] = [];
  let refused = 0;
  let flooding = true;
  const measure = (async () => {
    while (flooding) {
      const start = performance.now();
      const result = await answerOf(legit.call('sla:status', {}, token));
      latencies.push(performance.now() - start);
      checkAnswer(tally, 'legitimate call during the flood', result);
      if (!result?.ok) refused += 1;
      // Twenty calls a second: far more than a seat's console makes, still an ordinary client.
      await sleep(50);
    }
  })();
  let sent = 0;
  while (sent < total) {
    const flooder: TestSocket = await openTestSocket(url);
    while (sent < total && flooder.ws.readyState === WebSocket.OPEN) {
      for (let i = 0; i < 250 && sent < total; i++, sent++) {
        flooder.ws.send(JSON.stringify({ id: sent, method: 'cases:list', input: { limit: 50 }, session: token, lang: 'zh-CN' }));
      }
      await sleep(5);
    }
    // The last connection stays open a while: the server is still working through what it sent.
    if (sent >= total) await sleep(1500);
    flooder.close();
    // Refused connections close at once; reconnecting in a tight loop would fuzz the client, not the server.
    await sleep(10);
  }
  tally.casesTried += sent;
  await sleep(200);
  flooding = false;
  await measure;
  legit.close();
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? Number.NaN;
  if (latencies.length < 5) note(tally, `only ${latencies.length} legitimate calls measured during the flood`);
  return { p95, calls: latencies.length, refused };
}
