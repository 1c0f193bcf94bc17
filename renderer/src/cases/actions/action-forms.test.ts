import { describe, expect, it } from 'vitest';
import { CaseActInput, seatActions } from '../../../../shared/api/methods/loop';
import { actionForms, firstFieldToType, formPayload, initialValues, missingFields } from './action-forms';

const now = new Date('2026-11-26T02:00:00Z');
const CASE_ID = '01JD0000000000000000000000';

describe('action forms', () => {
  it('give every seat action a form whose filled-in payload the API accepts', () => {
    const filled = (name: string) => (name === 'unitIds' ? ['unit.lvdi'] : name === 'redispatchToUnitId' ? 'unit.lvdi' : '已核实情况并答复来电人');
    for (const action of seatActions) {
      const form = actionForms[action];
      const values = { ...initialValues(form, now) };
      for (const name of missingFields(form, values)) values[name] = filled(name);
      expect(missingFields(form, values)).toEqual([]);
      const parsed = CaseActInput.safeParse({ caseId: CASE_ID, action, payload: formPayload(form, values) });
      expect(parsed.success, `${action}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('ask for the cause only when the citizen is not content, and send none otherwise', () => {
    const form = actionForms['case.evaluated'];
    const content = initialValues(form, now);
    expect(missingFields(form, content)).toEqual([]);
    expect(formPayload(form, content)).toMatchObject({ resolved: true, satisfaction: 'satisfied', cause: null });
    const unhappy = { ...content, satisfaction: 'dissatisfied' };
    expect(missingFields(form, unhappy)).toEqual(['cause']);
    expect(formPayload(form, { ...unhappy, cause: 'policy_limited' })).toMatchObject({ cause: 'policy_limited' });
  });

  it('show the justification only for the special closure codes, and re-dispatch only on an approved return', () => {
    const reply = actionForms['case.replied'];
    const shown = (values: Record<string, string>) => reply.fields.filter((f) => f.when?.(values) ?? true).map((f) => f.name);
    expect(shown({ closureCode: 'solved' })).not.toContain('justification');
    expect(shown({ closureCode: 'unsolvable' })).toContain('justification');
    const ruling = actionForms['case.return_ruled'];
    expect(formPayload(ruling, { approved: 'no', redispatchToUnitId: 'unit.lvdi', note: '' })).toEqual({
      approved: false,
      redispatchToUnitId: null,
      note: '',
    });
    expect(missingFields(ruling, { approved: 'yes', redispatchToUnitId: '', note: '' })).toEqual(['redispatchToUnitId']);
  });
});

describe('where an action dialog opens', () => {
  it('in the first field a person must type, not a time that defaults to now', () => {
    const visible = (action: keyof typeof actionForms) => actionForms[action].fields;
    expect(firstFieldToType(visible('case.contacted'))).toBe('summary');
    expect(firstFieldToType(visible('case.extension_requested'))).toBe('workingDays');
    expect(firstFieldToType(visible('case.return_requested'))).toBe('note');
    expect(firstFieldToType(visible('case.supervised'))).toBe('note');
    expect(firstFieldToType(visible('case.extension_ruled'))).toBe('approved');
  });

  it('enter the contact time as Shanghai time', () => {
    const form = actionForms['case.contacted'];
    const values = initialValues(form, now);
    expect(values.contactedAt).toBe('2026-11-26T10:00');
    expect(formPayload(form, values)).toMatchObject({ contactedAt: '2026-11-26T02:00:00.000Z' });
  });
});
