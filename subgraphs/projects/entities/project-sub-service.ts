import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A sub-service owned by a project; a sub-service has at most one owner. */
@Entity({ name: 'project_sub_service' })
@Index('project_sub_service_project_idx', ['projectId', 'subServiceId'])
export class ProjectSubService {
  @PrimaryColumn({ name: 'sub_service_id', type: 'integer' })
  subServiceId: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;
}
