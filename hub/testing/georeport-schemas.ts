import { DOMParser } from '@xmldom/xmldom';
import { z } from 'zod';

/**
 * GeoReport v2's response shapes, written from the spec (wiki.open311.org/GeoReport_v2) and
 * FixMyStreet's update extension, the way open311's schema-validation project checks servers:
 * required fields present with the right types, W3C datetimes, nothing but spec fields (strict).
 */
const w3c = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/, 'not a W3C datetime in Asia/Shanghai time');

export const Discovery = z.strictObject({
  changeset: w3c,
  contact: z.string(),
  key_service: z.string(),
  endpoints: z
    .array(
      z.strictObject({
        specification: z.url(),
        url: z.url(),
        changeset: w3c,
        type: z.enum(['production', 'test']),
        formats: z.array(z.enum(['text/xml', 'application/json'])).min(1),
      }),
    )
    .min(1),
});

export const Services = z.array(
  z.strictObject({
    service_code: z.string().min(1),
    service_name: z.string().min(1),
    description: z.string(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string(),
    group: z.string(),
  }),
);

export const ServiceDefinition = z.strictObject({
  service_code: z.string().min(1),
  attributes: z.array(
    z.strictObject({
      variable: z.boolean(),
      code: z.string().min(1),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: z.boolean(),
      datatype_description: z.string().nullable(),
      order: z.number().int().positive(),
      description: z.string(),
      values: z.array(z.strictObject({ key: z.string(), name: z.string() })).min(1).optional(),
    }),
  ),
});

export const ServiceRequests = z.array(
  z.strictObject({
    service_request_id: z.string().min(1),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().optional(),
    service_name: z.string().optional(),
    service_code: z.string().min(1),
    description: z.string().optional(),
    agency_responsible: z.string().optional(),
    service_notice: z.string().optional(),
    requested_datetime: w3c,
    updated_datetime: w3c.optional(),
    expected_datetime: w3c.optional(),
    address: z.string().optional(),
    address_id: z.string().optional(),
    zipcode: z.string().optional(),
    lat: z.number().min(-90).max(90).optional(),
    long: z.number().min(-180).max(180).optional(),
    media_url: z.string().optional(),
  }),
);

/** POST answers: an id when the request was created at once, a token when it will be; both here. */
export const PostResponse = z
  .array(
    z
      .strictObject({
        service_request_id: z.string().optional(),
        token: z.string().optional(),
        service_notice: z.string().optional(),
        account_id: z.string().optional(),
      })
      .refine((r) => r.service_request_id !== undefined || r.token !== undefined, 'neither service_request_id nor token'),
  )
  .length(1);

export const Tokens = z.array(z.strictObject({ service_request_id: z.string().min(1), token: z.string().min(1) })).min(1);

export const Errors = z.array(z.strictObject({ code: z.number().int(), description: z.string().min(1) })).min(1);

export const Updates = z.array(
  z.strictObject({
    update_id: z.string().min(1),
    service_request_id: z.string().min(1),
    status: z.enum(['open', 'closed', 'fixed', 'investigating', 'in_progress', 'action_scheduled', 'duplicate', 'not_responsible', 'internal_referral']),
    updated_datetime: w3c,
    description: z.string(),
    media_url: z.string().optional(),
  }),
);

/** Lists in GeoReport XML, by container element, as the spec's examples name them. */
const lists = new Set(['services', 'service_requests', 'attributes', 'values', 'endpoints', 'formats', 'errors', 'service_requests_updates']);

type Plain = string | Plain[] | { [k: string]: Plain };

/** What of a DOM node the conversion reads. */
interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
}

function children(e: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}

function plain(e: XmlNode): Plain {
  const kids = children(e);
  if (lists.has(e.nodeName)) return kids.map(plain);
  if (kids.length === 0) return e.textContent ?? '';
  return Object.fromEntries(kids.map((k) => [k.nodeName, plain(k)]));
}

/** An XML answer as the JSON answer would be with every value written as text: the two must agree. */
export function xmlAsPlain(xml: string): { root: string; value: Plain } {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root: XmlNode | null = doc.documentElement;
  if (!root) throw new Error('no XML document');
  return { root: root.nodeName, value: plain(root) };
}

export function asText(value: unknown): Plain {
  if (Array.isArray(value)) return value.map(asText);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]));
  return String(value);
}
