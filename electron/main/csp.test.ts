import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../core/server/csp';
import { rendererHandler } from './protocol';

type Policy = Map<string, string[]>;

function parse(policy: string): Policy {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** What each directive may allow; anything else (a host, a scheme, *, 'unsafe-eval', blob:) fails. */
const allowed: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // MUI's emotion injects <style> elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function expectStrict(policy: Policy): void {
  for (const [directive, sources] of policy) {
    expect(allowed[directive], `unexpected directive ${directive}`).toBeDefined();
    for (const source of sources) expect(allowed[directive], `${directive} ${source}`).toContain(source);
  }
  // Without these, the fallbacks would be wider than default-src.
  for (const directive of ['default-src', 'script-src', 'object-src', 'base-uri']) expect(policy.has(directive), directive).toBe(true);
}

const indexHtml = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';

describe('content security policy', () => {
  it('sent with the page over app:// is strict: own scripts only, no eval, no remote origins, no plugins, no framing', async () => {
    const response = await rendererHandler(join(import.meta.dirname, '..', '..', 'renderer'))(new Request('app://lianxin/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expectStrict(parse(contentSecurityPolicy));
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*|blob:/);
  });

  it('in index.html’s meta tag is the same policy, less frame-ancestors (a meta tag cannot set it)', () => {
    const meta = parse(metaPolicy);
    expectStrict(meta);
    const header = parse(contentSecurityPolicy);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('would be caught loosened', () => {
    expect(() => expectStrict(parse("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'"))).toThrow();
    expect(() => expectStrict(parse("default-src 'self' https://cdn.example; script-src 'self'; object-src 'none'; base-uri 'none'"))).toThrow();
  });
});
