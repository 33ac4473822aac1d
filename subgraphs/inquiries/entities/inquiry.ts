import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VersionedRecord } from '../../common/entities/versioned-record';

export type InquiryChannel = 'NIX' | 'DIRECT' | 'PAPER';

/** A kind of inquiry, answered by one provider agency (an id of the catalogue's Agency). */
@Entity({ name: 'inquiry' })
@Index('inquiry_provider_idx', ['providerAgencyId', 'id'])
@Index('inquiry_channel_idx', ['channel', 'id'])
export class Inquiry extends VersionedRecord {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_key', type: 'text', unique: true, select: false })
  nameKey: string;

  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Column({ name: 'provider_agency_id', type: 'integer' })
  providerAgencyId: number;

  @Column({ type: 'text' })
  channel: InquiryChannel;

  /** The provider's own service through which it answers (an id of the catalogue's Service), or null. */
  @Column({ name: 'answered_by_service_id', type: 'integer', nullable: true })
  answeredByServiceId: number | null;

  @Column({ type: 'boolean' })
  generated: boolean;
}
