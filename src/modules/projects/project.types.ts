import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Project } from './project.entity';

@ObjectType({ description: 'A page of projects (Relay connection).' })
export class ProjectConnection extends ConnectionType(Project, 'Project') {}
