/*
 * A small cookie jar that stands in for tough-cookie inside msw's browser build (vite.config.ts
 * aliases the package here for the page only; msw/node in tests keeps the real one).
 *
 * msw uses its jar for one thing: a mocked response's Set-Cookie is remembered and sent back on
 * later mocked requests (msw/lib/core/utils/cookieStore.mjs, request/getRequestCookies.mjs and
 * request/storeResponseCookies.mjs use exactly Cookie.fromJSON, cookie.key/value/domain/path,
 * toString/toJSON, MemoryCookieStore.idx, new CookieJar(store), getCookiesSync and setCookie).
 * tough-cookie does that with a full RFC 6265 implementation and the public-suffix list (tldts),
 * some 120 KiB gzip in front of the first screen. The sample API sets no cookies at all, so this
 * keeps the behaviour msw offers — host and path matching, Max-Age/Expires removal — for a mocked
 * same-site API, without public-suffix rules that a mock on one origin never needs.
 */

type CookieFields = {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
  expires: number | null;
};

export class Cookie {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
  expires: number | null;

  constructor(fields: Partial<CookieFields> = {}) {
    this.key = fields.key ?? '';
    this.value = fields.value ?? '';
    this.domain = fields.domain ?? null;
    this.path = fields.path ?? null;
    this.expires = fields.expires ?? null;
  }

  static fromJSON(raw: unknown): Cookie | null {
    const fields = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
    if (typeof fields !== 'object' || fields === null) return null;
    const record = fields as Record<string, unknown>;
    if (typeof record.key !== 'string') return null;
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const expires =
      typeof record.expires === 'number'
        ? record.expires
        : typeof record.expires === 'string' && record.expires !== 'Infinity'
          ? Date.parse(record.expires)
          : null;
    return new Cookie({
      key: record.key,
      value: text(record.value) ?? '',
      domain: text(record.domain),
      path: text(record.path),
      expires: Number.isFinite(expires) ? expires : null,
    });
  }

  expired(now = Date.now()): boolean {
    return this.expires !== null && this.expires <= now;
  }

  toString(): string {
    return `${this.key}=${this.value}`;
  }

  toJSON(): CookieFields {
    return {
      key: this.key,
      value: this.value,
      domain: this.domain,
      path: this.path,
      expires: this.expires,
    };
  }
}

export type MemoryCookieStoreIndex = Record<string, Record<string, Record<string, Cookie>>>;
export type SerializedCookie = CookieFields;

export class MemoryCookieStore {
  idx: MemoryCookieStoreIndex = {};
}

/** RFC 6265 §5.1.4: the default path is the request path up to its last "/". */
function defaultPath(pathname: string): string {
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}

const pathMatches = (requestPath: string, cookiePath: string) =>
  requestPath === cookiePath ||
  (requestPath.startsWith(cookiePath) &&
    (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));

const domainMatches = (host: string, domain: string) =>
  host === domain || host.endsWith(`.${domain}`);

/** Parses one Set-Cookie header value (msw passes them one at a time or comma-joined). */
function parseSetCookie(header: string, url: URL, now: number): Cookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const separator = pair.indexOf('=');
  if (separator <= 0) return null;
  const cookie = new Cookie({
    key: pair.slice(0, separator).trim(),
    value: pair.slice(separator + 1).trim(),
    domain: url.hostname,
    path: defaultPath(url.pathname),
  });
  for (const attribute of attributes) {
    const [rawName = '', ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'path' && value.startsWith('/')) cookie.path = value;
    if (name === 'domain' && value) {
      const domain = value.replace(/^\./, '').toLowerCase();
      // A response may not set a cookie for a host it does not belong to.
      if (!domainMatches(url.hostname, domain)) return null;
      cookie.domain = domain;
    }
    if (name === 'max-age' && /^-?\d+$/.test(value)) cookie.expires = now + Number(value) * 1000;
    if (name === 'expires' && cookie.expires === null) {
      const at = Date.parse(value);
      if (Number.isFinite(at)) cookie.expires = at;
    }
  }
  return cookie;
}

export class CookieJar {
  readonly store: MemoryCookieStore;

  constructor(store: MemoryCookieStore = new MemoryCookieStore()) {
    this.store = store;
  }

  getCookiesSync(url: string): Cookie[] {
    const target = new URL(url);
    const now = Date.now();
    const found: Cookie[] = [];
    for (const [domain, paths] of Object.entries(this.store.idx)) {
      if (!domainMatches(target.hostname, domain)) continue;
      for (const [path, cookies] of Object.entries(paths)) {
        if (!pathMatches(target.pathname, path)) continue;
        for (const cookie of Object.values(cookies)) if (!cookie.expired(now)) found.push(cookie);
      }
    }
    // RFC 6265 §5.4: longer paths first.
    return found.sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0));
  }

  async setCookie(header: string, url: string): Promise<Cookie | undefined> {
    const now = Date.now();
    let last: Cookie | undefined;
    // Several cookies may arrive comma-joined; a comma inside an Expires date is not a separator.
    for (const part of header.split(/,(?=\s*[^;,=\s]+=)/)) {
      const cookie = parseSetCookie(part, new URL(url), now);
      if (!cookie?.domain || !cookie.path) continue;
      const byPath = (this.store.idx[cookie.domain] ??= {});
      const byKey = (byPath[cookie.path] ??= {});
      if (cookie.expired(now)) delete byKey[cookie.key];
      else byKey[cookie.key] = cookie;
      last = cookie;
    }
    return last;
  }
}
