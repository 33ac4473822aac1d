import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ProjectRole = 'LEAD' | 'PARTICIPANT';

@Entity({ name: 'project_agency' })
@Index('project_agency_agency_idx', ['agencyId', 'projectId'])
export class ProjectAgency {
  @PrimaryColumn({ name: 'project_id', type: 'integer' })
  projectId: number;

  @PrimaryColumn({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'text' })
  role: ProjectRole;
}
