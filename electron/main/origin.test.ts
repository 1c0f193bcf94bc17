import { expect, it } from 'vitest';
import { isAppUrl } from './origin';

it('recognises only our renderer origin', () => {
  expect(isAppUrl('app://lianxin/index.html')).toBe(true);
  expect(isAppUrl('app://lianxin/cases?id=1#top')).toBe(true);
  for (const url of ['app://evil/index.html', 'https://lianxin/', 'file:///app/dist/renderer/index.html', 'about:blank', '', 'lianxin']) {
    expect(isAppUrl(url)).toBe(false);
  }
});

it('is not fooled by look-alikes: credentials, a longer host, a port, our URL in the query, script and data URLs', () => {
  const lookAlikes = [
    'app://lianxin@evil/',
    'app://lianxin.evil/',
    'app://lianxin:8080/',
    'app://evil/?next=app://lianxin/',
    'javascript:location="app://lianxin/"',
    'data:text/html,app://lianxin/',
  ];
  for (const url of lookAlikes) expect(isAppUrl(url), url).toBe(false);
});
