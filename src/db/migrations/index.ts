import { AccountsAndWorkflows1795599400916 } from './1795599400916-AccountsAndWorkflows';
import { AccountsForOperation1795740000000 } from './1795740000000-AccountsForOperation';
import { AccountTokenGeneration1795730000000 } from './1795730000000-AccountTokenGeneration';
import { DataVersion1795700000000 } from './1795700000000-DataVersion';
import { Init1795591135850 } from './1795591135850-Init';
import { MatchingDataVersion1795593600000 } from './1795593600000-MatchingDataVersion';
import { OrganizationNameOrder1795600404142 } from './1795600404142-OrganizationNameOrder';
import { Projects1795592347229 } from './1795592347229-Projects';
import { TaxonomyVersion1795710000000 } from './1795710000000-TaxonomyVersion';
import { ClientMutation1795720000000 } from './1795720000000-ClientMutation';
import { MatchingRules1795750000000 } from './1795750000000-MatchingRules';
import { EventLog1795760000000 } from './1795760000000-EventLog';
import { RequestExpiry1795770000000 } from './1795770000000-RequestExpiry';
import { NotificationMail1795780000000 } from './1795780000000-NotificationMail';
import { EventReadState1795775000000 } from './1795775000000-EventReadState';
import { OrganizationSearchText1795790000000 } from './1795790000000-OrganizationSearchText';
import { OrganizationSearchBigrams1795800000000 } from './1795800000000-OrganizationSearchBigrams';
import { MatchingVersionColumns1795810000000 } from './1795810000000-MatchingVersionColumns';

// Migrations in the order they apply; listed explicitly so they load the same under tsc, ts-jest and the CLI.
export const migrations = [Init1795591135850, Projects1795592347229, MatchingDataVersion1795593600000, AccountsAndWorkflows1795599400916, OrganizationNameOrder1795600404142, DataVersion1795700000000, TaxonomyVersion1795710000000, ClientMutation1795720000000, AccountTokenGeneration1795730000000, AccountsForOperation1795740000000, MatchingRules1795750000000, EventLog1795760000000, RequestExpiry1795770000000, EventReadState1795775000000, NotificationMail1795780000000, OrganizationSearchText1795790000000, OrganizationSearchBigrams1795800000000, MatchingVersionColumns1795810000000];
