// Every entity the ORM knows, listed once (no folder discovery: it breaks under esbuild).
import { Organization } from './modules/organization/organization.entity.js';
import { Membership } from './modules/volunteer/membership.entity.js';
import { Volunteer } from './modules/volunteer/volunteer.entity.js';
import { Project } from './modules/project/project.entity.js';
import { Shift } from './modules/project/shift.entity.js';

export const entities = [Organization, Volunteer, Membership, Project, Shift];
