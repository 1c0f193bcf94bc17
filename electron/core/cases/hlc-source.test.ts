import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/sync/hlc';
import { createHlcSource } from './hlc-source';

const NOW = Date.parse('2026-12-01T02:00:00Z');

describe("the seat's clock", () => {
  it('issues its next event after a peer event from a clock a little ahead, so the later action sorts later', () => {
    const clock = createHlcSource('GH01', null, () => NOW);
    const peer = formatHlc({ wallMs: NOW + 90_000, counter: 3, node: 'GH02' });
    expect(clock.receive(peer)).toBe(true);
    const next = clock.next();
    expect(next > peer).toBe(true);
    expect(next).toBe(formatHlc({ wallMs: NOW + 90_000, counter: 5, node: 'GH01' }));
  });

  it('does not follow a peer clock more than five minutes ahead, and keeps running on its own', () => {
    const clock = createHlcSource('GH01', null, () => NOW);
    expect(clock.receive(formatHlc({ wallMs: NOW + 6 * 60_000, counter: 0, node: 'GH02' }))).toBe(false);
    expect(clock.next()).toBe(formatHlc({ wallMs: NOW, counter: 0, node: 'GH01' }));
  });
});
