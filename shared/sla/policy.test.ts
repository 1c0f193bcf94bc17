import { describe, expect, it } from 'vitest';
import { caseKinds } from '../case/vocabulary';
import { defaultSlaPolicy } from './default-policy';
import { hours, minutes, workingDays } from './limit';
import { SlaPolicy, policyInForce, slaLimits } from './policy';

describe('the default SLA policy (DESIGN.md §4)', () => {
  it('passes its own schema', () => {
    expect(SlaPolicy.parse(defaultSlaPolicy)).toEqual(defaultSlaPolicy);
  });

  it('urgent: 15 min / 1 h / 2 h and high: 30 min / 2 h / 24 h for every kind', () => {
    for (const kind of caseKinds) {
      expect(slaLimits(defaultSlaPolicy, kind, 'urgent')).toEqual({ accept: minutes(15), firstContact: hours(1), reply: hours(2) });
      expect(slaLimits(defaultSlaPolicy, kind, 'high')).toEqual({ accept: minutes(30), firstContact: hours(2), reply: hours(24) });
    }
  });

  it('normal: 1 working day to accept and to contact, reply by kind', () => {
    const reply = (kind: (typeof caseKinds)[number]) => slaLimits(defaultSlaPolicy, kind, 'normal').reply;
    expect(slaLimits(defaultSlaPolicy, 'inquiry', 'normal').accept).toEqual(workingDays(1));
    expect(slaLimits(defaultSlaPolicy, 'inquiry', 'normal').firstContact).toEqual(workingDays(1));
    expect(reply('inquiry')).toEqual(workingDays(1));
    expect(reply('help')).toEqual(workingDays(5));
    expect(reply('suggestion')).toEqual(workingDays(5));
    expect(reply('complaint')).toEqual(workingDays(15));
    expect(reply('report')).toEqual(workingDays(15));
    expect(reply('praise')).toEqual(workingDays(1));
  });
});

describe('policy edits', () => {
  it('refuses a policy missing a kind, or with a zero or fractional limit', () => {
    const { praise: _dropped, ...withoutPraise } = defaultSlaPolicy.rules.normal;
    expect(SlaPolicy.safeParse({ ...defaultSlaPolicy, rules: { ...defaultSlaPolicy.rules, normal: withoutPraise } }).success).toBe(false);
    const limits = (amount: number) => ({ ...defaultSlaPolicy.rules.urgent.help, reply: { unit: 'minutes', amount } });
    for (const amount of [0, 1.5]) {
      const urgent = { ...defaultSlaPolicy.rules.urgent, help: limits(amount) };
      expect(SlaPolicy.safeParse({ ...defaultSlaPolicy, rules: { ...defaultSlaPolicy.rules, urgent } }).success).toBe(false);
    }
  });

  it('refuses an unknown unit', () => {
    const help = { ...defaultSlaPolicy.rules.urgent.help, reply: { unit: 'hours', amount: 2 } };
    const urgent = { ...defaultSlaPolicy.rules.urgent, help };
    expect(SlaPolicy.safeParse({ ...defaultSlaPolicy, rules: { ...defaultSlaPolicy.rules, urgent } }).success).toBe(false);
  });
});

describe('the version in force', () => {
  const v2: SlaPolicy = { ...defaultSlaPolicy, version: 2, effectiveFrom: '2026-01-01T00:00:00+08:00' };

  it('is the newest version already started', () => {
    expect(policyInForce([defaultSlaPolicy, v2], new Date('2025-12-31T15:59:59Z'))?.version).toBe(1);
    expect(policyInForce([v2, defaultSlaPolicy], new Date('2025-12-31T16:00:00Z'))?.version).toBe(2);
  });

  it('is none before any version starts', () => {
    expect(policyInForce([v2], new Date('2025-06-01T00:00:00Z'))).toBeUndefined();
  });
});
