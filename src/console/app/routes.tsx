import type { ReactNode } from 'react';
import type { NavItem } from '../components/Layout';
import { OpenProjects } from '../screens/open-projects/OpenProjects';
import { SignIn } from '../screens/sign-in/SignIn';
import type { Session } from './session';

type Role = Session['account']['role'];

/**
 * The console's screens. A new screen is a folder under screens/ and one entry here (and, to be
 * in the menu, one in `nav`). `roles` limits a screen to signed-in accounts of those roles.
 */
export interface Route {
  path: string;
  roles?: readonly Role[];
  render(params: Record<string, string>): ReactNode;
}

const PLANNING: readonly Role[] = ['PLANNER', 'ADMIN'];

/** Where an account lands after sign-in. */
export function homeFor(role: string): string {
  return PLANNING.includes(role as Role) ? '/' : '/';
}

export const routes: readonly Route[] = [
  { path: '/', render: () => <OpenProjects /> },
  { path: '/sign-in', render: () => <SignIn homeFor={homeFor} /> },
];

const anyone = () => true;

export const nav: readonly NavItem[] = [{ to: '/', label: { ko: { label: '공모 중인 사업' }, en: { label: 'Open projects' } }, shown: anyone }];
