// Over WebSocket, errors are said in the language of the upgrade request's Accept-Language, as
// over HTTP: those of execution and the refusals before it (without HTTP's status extension).
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { clientWithHeaders } from '../support/live-events';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_QUERY_DEPTH: '4', RESPONSE_CACHE_MB: '0' });
});
afterAll(async () => {
  await app.close();
});

/** The errors of `query` run once over a socket opened with this Accept-Language. */
async function overWebSocket(acceptLanguage: string, query: string): Promise<any[]> {
  const client = clientWithHeaders(app.graphql, { 'accept-language': acceptLanguage });
  try {
    return await new Promise<any[]>((resolve) => {
      client.subscribe(
        { query },
        {
          next: (result) => resolve((result.errors ?? []) as any[]),
          error: (errors) => resolve(errors as any[]),
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const NO_SUCH_ORGANIZATION = '{ organization(id: "nope") { slug } }';
const TOO_DEEP = '{ organizations { edges { node { capabilities { domain { slug } } } } } }';

describe('WebSocket errors in the request language', () => {
  it('says an execution error in Korean, word for word as over HTTP', async () => {
    const [viaSocket] = await overWebSocket('ko-KR,ko;q=0.9', NO_SUCH_ORGANIZATION);
    const viaHttp = (await postGraphQL(app.graphql, { query: NO_SUCH_ORGANIZATION }, { 'accept-language': 'ko' })).body.errors[0];
    expect(viaSocket.message).toBe(viaHttp.message);
    expect(viaSocket.extensions.code).toBe(viaHttp.extensions.code);
    expect(viaSocket.message).not.toBe((await overWebSocket('en', NO_SUCH_ORGANIZATION))[0].message);
  });

  it('says a refusal before execution in Korean, without the HTTP status', async () => {
    const [korean] = await overWebSocket('ko', TOO_DEEP);
    expect(korean.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: expect.any(Number), limit: 4 });
    expect(korean.message).toMatch(/^요청이 필드 \d+단계 깊이입니다\. 한도는 4단계입니다\.$/);
    const [english] = await overWebSocket('en', TOO_DEEP);
    expect(english.message).toMatch(/^The operation is \d+ fields deep; the limit is 4\.$/);
  });
});
