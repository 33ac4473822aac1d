import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'progress_report' })
@Index('progress_report_project_idx', ['projectId', 'reportedAt', 'id'])
export class ProgressReport {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @Column({ type: 'double precision' })
  progress: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;
}
