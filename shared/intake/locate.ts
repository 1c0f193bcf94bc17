import { z } from 'zod';

/**
 * A committee as a reporting app's location finds it: an optional centre point and the place
 * names (compounds, lanes such as 金高路1296弄) an address written by a citizen may contain. Both
 * are optional on the committee's reference record, so a town that has not described them keeps
 * working; its requests then need an address that names the committee.
 */
export const LocatedCommittee = z.object({
  id: z.string(),
  name: z.string(),
  centre: z.object({ lat: z.number().min(-90).max(90), long: z.number().min(-180).max(180) }).optional(),
  places: z.array(z.string().min(2)).optional(),
});
export type LocatedCommittee = z.infer<typeof LocatedCommittee>;

/** Farther than this from every centre is outside the town's committees: the request is refused, not guessed. */
export const maxCommitteeDistanceKm = 3;

const earthRadiusKm = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine): exact enough at a town's scale, and right at any. */
export function distanceKm(a: { lat: number; long: number }, b: { lat: number; long: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLong = rad(b.long - a.long);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLong / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The committee whose centre is nearest the point, if one is within reach. */
export function committeeAt(committees: readonly LocatedCommittee[], point: { lat: number; long: number }): string | null {
  let best: { id: string; km: number } | null = null;
  for (const c of committees) {
    if (!c.centre) continue;
    const km = distanceKm(point, c.centre);
    if (km <= maxCommitteeDistanceKm && (!best || km < best.km || (km === best.km && c.id < best.id))) best = { id: c.id, km };
  }
  return best?.id ?? null;
}

/** 绿地居委 is also written 绿地居委会 or 绿地: a committee's name with and without its suffix. */
function namesOf(c: LocatedCommittee): string[] {
  const short = c.name.replace(/(居委会?|村委会?|居民委员会|村民委员会)$/, '');
  return [c.name, ...(short.length >= 2 && short !== c.name ? [short] : []), ...(c.places ?? [])];
}

/** The committee the address names: the longest place name it contains wins (金高路2058弄 over 金高). */
export function committeeOfAddress(committees: readonly LocatedCommittee[], address: string): string | null {
  const text = address.replace(/\s+/g, '');
  let best: { id: string; length: number } | null = null;
  for (const c of committees) {
    for (const name of namesOf(c)) {
      if (text.includes(name) && (!best || name.length > best.length)) best = { id: c.id, length: name.length };
    }
  }
  return best?.id ?? null;
}
