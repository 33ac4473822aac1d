import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VersionedRecord } from '../../common/entities/versioned-record';

export type StepMode = 'ELECTRONIC' | 'PHYSICAL';

@Entity({ name: 'service' })
@Index('service_agency_idx', ['agencyId', 'id'])
@Index('service_is_license_idx', ['isLicense', 'id'])
export class Service extends VersionedRecord {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Column({ name: 'is_license', type: 'boolean' })
  isLicense: boolean;

  @Column({ type: 'text' })
  receipt: StepMode;

  @Column({ type: 'text' })
  processing: StepMode;

  @Column({ type: 'text' })
  delivery: StepMode;

  @Column({ type: 'boolean' })
  generated: boolean;
}
