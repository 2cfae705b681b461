/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query OpenProjects {\n  pilotCities {\n    id\n    slug\n    nameKo\n    nameEn\n  }\n  projects(\n    first: 100\n    filter: {statuses: [OPEN]}\n    orderBy: {field: CREATED_AT, direction: DESC}\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        titleKo\n        titleEn\n        summaryKo\n        summaryEn\n        status\n        city {\n          slug\n        }\n        slots {\n          id\n          domain {\n            slug\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}": typeof types.OpenProjectsDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    retryAfterSeconds\n    account {\n      id\n      email\n      role\n      organization {\n        id\n        nameKo\n        nameEn\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    userErrors {\n      code\n    }\n  }\n}": typeof types.SignInDocument,
};
const documents: Documents = {
    "query OpenProjects {\n  pilotCities {\n    id\n    slug\n    nameKo\n    nameEn\n  }\n  projects(\n    first: 100\n    filter: {statuses: [OPEN]}\n    orderBy: {field: CREATED_AT, direction: DESC}\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        titleKo\n        titleEn\n        summaryKo\n        summaryEn\n        status\n        city {\n          slug\n        }\n        slots {\n          id\n          domain {\n            slug\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}": types.OpenProjectsDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    retryAfterSeconds\n    account {\n      id\n      email\n      role\n      organization {\n        id\n        nameKo\n        nameEn\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    userErrors {\n      code\n    }\n  }\n}": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenProjects {\n  pilotCities {\n    id\n    slug\n    nameKo\n    nameEn\n  }\n  projects(\n    first: 100\n    filter: {statuses: [OPEN]}\n    orderBy: {field: CREATED_AT, direction: DESC}\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        titleKo\n        titleEn\n        summaryKo\n        summaryEn\n        status\n        city {\n          slug\n        }\n        slots {\n          id\n          domain {\n            slug\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OpenProjects {\n  pilotCities {\n    id\n    slug\n    nameKo\n    nameEn\n  }\n  projects(\n    first: 100\n    filter: {statuses: [OPEN]}\n    orderBy: {field: CREATED_AT, direction: DESC}\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        titleKo\n        titleEn\n        summaryKo\n        summaryEn\n        status\n        city {\n          slug\n        }\n        slots {\n          id\n          domain {\n            slug\n            nameKo\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    retryAfterSeconds\n    account {\n      id\n      email\n      role\n      organization {\n        id\n        nameKo\n        nameEn\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    userErrors {\n      code\n    }\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    retryAfterSeconds\n    account {\n      id\n      email\n      role\n      organization {\n        id\n        nameKo\n        nameEn\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    userErrors {\n      code\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;