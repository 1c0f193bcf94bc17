import { describe, expect, it } from 'vitest';
import { demoCommitteePlaces } from '../demo/committee-places';
import { committeeAt, committeeOfAddress, distanceKm } from './locate';

describe('finding a committee from a location', () => {
  it('takes the nearest centre, and none farther than 3 km away', () => {
    expect(committeeAt(demoCommitteePlaces, { lat: 31.3086, long: 121.6041 })).toBe('cmt.lvdi');
    expect(committeeAt(demoCommitteePlaces, { lat: 31.3301, long: 121.5878 })).toBe('cmt.senlan');
    expect(committeeAt(demoCommitteePlaces, { lat: 31.23, long: 121.47 })).toBeNull();
  });

  it('measures distance on the sphere', () => {
    expect(distanceKm({ lat: 31, long: 121 }, { lat: 32, long: 121 })).toBeCloseTo(111.2, 0);
  });

  it('reads the longest place name an address contains: a lane, a compound, a committee with or without its suffix', () => {
    expect(committeeOfAddress(demoCommitteePlaces, '金高路 2058弄 12号')).toBe('cmt.jingao');
    expect(committeeOfAddress(demoCommitteePlaces, '金高路1296弄5号')).toBe('cmt.lvdi');
    expect(committeeOfAddress(demoCommitteePlaces, '绿地东上海小区门口')).toBe('cmt.lvdi');
    expect(committeeOfAddress(demoCommitteePlaces, '森兰居委会旁边')).toBe('cmt.senlan');
    expect(committeeOfAddress(demoCommitteePlaces, '新行村三组')).toBe('cmt.xinxing');
    expect(committeeOfAddress(demoCommitteePlaces, '人民广场')).toBeNull();
  });
});
