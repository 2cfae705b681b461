import type { ReactNode } from 'react';
import type { NavItem } from '../components/Layout';
import { Assemble } from '../screens/assemble/Assemble';
import { ConsortiumScreen } from '../screens/consortium/ConsortiumScreen';
import { OpenProjects } from '../screens/open-projects/OpenProjects';
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

/** Where an account lands after sign-in. */
export function homeFor(role: string): string {
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
];

const anyone = () => true;
const planning = (role: string | null) => PLANNING.includes(role as Role);

export const nav: readonly NavItem[] = [
  { to: '/', label: { ko: { label: '공모 중인 사업' }, en: { label: 'Open projects' } }, shown: anyone },
  { to: '/projects', label: { ko: { label: '사업 관리' }, en: { label: 'Projects' } }, shown: planning },
];
