import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import { graphqlPostHandler } from '../../src/http/graphql-post';

/** The direct POST path when even its error answer fails: the connection is dropped, the process goes on. */
it('drops the connection rather than leave an unhandled rejection when answering an error fails too', async () => {
  const unhandled = jest.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const req = Object.assign(new PassThrough(), {
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'content-length': '2' },
    }) as unknown as IncomingMessage;
    let destroyed!: () => void;
    const gone = new Promise<void>((resolve) => {
      destroyed = resolve;
    });
    const res = { headersSent: false, setHeaders: jest.fn(), setHeader: jest.fn(), end: jest.fn(), destroy: jest.fn(() => destroyed()) };
    const handle = graphqlPostHandler({
      apollo: { executeHTTPGraphQLRequest: () => Promise.reject(new Error('apollo failed')) } as unknown as ApolloServer,
      context: async () => ({}),
      maxBodyBytes: 100,
      headers: new Map(),
      inFlight: (run) => run(),
      unexpected: () => {
        throw new Error('answering failed too');
      },
    });
    expect(handle(req, res as unknown as ServerResponse)).toBe(true);
    (req as unknown as PassThrough).end('{}');
    await gone;
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).not.toHaveBeenCalled();
    expect(res.end).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
});
