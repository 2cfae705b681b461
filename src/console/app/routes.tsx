import type { ReactNode } from 'react';
import type { NavItem } from '../components/Layout';
import { Assemble } from '../screens/assemble/Assemble';
import { ConsortiumScreen } from '../screens/consortium/ConsortiumScreen';
import { MyInvitations } from '../screens/my-invitations/MyInvitations';
import { MyOrganization } from '../screens/my-organization/MyOrganization';
import { Notifications } from '../screens/notifications/Notifications';
import { OpenProjects } from '../screens/open-projects/OpenProjects';
import { PartnerMatches } from '../screens/partner-matches/PartnerMatches';
import { PartnershipRequests } from '../screens/partnership-requests/PartnershipRequests';
import { ProjectMatches } from '../screens/project-matches/ProjectMatches';
import { NewProject } from '../screens/project/NewProject';
import { ProjectScreen } from '../screens/project/ProjectScreen';
import { Projects } from '../screens/projects/Projects';
import { SignIn } from '../screens/sign-in/SignIn';
import type { Session } from './session';

type Role = Session['account']['role'];

/**
 * The console's screens. A new screen is a folder under screens/ and one entry here (and, to be
 * in the menu, one in `nav`). `roles` limits a screen to signed-in accounts of those roles. The
 * first matching path wins: fixed paths before parameters.
 */
export interface Route {
  path: string;
  roles?: readonly Role[];
  render(params: Record<string, string>): ReactNode;
}

const PLANNING: readonly Role[] = ['PLANNER', 'ADMIN'];
const SIGNED_IN: readonly Role[] = ['MEMBER', 'PLANNER', 'ADMIN'];
/** The member screens: a member company's account, for its own organisation. */
const MEMBER: readonly Role[] = ['MEMBER'];

/** Where an account lands after sign-in. */
export function homeFor(role: string): string {
  if (role === 'MEMBER') return '/my/projects';
  return PLANNING.includes(role as Role) ? '/projects' : '/';
}

export const routes: readonly Route[] = [
  { path: '/', render: () => <OpenProjects /> },
  { path: '/sign-in', render: () => <SignIn homeFor={homeFor} /> },
  { path: '/projects', roles: PLANNING, render: () => <Projects /> },
  { path: '/projects/new', roles: PLANNING, render: () => <NewProject /> },
  { path: '/projects/:id', roles: PLANNING, render: ({ id }) => <ProjectScreen key={id} id={id!} /> },
  { path: '/projects/:id/assemble', roles: PLANNING, render: ({ id }) => <Assemble key={id} projectId={id!} /> },
  { path: '/consortia/:id', roles: SIGNED_IN, render: ({ id }) => <ConsortiumScreen key={id} id={id!} /> },
  { path: '/my/organization', roles: MEMBER, render: () => <MyOrganization /> },
  { path: '/my/projects', roles: MEMBER, render: () => <ProjectMatches /> },
  { path: '/my/partners', roles: MEMBER, render: () => <PartnerMatches /> },
  { path: '/my/requests', roles: MEMBER, render: () => <PartnershipRequests /> },
  { path: '/my/invitations', roles: MEMBER, render: () => <MyInvitations /> },
  { path: '/my/notifications', roles: MEMBER, render: () => <Notifications /> },
];

const anyone = () => true;
const planning = (role: string | null) => PLANNING.includes(role as Role);
const member = (role: string | null) => role === 'MEMBER';

export const nav: readonly NavItem[] = [
  { to: '/', label: { ko: { label: '공모 중인 사업' }, en: { label: 'Open projects' } }, shown: anyone },
  { to: '/projects', label: { ko: { label: '사업 관리' }, en: { label: 'Projects' } }, shown: planning },
  { to: '/my/organization', label: { ko: { label: '우리 기관' }, en: { label: 'Our organisation' } }, shown: member },
  { to: '/my/projects', label: { ko: { label: '맞는 사업' }, en: { label: 'Matching projects' } }, shown: member },
  { to: '/my/partners', label: { ko: { label: '파트너 찾기' }, en: { label: 'Find partners' } }, shown: member },
  { to: '/my/requests', label: { ko: { label: '파트너십 요청' }, en: { label: 'Partnership requests' } }, shown: member },
  { to: '/my/invitations', label: { ko: { label: '컨소시엄 초대' }, en: { label: 'Invitations' } }, shown: member },
  { to: '/my/notifications', label: { ko: { label: '알림' }, en: { label: 'Notifications' } }, shown: member },
];
