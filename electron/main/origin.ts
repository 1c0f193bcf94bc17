/**
 * The renderer is served from a privileged custom scheme rather than file://: file URLs all share
 * one opaque origin, so CSP 'self' and the IPC sender check would mean little there. Under
 * app://lianxin/ the page has a real origin that nothing else on the machine can claim.
 */
export const appScheme = 'app';
export const appHost = 'lianxin';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True only for URLs of our own renderer. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}
