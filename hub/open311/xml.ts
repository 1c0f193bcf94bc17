/** A GeoReport answer before it is written as JSON or XML: plain values, lists and records. */
export type Open311Value = string | number | boolean | null | readonly Open311Value[] | { readonly [key: string]: Open311Value | undefined };

/**
 * The element each list's items get in XML, by the list's own element name (GeoReport v2's XML:
 * `<services><service>`, `<attributes><attribute>`, FixMyStreet's `<service_requests_updates><request_update>`).
 */
const itemOf: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
  service_requests_updates: 'request_update',
};

// Characters XML 1.0 cannot hold at all, even escaped: dropped rather than make the document unreadable.
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escape(text: string): string {
  return text.replace(notXmlChar, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function element(name: string, value: Open311Value): string {
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = itemOf[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value)
      .filter((entry): entry is [string, Open311Value] => entry[1] !== undefined)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escape(String(value))}</${name}>`;
}

export function toXml(root: string, value: Open311Value): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}`;
}
