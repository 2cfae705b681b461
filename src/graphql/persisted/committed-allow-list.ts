import { AllowList } from './allow-list';
// Compiled in, so a build carries exactly the allow-list that was reviewed with it.
import manifest from '../../../schema/persisted-operations.json';

/** The allow-list committed in schema/persisted-operations.json (`npm run persisted:build`). */
export function committedAllowList(): AllowList {
  return AllowList.fromManifest(manifest);
}
