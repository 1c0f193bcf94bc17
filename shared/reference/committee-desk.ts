import type { Committee } from './types';

/** A committee's own desk, the unit its grid cell's cases go to: 绿地居委 → 绿地居委会, 新行村 → 新行村村委会. */
export function committeeDeskName(committee: Pick<Committee, 'name' | 'kind'>): string {
  return committee.kind === 'residential' ? `${committee.name}会` : `${committee.name}村委会`;
}
