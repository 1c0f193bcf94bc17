import { limits } from '../../shared/case/fields';
import { phoneKey } from '../../shared/intake/phone';
import { isStorable } from '../store/storable-text';
import { Open311Error } from './reply';
import type { ServiceAttribute } from './service-profile';

/** A POST requests body, read from the form: GeoReport v2's fields, nothing else. */
export interface RequestInput {
  readonly jurisdictionId: string | null;
  readonly serviceCode: string;
  readonly point: { readonly lat: number; readonly long: number } | null;
  readonly addressString: string;
  readonly addressId: string | null;
  readonly description: string;
  readonly attributes: ReadonlyMap<string, readonly string[]>;
  readonly caller: { readonly phone: string; readonly name: string };
  /** Who filed it as the app knows them (device, account, e-mail or phone): a repeated POST is recognised by it. */
  readonly reporter: string;
  readonly accountId: string | null;
}

const attributeKey = /^attribute\[([A-Za-z0-9_-]{1,32})\](\[\])?$/;

function one(form: URLSearchParams, name: string, max: number): string {
  const value = (form.get(name) ?? '').trim();
  if (value.length > max) throw new Open311Error(400, `${name} is longer than ${max} characters`);
  return value;
}

function coordinate(text: string, name: 'lat' | 'long', bound: number): number {
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || Math.abs(n) > bound) throw new Open311Error(400, `${name} must be a number from -${bound} to ${bound}`);
  return n;
}

/** Reads the form; what is missing or malformed is a 400 that names the field. */
export function readRequestInput(form: URLSearchParams): RequestInput {
  // A NUL (%00) would fail the case's whole transaction in PostgreSQL: refused as bad input instead.
  if (!isStorable(JSON.stringify([...form]))) throw new Open311Error(400, 'The request holds characters that cannot be stored (NUL)');
  const serviceCode = one(form, 'service_code', limits.id);
  if (!serviceCode) throw new Open311Error(400, 'service_code is required');
  const latText = one(form, 'lat', 32);
  const longText = one(form, 'long', 32);
  if ((latText === '') !== (longText === '')) throw new Open311Error(400, 'lat and long go together');
  const point = latText ? { lat: coordinate(latText, 'lat', 90), long: coordinate(longText, 'long', 180) } : null;
  const addressString = one(form, 'address_string', limits.address);
  const addressId = one(form, 'address_id', limits.id) || null;
  if (!point && !addressString && !addressId) throw new Open311Error(400, 'A location is required: lat and long, address_string or address_id');
  const description = one(form, 'description', limits.description);
  const attributes = new Map<string, string[]>();
  for (const [key, value] of form) {
    const m = attributeKey.exec(key);
    if (!m?.[1]) continue;
    if (value.length > limits.address) throw new Open311Error(400, `${key} is longer than ${limits.address} characters`);
    attributes.set(m[1], [...(attributes.get(m[1]) ?? []), value.trim()]);
    if (attributes.size > 32) throw new Open311Error(400, 'Too many attributes');
  }
  const phone = one(form, 'phone', limits.phone);
  const parsedPhone = phone ? phoneKey(phone) : null;
  const name = `${one(form, 'last_name', limits.name)}${one(form, 'first_name', limits.name)}`.slice(0, limits.name);
  const deviceId = one(form, 'device_id', 128);
  const accountId = one(form, 'account_id', 128);
  const email = one(form, 'email', 128).toLowerCase();
  const e164 = parsedPhone?.ok ? parsedPhone.e164 : '';
  const reporter = deviceId ? `device:${deviceId}` : accountId ? `account:${accountId}` : email ? `email:${email}` : e164 ? `phone:${e164}` : '';
  return {
    jurisdictionId: one(form, 'jurisdiction_id', limits.id) || null,
    serviceCode,
    point,
    addressString,
    addressId,
    description,
    attributes,
    caller: { phone: e164, name },
    reporter,
    accountId: accountId || null,
  };
}

function checkValue(a: ServiceAttribute, value: string): string {
  const bad = (why: string) => new Open311Error(400, `attribute[${a.code}] ${why}`);
  switch (a.datatype) {
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(value)) throw bad('must be a number');
      return value;
    case 'datetime':
      if (Number.isNaN(Date.parse(value))) throw bad('must be a W3C datetime');
      return value;
    case 'singlevaluelist':
    case 'multivaluelist': {
      const named = a.values?.find((v) => v.key === value);
      if (!named) throw bad(`must be one of ${(a.values ?? []).map((v) => v.key).join(', ')}`);
      return named.name;
    }
    case 'string':
    case 'text':
      return value;
  }
}

/**
 * The service's attributes as a line the unit reads with the description (楼层：3；持续：一周内);
 * a required one missing, an unknown one or a bad value is a 400.
 */
export function attributeLine(attributes: readonly ServiceAttribute[], given: ReadonlyMap<string, readonly string[]>): string {
  for (const code of given.keys()) {
    if (!attributes.some((a) => a.code === code)) throw new Open311Error(400, `attribute[${code}] is not an attribute of this service`);
  }
  const parts: string[] = [];
  for (const a of attributes) {
    const values = (given.get(a.code) ?? []).filter((v) => v !== '');
    if (values.length === 0) {
      if (a.required) throw new Open311Error(400, `attribute[${a.code}] is required`);
      continue;
    }
    if (values.length > 1 && a.datatype !== 'multivaluelist') throw new Open311Error(400, `attribute[${a.code}] takes one value`);
    parts.push(`${a.label}：${values.map((v) => checkValue(a, v)).join('、')}`);
  }
  return parts.join('；');
}
