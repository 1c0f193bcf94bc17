import type { SeatAction } from '../../../../shared/api/methods/loop';
import {
  callbackOutcomes,
  cardColours,
  caseFlags,
  closureCodes,
  contactMethods,
  dissatisfactionCauses,
  returnReasons,
  satisfactions,
  specialClosureCodes,
  type ClosureCode,
} from '../../../../shared/case/loop-vocabulary';
import type { ShortcutName } from '../../keyboard/shortcuts';
import { fromShanghaiInput, toShanghaiInput } from '../format-time';

export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/**
 * One input of an action's form. `boolean` selects send yes/no as true/false; `nullable` ones
 * send '' as null. `when` hides a field (and sends its empty value) unless it applies.
 */
export type FormField = {
  readonly name: string;
  readonly when?: (v: FormValues) => boolean;
} & (
  | { readonly kind: 'text' | 'multiline' | 'datetime' | 'number' | 'unit' | 'units'; readonly optional?: boolean }
  | { readonly kind: 'select'; readonly options: readonly string[]; readonly labels: string; readonly as?: 'boolean' | 'nullable' }
);

export interface ActionForm {
  readonly key: ShortcutName;
  readonly fields: readonly FormField[];
}

const decision = (name: string): FormField => ({ name, kind: 'select', options: ['yes', 'no'], labels: `loop.${name}`, as: 'boolean' });
const note: FormField = { name: 'note', kind: 'text', optional: true };
const approved = (v: FormValues) => v.approved === 'yes';
const dissatisfied = (v: FormValues) => v.resolved === 'no' || v.satisfaction === 'dissatisfied';

/** What each loop action asks for, and the key that opens it; accept asks nothing and acts at once. */
export const actionForms: { readonly [A in SeatAction]: ActionForm } = {
  'case.accepted': { key: 'accept', fields: [] },
  'case.contacted': {
    key: 'contact',
    fields: [
      { name: 'contactedAt', kind: 'datetime' },
      { name: 'method', kind: 'select', options: contactMethods, labels: 'loop.contactMethod' },
      { name: 'summary', kind: 'multiline' },
    ],
  },
  'case.noted': { key: 'note', fields: [{ name: 'note', kind: 'multiline' }] },
  'case.replied': {
    key: 'reply',
    fields: [
      { name: 'result', kind: 'multiline' },
      { name: 'answer', kind: 'multiline' },
      { name: 'closureCode', kind: 'select', options: closureCodes, labels: 'loop.closureCode' },
      {
        name: 'justification',
        kind: 'multiline',
        optional: true,
        when: (v) => specialClosureCodes.includes(v.closureCode as ClosureCode),
      },
    ],
  },
  'case.special_closure_ruled': { key: 'rule', fields: [decision('approved'), note] },
  'case.conflict_ruled': { key: 'rule', fields: [{ name: 'keepUnitId', kind: 'unit' }, note] },
  'case.return_requested': {
    key: 'returnRequest',
    fields: [
      { name: 'reason', kind: 'select', options: returnReasons, labels: 'loop.returnReason' },
      { name: 'note', kind: 'multiline' },
    ],
  },
  'case.return_ruled': {
    key: 'rule',
    fields: [decision('approved'), { name: 'redispatchToUnitId', kind: 'unit', when: approved }, note],
  },
  'case.extension_requested': {
    key: 'extension',
    fields: [
      { name: 'workingDays', kind: 'number' },
      { name: 'reason', kind: 'multiline' },
    ],
  },
  'case.extension_ruled': { key: 'rule', fields: [decision('approved'), note] },
  'case.whistled': {
    key: 'whistle',
    fields: [
      { name: 'unitIds', kind: 'units' },
      { name: 'question', kind: 'multiline' },
    ],
  },
  'case.reported': { key: 'report', fields: [note] },
  'case.callback_failed': {
    key: 'callbackFailed',
    fields: [{ name: 'outcome', kind: 'select', options: callbackOutcomes, labels: 'loop.callbackOutcome' }, note],
  },
  'case.evaluated': {
    key: 'evaluate',
    fields: [
      decision('resolved'),
      { name: 'satisfaction', kind: 'select', options: satisfactions, labels: 'loop.satisfaction' },
      { name: 'cause', kind: 'select', options: ['', ...dissatisfactionCauses], labels: 'loop.cause', as: 'nullable', when: dissatisfied },
      note,
    ],
  },
  'case.reopened': { key: 'reopen', fields: [{ name: 'reason', kind: 'text', optional: true }] },
  'case.closed': { key: 'closeCase', fields: [note] },
  'case.merged': { key: 'merge', fields: [{ name: 'intoCaseNumber', kind: 'text' }] },
  'case.flagged': {
    key: 'flag',
    fields: [{ name: 'flag', kind: 'select', options: caseFlags, labels: 'loop.flag' }, decision('on'), note],
  },
  'case.supervised': {
    key: 'supervise',
    fields: [
      { name: 'card', kind: 'select', options: cardColours, labels: 'timeline.card' },
      { name: 'note', kind: 'multiline' },
    ],
  },
};

/** A fresh form: the first option of each select, now (Shanghai time) for a time, one working day, nothing typed. */
export function initialValues(form: ActionForm, now: Date): FormValues {
  const local = toShanghaiInput(now);
  return Object.fromEntries(
    form.fields.map((f) => {
      switch (f.kind) {
        case 'select':
          return [f.name, f.options[0] ?? ''];
        case 'datetime':
          return [f.name, local];
        case 'number':
          return [f.name, '1'];
        case 'units':
          return [f.name, []];
        default:
          return [f.name, ''];
      }
    }),
  );
}

/** The payload the form's values stand for; the API boundary validates it. */
export function formPayload(form: ActionForm, values: FormValues): Record<string, unknown> {
  return Object.fromEntries(
    form.fields.map((f) => {
      const shown = f.when?.(values) ?? true;
      const v = values[f.name] ?? '';
      if (f.kind === 'select' && f.as === 'boolean') return [f.name, v === 'yes'];
      if (f.kind === 'select' && f.as === 'nullable') return [f.name, shown && v !== '' ? v : null];
      if (f.kind === 'unit') return [f.name, shown && v !== '' ? v : null];
      if (f.kind === 'units') return [f.name, Array.isArray(v) ? v : []];
      if (f.kind === 'number') return [f.name, Number(v)];
      if (f.kind === 'datetime') return [f.name, typeof v === 'string' ? fromShanghaiInput(v) : ''];
      return [f.name, shown && typeof v === 'string' ? v.trim() : ''];
    }),
  );
}

/** Names of required fields left empty: the form says so before calling the core. */
export function missingFields(form: ActionForm, values: FormValues): string[] {
  return form.fields
    .filter((f) => (f.when?.(values) ?? true) && !(f.kind !== 'select' && 'optional' in f && f.optional))
    .filter((f) => f.kind !== 'select' || f.as === 'nullable')
    .filter((f) => {
      const v = values[f.name];
      return v === undefined || (Array.isArray(v) ? v.length === 0 : String(v).trim() === '');
    })
    .map((f) => f.name);
}

/**
 * The field a dialog opens in: the first one a person must type (the summary of a contact, not
 * its time, which defaults to now); a form of choices only opens in its first choice.
 */
export function firstFieldToType(fields: readonly FormField[]): string | undefined {
  const typed = fields.find((f) => f.kind !== 'select' && f.kind !== 'datetime' && !('optional' in f && f.optional));
  return (typed ?? fields[0])?.name;
}
