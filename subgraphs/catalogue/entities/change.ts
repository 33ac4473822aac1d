import { Column, Entity, Index } from 'typeorm';
import { ChangeRecord } from '../../common/entities/change-record';

export type CatalogueRecordKind = 'AGENCY' | 'SERVICE' | 'SUB_SERVICE';
export type CatalogueChangeAction = 'RENAME';

/** One change to an agency, a service or a sub-service: who, when, what, before and after (also the writes' audit log). */
@Entity({ name: 'change' })
@Index('change_feed_idx', ['txid', 'id'])
export class CatalogueChange extends ChangeRecord<CatalogueRecordKind, CatalogueChangeAction> {
  @Column({ name: 'record_id', type: 'integer' })
  recordId: number;
}
