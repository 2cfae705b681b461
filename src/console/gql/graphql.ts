/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an account mutation failed. */
export type AccountErrorCode =
  /** The account is on an organisation's team, so it stays a MEMBER: remove it from the team first to make it PLANNER or ADMIN. */
  | 'ALREADY_IN_ORGANIZATION'
  /** The input is malformed or out of range: a validation rule, an unknown slug, a malformed id. `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale `version`: read it again and retry), or this `clientMutationId` was already used for another change. */
  | 'CONFLICT'
  /** An account with this email already exists; sign in instead. */
  | 'EMAIL_TAKEN'
  /** Sign-in failed: the email or the password is wrong (deliberately not saying which). */
  | 'INVALID_CREDENTIALS'
  /** The change would leave no enabled ADMIN: the last one can be neither demoted nor disabled. Nothing was written. */
  | 'LAST_ADMIN'
  /** Something the input names does not exist, or is not visible to you. */
  | 'NOT_FOUND'
  /** The slug of the organisation you register with your account is taken; choose another. */
  | 'SLUG_TAKEN'
  /** Too many failed sign-ins for this email or from this address; wait `retryAfterSeconds` and try again. */
  | 'TOO_MANY_ATTEMPTS';

/** What a signed-in account may do. */
export type AccountRole =
  /** Steering committee: decides memberships and keeps the taxonomy. */
  | 'ADMIN'
  /** Works for a member organisation: edits that organisation's profile, sends and answers partnership requests, answers consortium invitations. */
  | 'MEMBER'
  /** Secretariat or project owner: publishes projects and assembles consortia. */
  | 'PLANNER';

/** Where a pilot-city project stands. */
export type ProjectStatus =
  /** Awarded to a consortium. */
  | 'AWARDED'
  /** Finished or withdrawn. */
  | 'CLOSED'
  /** Being written by its planner; not public. */
  | 'DRAFT'
  /** A consortium is being formed. */
  | 'FORMING'
  /** Published; members may be matched and invited. */
  | 'OPEN';

/** Credentials to exchange for an access token. */
export type SignInInput = {
  /** Sign-in address; case does not matter. */
  email: string;
  /** The password. */
  password: string;
};

export type OpenProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenProjectsQuery = { pilotCities: Array<{ id: string, slug: string, nameKo: string, nameEn: string }>, projects: { totalCount: number, edges: Array<{ node: { id: string, titleKo: string, titleEn: string, summaryKo: string, summaryEn: string, status: ProjectStatus, city: { slug: string }, slots: Array<{ id: string, domain: { slug: string, nameKo: string, nameEn: string } }> } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string | null, expiresAt: string | null, retryAfterSeconds: number | null, account: { id: string, email: string, role: AccountRole, organization: { id: string, nameKo: string, nameEn: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: AccountErrorCode }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { userErrors: Array<{ code: AccountErrorCode }> } };


export const OpenProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryKo"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenProjectsQuery, OpenProjectsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;