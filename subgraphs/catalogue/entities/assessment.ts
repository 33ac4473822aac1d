import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'assessment' })
export class Assessment {
  @PrimaryColumn({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @PrimaryColumn({ type: 'smallint' })
  round: number;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'double precision' })
  overall: number;

  @Column({ name: 'web_presence', type: 'double precision', nullable: true })
  webPresence: number | null;

  @Column({ type: 'double precision', nullable: true })
  interaction: number | null;

  @Column({ type: 'double precision', nullable: true })
  transaction: number | null;

  @Column({ type: 'double precision', nullable: true })
  integration: number | null;

  @Column({ type: 'double precision', nullable: true })
  participation: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', select: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', select: false })
  updatedAt: Date;
}
