import { Column, Entity, Index } from 'typeorm';
import { ChangeRecord } from '../../common/entities/change-record';

export type InquiryRecordKind = 'INQUIRY' | 'REQUIREMENT';
export type InquiryChangeAction = 'SET_CHANNEL' | 'RENAME' | 'ADD_REQUIREMENT' | 'RETIRE_REQUIREMENT';

/** One change to an inquiry or to a service's need for it: who, when, what, before and after (also the writes' audit log). */
@Entity({ name: 'change' })
@Index('change_feed_idx', ['txid', 'id'])
export class InquiryChange extends ChangeRecord<InquiryRecordKind, InquiryChangeAction> {
  @Column({ name: 'inquiry_id', type: 'integer' })
  inquiryId: number;

  /** The service whose need changed (REQUIREMENT), else null. */
  @Column({ name: 'service_id', type: 'integer', nullable: true })
  serviceId: number | null;
}
