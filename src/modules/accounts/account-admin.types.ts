import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import type { CodedUserError } from '../../graphql/user-error';
import type { Account } from './account.entity';
import { AccountError } from './account.errors';
import { AccountType } from './account.types';

@ObjectType({ description: 'The result of updateAccount.' })
export class UpdateAccountPayload {
  @Field(() => AccountType, { nullable: true, description: 'The account as it is now; null when the mutation failed.' })
  account: Account | null;

  @Field(() => [AccountError], { description: 'Why the mutation failed (switch on `code`); empty on success.' })
  userErrors: CodedUserError[];
}

@ObjectType({ description: 'A page of accounts, newest first (Relay connection).' })
export class AccountConnection extends ConnectionType(AccountType, 'Account') {}
