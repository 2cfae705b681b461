import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why expressInterest or withdrawInterest failed. */
export const ProjectInterestErrorCode = featureErrorCodes('ProjectInterestErrorCode', 'Why expressing or withdrawing interest in a project failed.', {
  ORGANIZATION_NOT_APPROVED: 'Only an APPROVED member organisation can put itself forward for a project.',
  PROJECT_NOT_OPEN: 'Interest is expressed in OPEN projects only.',
  SLOT_NOT_IN_PROJECT: "A slot id is not one of the project's requirement slots.",
  NOT_INTERESTED: 'Your organisation has expressed no interest in this project.',
});
export type ProjectInterestErrorCode = EnumValue<typeof ProjectInterestErrorCode>;

export const ProjectInterestError = userErrorType(
  'ProjectInterestError',
  ProjectInterestErrorCode,
  'An expected failure of expressInterest or withdrawInterest.',
);
