import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a subgraph's history table: who changed which kind of record, when, how, before and
 * after (also the writes' audit log). Each subgraph's entity adds the columns naming its records.
 */
export abstract class ChangeRecord<Kind extends string, Action extends string> {
  /** bigint: a string from the driver. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The writing transaction's id: the feed's order (see common/change-feed.ts). */
  @Column({ type: 'bigint' })
  txid: string;

  @Column({ type: 'timestamptz' })
  at: Date | string;

  @Column({ name: 'record_kind', type: 'text' })
  recordKind: Kind;

  @Column({ type: 'text' })
  action: Action;

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
