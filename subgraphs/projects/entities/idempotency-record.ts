import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A caller's Idempotency-Key and the first result of the write it carried (kept 24 hours). */
@Entity({ name: 'idempotency_key' })
@Index('idempotency_key_created_idx', ['createdAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'text' })
  subject: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** The mutation and its arguments: the same key with another request is refused. */
  @Column({ type: 'text' })
  request: string;

  @Column({ type: 'jsonb', nullable: true })
  result: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
