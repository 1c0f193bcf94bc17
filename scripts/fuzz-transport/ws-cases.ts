import fc from 'fast-check';
import WebSocket from 'ws';
import { methodNames } from '../../shared/api/names';
import { hostileStrings, hostileTexts } from '../../tests/support/hostile-strings';
import { mealCase } from '../../tests/support/meal-case';
import { openTestSocket } from '../../tests/support/ws-client';
import type { Tally } from './tally';
import { answerOf, checkAnswer, note } from './tally';

/** A masked client frame header (RFC 6455 §5.2) with `length` declared, and a zero mask. */
function frame(opcodeByte: number, payload: Buffer, declared = payload.length): Buffer {
  const header =
    declared < 126
      ? Buffer.from([opcodeByte, 0x80 | declared])
      : declared < 65536
        ? Buffer.from([opcodeByte, 0x80 | 126, declared >> 8, declared & 0xff])
        : Buffer.concat([Buffer.from([opcodeByte, 0x80 | 127]), Buffer.from(new BigUint64Array([BigInt(declared)]).buffer).reverse()]);
  return Buffer.concat([header, Buffer.alloc(4), payload]);
}

const badFrames: Array<[string, Buffer]> = [
  ['declared 3 MB', frame(0x81, Buffer.from('x'), 3 * 1024 * 1024)],
  ['invalid UTF-8', frame(0x81, Buffer.from([0xff, 0xfe]))],
  ['reserved bits', frame(0xf1, Buffer.from('{}'))],
  ['unknown opcode', frame(0x83, Buffer.from('x'))],
  ['fragmented ping', frame(0x09, Buffer.from('x'))],
  ['unmasked', Buffer.from([0x81, 0x02, 0x7b, 0x7d])],
  ['continuation first', frame(0x80, Buffer.from('x'))],
  ['garbage', Buffer.from('GET / HTTP/1.1\r\n\r\n')],
];

/** Opens a raw-capable connection, writes `bytes` under the frame layer, waits for the close. */
async function sendRaw(url: string, bytes: Buffer): Promise<number> {
  const base = new URL(url);
  const ws = new WebSocket(`ws://${base.host}/api`, { origin: base.origin });
  ws.on('error', () => undefined);
  await new Promise((resolve) => ws.once('open', resolve));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  (ws as unknown as { _socket: import('node:net').Socket })._socket.write(bytes);
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 3000));
  const code = await Promise.race([closed, timeout]);
  ws.terminate();
  return code;
}

/** Bad frames, each on its own connection: every one must end only that connection. */
export async function fuzzFrames(url: string, tally: Tally): Promise<void> {
  for (const [what, bytes] of badFrames) {
    tally.casesTried += 1;
    const code = await sendRaw(url, bytes);
    if (code === -1) note(tally, `bad frame (${what}) left the connection open`);
  }
}

/**
 * Calls that must all be refused (each breaks its schema or names what does not exist), with
 * the row count checked around every batch; then random envelopes, which must be answered well.
 */
export async function fuzzEnvelopes(
  url: string,
  tally: Tally,
  rows: { total(): number },
  deadline: number,
  seed: number,
): Promise<void> {
  const client = await openTestSocket(url);
  const op = await client.login('op01');
  const strings = hostileStrings(['cat.ageing.meal', 'cmt.lvdi', 'unit.zhucan']);
  const broken = fc.oneof(
    fc.constantFrom(...hostileTexts).map((t) => ({ ...mealCase, description: `${t}\u0000` })),
    fc.constantFrom(...hostileTexts).map((t) => ({ ...mealCase, categoryId: `${t}-none` })),
    strings.map((s) => ({ ...mealCase, address: `${s}${'址'.repeat(201)}` })),
    fc.constant({ ...mealCase, caller: { phone: '\uD800', name: '' } }),
  );
  const random = fc.record({
    method: fc.oneof(fc.constantFrom(...methodNames), strings),
    input: fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(strings.filter((k) => k.length < 30), strings, { maxKeys: 5 })),
    session: fc.constantFrom<string | null>(op, null, 'forged'),
  });
  let run = 0;
  while (Date.now() < deadline && client.ws.readyState === client.ws.OPEN) {
    const before = rows.total();
    const refused = fc.sample(broken, { numRuns: 20, seed: seed + run });
    for (const [i, result] of (await Promise.all(refused.map((input) => answerOf(client.call('cases:create', input, op))))).entries()) {
      checkAnswer(tally, 'broken cases:create', result);
      if (result?.ok) note(tally, `accepted a broken case: ${JSON.stringify(refused[i]).slice(0, 120)}`);
    }
    if (rows.total() !== before) {
      tally.partialWrites += 1;
      note(tally, 'rows changed after a batch of refused calls');
    }
    const calls = fc.sample(random, { numRuns: 20, seed: seed + run++ });
    for (const [i, result] of (await Promise.all(calls.map((c) => answerOf(client.call(c.method, c.input, c.session))))).entries()) {
      checkAnswer(tally, `random ${calls[i]?.method}`, result);
    }
    // Stay inside the per-connection rate: this phase fuzzes inputs, the flood phase the rate.
    await new Promise((resolve) => setTimeout(resolve, 450));
  }
  client.close();
}
