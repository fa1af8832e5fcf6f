/** A short, readable name for a browser's user agent ("Firefox on Windows"). */
export function describeUserAgent(ua: string): string {
  if (!ua) return '';
  const browser =
    /Edg\//.test(ua) ? 'Edge'
    : /OPR\//.test(ua) ? 'Opera'
    : /Firefox\//.test(ua) ? 'Firefox'
    : /(Chrome|Chromium|HeadlessChrome)\//.test(ua) ? 'Chrome'
    : /Safari\//.test(ua) ? 'Safari'
    : /curl\//.test(ua) ? 'curl'
    : undefined;
  const os =
    /Android/.test(ua) ? 'Android'
    : /iPhone|iPad|iOS/.test(ua) ? 'iOS'
    : /Windows/.test(ua) ? 'Windows'
    : /Mac OS X|Macintosh/.test(ua) ? 'macOS'
    : /CrOS/.test(ua) ? 'ChromeOS'
    : /Linux/.test(ua) ? 'Linux'
    : undefined;
  if (browser && os) return `${browser} · ${os}`;
  if (browser || os) return (browser ?? os)!;
  return ua.length > 60 ? `${ua.slice(0, 57)}…` : ua;
}
