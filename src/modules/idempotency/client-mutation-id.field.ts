import { IsOptional, Matches } from 'class-validator';
import { Field } from 'type-graphql';
import { CLIENT_MUTATION_TTL_HOURS } from './client-mutation.store';

/** 1–100 visible ASCII characters: a UUID, or any token the client makes unique. */
const KEY = /^[\x21-\x7e]{1,100}$/;

/**
 * The optional idempotency key of a create mutation's input. One declaration for every create
 * input, so they all say and check the same.
 */
export function ClientMutationIdField(): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: true,
      description:
        `Idempotency key (1–100 visible ASCII characters, e.g. a UUID), unique per account for ${CLIENT_MUTATION_TTL_HOURS} h. ` +
        'A retry with the same key answers the first result and writes nothing more; the same key with another mutation or ' +
        'another input answers CONFLICT. Send one whenever you may retry, e.g. after SERVICE_UNAVAILABLE.',
    })(target, property);
    IsOptional()(target, property);
    Matches(KEY, { message: 'clientMutationId must be 1–100 visible ASCII characters (no spaces), e.g. a UUID' })(target, property as string);
  };
}
