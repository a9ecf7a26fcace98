import { describe, expect, it } from 'vitest';
import { Cookie, CookieJar, MemoryCookieStore } from '../../mocks/cookie-jar';

const names = (cookies: Cookie[]) => cookies.map((cookie) => cookie.toString());

describe('the mock API cookie jar (stands in for tough-cookie in the page)', () => {
  it('sends a cookie back to the host and path that set it, and not elsewhere', async () => {
    const jar = new CookieJar(new MemoryCookieStore());
    await jar.setCookie('session=abc; Path=/api', 'http://localhost:4173/api/v1/meta');
    expect(names(jar.getCookiesSync('http://localhost:4173/api/v1/units'))).toEqual([
      'session=abc',
    ]);
    expect(jar.getCookiesSync('http://localhost:4173/apix')).toEqual([]);
    expect(jar.getCookiesSync('http://localhost:4173/')).toEqual([]);
    expect(jar.getCookiesSync('http://example.org/api/v1/units')).toEqual([]);
  });

  it('defaults the path to the directory of the request and lists longer paths first', async () => {
    const jar = new CookieJar();
    await jar.setCookie('a=1', 'http://host/api/v1/meta');
    await jar.setCookie('b=2; Path=/', 'http://host/api/v1/meta');
    expect(names(jar.getCookiesSync('http://host/api/v1/units'))).toEqual(['a=1', 'b=2']);
    expect(names(jar.getCookiesSync('http://host/other'))).toEqual(['b=2']);
  });

  it('refuses a Domain the response does not belong to and honours a parent domain', async () => {
    const jar = new CookieJar();
    expect(await jar.setCookie('x=1; Domain=evil.test', 'http://app.intranet.test/')).toBe(
      undefined,
    );
    await jar.setCookie('y=2; Domain=intranet.test; Path=/', 'http://app.intranet.test/');
    expect(names(jar.getCookiesSync('http://other.intranet.test/'))).toEqual(['y=2']);
  });

  it('removes a cookie by Max-Age=0 or a past Expires, and replaces one by name', async () => {
    const jar = new CookieJar();
    await jar.setCookie('a=1; Path=/', 'http://host/');
    await jar.setCookie('a=2; Path=/', 'http://host/');
    expect(names(jar.getCookiesSync('http://host/'))).toEqual(['a=2']);
    await jar.setCookie('a=; Path=/; Max-Age=0', 'http://host/');
    expect(jar.getCookiesSync('http://host/')).toEqual([]);
    await jar.setCookie('b=1; Path=/; Expires=Wed, 21 Oct 2015 07:28:00 GMT', 'http://host/');
    expect(jar.getCookiesSync('http://host/')).toEqual([]);
  });

  it('reads several comma-joined cookies, not splitting inside an Expires date', async () => {
    const jar = new CookieJar();
    await jar.setCookie(
      'a=1; Path=/; Expires=Fri, 01 Jan 2100 00:00:00 GMT, b=2; Path=/',
      'http://host/',
    );
    expect(names(jar.getCookiesSync('http://host/')).sort()).toEqual(['a=1', 'b=2']);
  });

  it('survives a round trip through JSON, as msw persists it in localStorage', async () => {
    const jar = new CookieJar();
    const cookie = await jar.setCookie('a=1; Path=/api', 'http://host/api/x');
    const restored = Cookie.fromJSON(JSON.parse(JSON.stringify(cookie)));
    expect(restored?.toJSON()).toEqual(cookie?.toJSON());
    expect(Cookie.fromJSON({ value: 'no key' })).toBe(null);
    expect(Cookie.fromJSON(null)).toBe(null);
  });
});
