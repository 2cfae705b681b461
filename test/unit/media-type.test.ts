import { responseMediaType } from '../../src/http/media-type';

describe('responseMediaType (the JSON media type of a response, as Apollo picks it)', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/graphql-response+json;q=0.5, application/json', 'application/json'],
    ['application/*;q=0.2, application/graphql-response+json', 'application/graphql-response+json'],
    ['text/html, */*;q=0.1', 'application/json'],
    ['application/json;q=0, application/graphql-response+json;q=0.1', 'application/graphql-response+json'],
  ])('Accept: %p → %s', (accept, expected) => {
    expect(responseMediaType(accept)).toBe(expected);
  });

  it.each(['text/html', 'application/xml', 'application/json;q=0', '*/*;q=0'])('Accept: %p → neither', (accept) => {
    expect(responseMediaType(accept)).toBeNull();
  });
});
