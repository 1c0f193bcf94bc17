import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, HlcError, MAX_DRIFT_MS, parseHlc, receiveHlc, tickHlc, type Hlc } from './hlc';

const hlcArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  counter: fc.integer({ min: 0, max: 0xfff0 }),
  node: fc.constantFrom('GH01', 'GH02', 'HUB'),
});

describe('hybrid logical clock', () => {
  it('sorts as text exactly as it sorts as a clock', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const byClock = a.wallMs - b.wallMs || a.counter - b.counter;
        const byText = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        if (byClock !== 0) expect(Math.sign(byClock)).toBe(byText);
      }),
    );
  });

  it('round-trips through its text form', () => {
    fc.assert(
      fc.property(hlcArb, (h) => {
        expect(parseHlc(formatHlc(h))).toEqual(h);
      }),
    );
  });

  it('never goes backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(hlcArb, fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { maxLength: 20 }), (start, walls) => {
        let last: Hlc = start;
        for (const wall of walls) {
          const next = tickHlc(last, wall);
          expect(formatHlc(next) > formatHlc(last)).toBe(true);
          last = next;
        }
      }),
    );
  });

  it('moves past a received timestamp so a reply is always later than what it answers', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (local, remote) => {
        const now = Math.max(local.wallMs, remote.wallMs);
        const next = receiveHlc(local, remote, now);
        expect(formatHlc({ ...next, node: 'X' }) > formatHlc({ ...remote, node: 'X' })).toBe(true);
        expect(formatHlc({ ...next, node: 'X' }) > formatHlc({ ...local, node: 'X' })).toBe(true);
      }),
    );
  });

  it('refuses a peer whose clock runs more than five minutes ahead', () => {
    const local = { wallMs: 1_000_000, counter: 0, node: 'GH01' };
    const remote = { wallMs: 1_000_000 + MAX_DRIFT_MS + 1, counter: 0, node: 'GH02' };
    expect(() => receiveHlc(local, remote, 1_000_000)).toThrow(HlcError);
  });

  it('rejects malformed text with its code', () => {
    expect(() => parseHlc('yesterday')).toThrow(expect.objectContaining({ code: 'hlc_malformed' }));
  });
});
