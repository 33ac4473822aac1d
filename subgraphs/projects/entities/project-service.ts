import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A service owned by a project; a service has at most one owner. */
@Entity({ name: 'project_service' })
@Index('project_service_project_idx', ['projectId', 'serviceId'])
export class ProjectService {
  @PrimaryColumn({ name: 'service_id', type: 'integer' })
  serviceId: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;
}
