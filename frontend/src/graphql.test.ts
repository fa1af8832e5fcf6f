import { describe, expect, it, vi } from 'vitest';
import { RequestError, request } from './graphql';
import { HomeDocument } from './pages/Home/home.graphql';

function stub(response: () => Promise<Response>) {
  const fetch = vi.fn(response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RequestError) return err;
    throw err;
  }
  throw new Error('expected a RequestError');
}

describe('request', () => {
  it('posts the document and returns its data', async () => {
    const fetch = stub(() => json({ data: { me: null } }));
    await expect(request(HomeDocument)).resolves.toEqual({ me: null });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({ query: HomeDocument.toString(), variables: {} });
  });

  it("rejects with the first error's extensions.code", async () => {
    stub(() => json({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }));
    const err = await failure(request(HomeDocument));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toBe('Sign in first');
  });

  it('names a failure without a code by its HTTP status', async () => {
    stub(() => Promise.resolve(new Response('Too Many Requests', { status: 429 })));
    expect((await failure(request(HomeDocument))).code).toBe('RATE_LIMITED');
    stub(() => Promise.resolve(new Response('oops', { status: 502 })));
    expect((await failure(request(HomeDocument))).code).toBe('INTERNAL');
  });

  it('names an unreachable server NETWORK', async () => {
    stub(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(request(HomeDocument))).code).toBe('NETWORK');
  });
});
