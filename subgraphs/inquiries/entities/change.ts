import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type InquiryRecordKind = 'INQUIRY' | 'REQUIREMENT';
export type InquiryChangeAction = 'SET_CHANNEL' | 'RENAME' | 'ADD_REQUIREMENT' | 'RETIRE_REQUIREMENT';

/** One change to an inquiry or to a service's need for it: who, when, what, before and after (also the writes' audit log). */
@Entity({ name: 'change' })
@Index('change_feed_idx', ['txid', 'id'])
export class InquiryChange {
  /** bigint: a string from the driver. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The writing transaction's id: the feed's order (see common/change-feed.ts). */
  @Column({ type: 'bigint' })
  txid: string;

  @Column({ type: 'timestamptz' })
  at: Date | string;

  @Column({ name: 'record_kind', type: 'text' })
  recordKind: InquiryRecordKind;

  @Column({ type: 'text' })
  action: InquiryChangeAction;

  @Column({ name: 'inquiry_id', type: 'integer' })
  inquiryId: number;

  /** The service whose need changed (REQUIREMENT), else null. */
  @Column({ name: 'service_id', type: 'integer', nullable: true })
  serviceId: number | null;

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
