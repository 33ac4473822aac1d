import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CatalogueRecordKind = 'AGENCY' | 'SERVICE' | 'SUB_SERVICE';
export type CatalogueChangeAction = 'RENAME';

/** One change to an agency, a service or a sub-service: who, when, what, before and after (also the writes' audit log). */
@Entity({ name: 'change' })
@Index('change_feed_idx', ['txid', 'id'])
export class CatalogueChange {
  /** bigint: a string from the driver. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The writing transaction's id: the feed's order. */
  @Column({ type: 'bigint' })
  txid: string;

  @Column({ type: 'timestamptz' })
  at: Date | string;

  @Column({ name: 'record_kind', type: 'text' })
  recordKind: CatalogueRecordKind;

  @Column({ name: 'record_id', type: 'integer' })
  recordId: number;

  @Column({ type: 'text' })
  action: CatalogueChangeAction;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'agency_id', type: 'integer', nullable: true })
  agencyId: number | null;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb' })
  after: unknown;

  @Column({ name: 'request_id', type: 'text', nullable: true, select: false })
  requestId: string | null;

  @Column({ name: 'client_address', type: 'inet', nullable: true, select: false })
  clientAddress: string | null;

  @Column({ type: 'boolean' })
  generated: boolean;
}
