import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherPlaceNumber, placeNameChars, placeNumbers } from './problem-text';

describe('placeNameChars', () => {
  it('takes the names of streets and compounds, not the words around them', () => {
    expect([...placeNameChars('东沟路1200弄门口的路灯不亮')].sort()).toEqual([...'东沟路'].sort());
    expect([...placeNameChars('张杨北路上那盏路灯坏了，就在华东新村后门')].sort()).toEqual([...'张杨北路华东新村'].sort());
    // 路灯, 路面, 马路, 走路 and 线路 name no street.
    expect(placeNameChars('那段路面坏了，过马路走路都要当心，路灯线路也老化')).toEqual(new Set());
  });

  it('takes the names of villages and hamlets, not 村委会, 村道 or 组', () => {
    expect([...placeNameChars('凤凰村3组进村的那条路塌了')].sort()).toEqual([...'凤凰村'].sort());
    expect([...placeNameChars('我是陆家宅的，整个宅上都停水了')].sort()).toEqual([...'陆家宅'].sort());
    expect(placeNameChars('村委会前面村道上的灯，我们村里都反映过')).toEqual(new Set());
  });

  it('reads full-width and half-width text alike, and never a character the text lacks', () => {
    expect(placeNameChars('莱阳路２７００弄')).toEqual(placeNameChars('莱阳路2700弄'));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'东沟路弄苑新村小区的路灯面门口上金高北12 ') }), (text) => {
        for (const c of placeNameChars(text)) expect(text.normalize('NFKC')).toContain(c);
      }),
      { seed: 41 },
    );
  });
});

describe('placeNumbers', () => {
  it('reads one flat told as a room number or as building and floor, and tells buildings and lanes apart', () => {
    expect(placeNumbers('3栋1202室漏水')).toEqual(new Set(['b3', 'r1202', 'f12']));
    expect(placeNumbers('三栋十二层')).toEqual(new Set(['b3', 'f12']));
    expect(otherPlaceNumber(placeNumbers('1202那户天天吵'), placeNumbers('三栋十二层那户'))).toBe(false);
    expect(otherPlaceNumber(placeNumbers('1202那户天天吵'), placeNumbers('三栋九层那户'))).toBe(true);
    expect(otherPlaceNumber(placeNumbers('5号楼停电'), placeNumbers('五栋没电'))).toBe(false);
    expect(otherPlaceNumber(placeNumbers('5号楼停电'), placeNumbers('8号楼停电'))).toBe(true);
    // A lane is not a room: 东沟路120弄 and 东沟路188弄 are two lanes, 120弄 and 1202 no conflict.
    expect(otherPlaceNumber(placeNumbers('东沟路120弄门口'), placeNumbers('东沟路188弄门口'))).toBe(true);
    expect(otherPlaceNumber(placeNumbers('东沟路120弄'), placeNumbers('1202室'))).toBe(false);
    // A bare floor is said of any building.
    expect(placeNumbers('我家住18楼')).toEqual(new Set());
  });

  it('reads a village group told in figures or in words, and a house in it as a building', () => {
    expect(placeNumbers('凤凰村三组停水')).toEqual(new Set(['g3']));
    expect(placeNumbers('3组28号没水')).toEqual(new Set(['g3', 'b28']));
    expect(otherPlaceNumber(placeNumbers('凤凰村3组停水'), placeNumbers('三组28号没水'))).toBe(false);
    expect(otherPlaceNumber(placeNumbers('3组停水'), placeNumbers('七组水管爆了'))).toBe(true);
    expect(otherPlaceNumber(placeNumbers('五组十二号违建'), placeNumbers('5组30号搭棚'))).toBe(true);
  });

  it('is symmetric and never calls a place other than itself', () => {
    const text = fc.constantFrom('3栋1202室', '三栋十二层', '1202', '5号楼', '五栋', '8号楼6楼', '东沟路120弄', '', '楼上', '三组', '3组28号', '7组');
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [x, y] = [placeNumbers(a), placeNumbers(b)];
        expect(otherPlaceNumber(x, y)).toBe(otherPlaceNumber(y, x));
        expect(otherPlaceNumber(x, x)).toBe(false);
      }),
      { seed: 41 },
    );
  });
});
