import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'REPORT_PROGRESS' | 'OPEN_TICKET' | 'RESOLVE_TICKET';

/** One write to a project: who, when, what, and the values before and after. */
@Entity({ name: 'audit_log' })
@Index('audit_log_project_idx', ['projectId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'agency_id', type: 'integer', nullable: true })
  agencyId: number | null;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text' })
  action: AuditAction;

  /** The report or ticket written. */
  @Column({ name: 'target_id', type: 'integer' })
  targetId: number;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb' })
  after: unknown;

  /** The id of the request that made the write, as in the gateway's and the subgraphs' logs. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** The client's address, as the gateway saw it. */
  @Column({ name: 'client_address', type: 'inet', nullable: true })
  clientAddress: string | null;
}
