import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeNameChars } from './problem-text';

describe('placeNameChars', () => {
  it('takes the names of streets and compounds, not the words around them', () => {
    expect([...placeNameChars('东沟路1200弄门口的路灯不亮')].sort()).toEqual([...'东沟路'].sort());
    expect([...placeNameChars('张杨北路上那盏路灯坏了，就在华东新村后门')].sort()).toEqual([...'张杨北路华东新村'].sort());
    // 路灯, 路面, 马路, 走路 and 线路 name no street.
    expect(placeNameChars('那段路面坏了，过马路走路都要当心，路灯线路也老化')).toEqual(new Set());
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
