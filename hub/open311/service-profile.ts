import type { CaseKind, Urgency } from '../../shared/case/vocabulary';

/** A GeoReport v2 service attribute: what a category asks beyond the description. */
export interface ServiceAttribute {
  readonly code: string;
  readonly datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  readonly required: boolean;
  readonly description: string;
  /** The label a case's text carries the answer under, for the unit that reads it. */
  readonly label: string;
  readonly values?: readonly { readonly key: string; readonly name: string }[];
}

/** What an app's request of a service is filed as at intake, where the operator would have chosen. */
export interface ServiceProfile {
  readonly kind: CaseKind;
  readonly urgency: Urgency;
  readonly attributes: readonly ServiceAttribute[];
}

const since: ServiceAttribute = {
  code: 'since',
  datatype: 'singlevaluelist',
  required: false,
  description: '问题持续多久了？',
  label: '持续',
  values: [
    { key: 'today', name: '今天' },
    { key: 'week', name: '一周内' },
    { key: 'longer', name: '一周以上' },
  ],
};

const timeOfDay: ServiceAttribute = {
  code: 'time_of_day',
  datatype: 'multivaluelist',
  required: false,
  description: '通常在什么时段？',
  label: '时段',
  values: [
    { key: 'morning', name: '上午' },
    { key: 'afternoon', name: '下午' },
    { key: 'evening', name: '傍晚' },
    { key: 'night', name: '夜间' },
  ],
};

const floor: ServiceAttribute = { code: 'floor', datatype: 'number', required: true, description: '在几楼？', label: '楼层' };
const outageStart: ServiceAttribute = { code: 'started_at', datatype: 'datetime', required: true, description: '从什么时候开始？', label: '开始' };

/** By category id prefix, most specific first; the first that matches a service's code applies. */
const profiles: readonly (readonly [string, ServiceProfile])[] = [
  ['cat.housing.lift', { kind: 'report', urgency: 'high', attributes: [floor, since] }],
  ['cat.housing.leak', { kind: 'report', urgency: 'normal', attributes: [floor, since] }],
  ['cat.utility.gas', { kind: 'report', urgency: 'urgent', attributes: [outageStart] }],
  ['cat.utility.watercut', { kind: 'report', urgency: 'high', attributes: [outageStart] }],
  ['cat.utility.power', { kind: 'report', urgency: 'high', attributes: [outageStart] }],
  ['cat.safety.fireaccess', { kind: 'report', urgency: 'high', attributes: [] }],
  ['cat.facility.manhole', { kind: 'report', urgency: 'high', attributes: [] }],
  ['cat.noise.', { kind: 'complaint', urgency: 'normal', attributes: [since, timeOfDay] }],
  ['cat.env.', { kind: 'complaint', urgency: 'normal', attributes: [since] }],
  ['cat.market.', { kind: 'complaint', urgency: 'normal', attributes: [] }],
  ['cat.policy.', { kind: 'inquiry', urgency: 'normal', attributes: [] }],
  ['cat.praise.', { kind: 'praise', urgency: 'normal', attributes: [] }],
  ['cat.ageing.', { kind: 'help', urgency: 'normal', attributes: [] }],
  ['cat.livelihood.', { kind: 'help', urgency: 'normal', attributes: [] }],
];

const fallback: ServiceProfile = { kind: 'report', urgency: 'normal', attributes: [] };

export function serviceProfile(serviceCode: string): ServiceProfile {
  return profiles.find(([prefix]) => serviceCode.startsWith(prefix))?.[1] ?? fallback;
}
