import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type TicketStatus = 'OPEN' | 'RESOLVED';

@Entity({ name: 'ticket' })
@Index('ticket_project_idx', ['projectId', 'openedAt', 'id'])
export class Ticket {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'text' })
  status: TicketStatus;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy: string;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy: string | null;
}
