/**
 * The renderer's Content-Security-Policy, sent as a header in browser mode (index.html carries
 * the same as a meta tag for Electron). Styles allow inline because MUI's emotion injects them.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
