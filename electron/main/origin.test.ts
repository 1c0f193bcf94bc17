import { expect, it } from 'vitest';
import { isAppUrl } from './origin';

it('recognises only our renderer origin', () => {
  expect(isAppUrl('app://lianxin/index.html')).toBe(true);
  expect(isAppUrl('app://lianxin/cases?id=1#top')).toBe(true);
  for (const url of ['app://evil/index.html', 'https://lianxin/', 'file:///app/dist/renderer/index.html', 'about:blank', '', 'lianxin']) {
    expect(isAppUrl(url)).toBe(false);
  }
});
