import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VersionedRecord } from '../../common/entities/versioned-record';

@Entity({ name: 'sub_service' })
@Index('sub_service_service_idx', ['serviceId', 'id'])
export class SubService extends VersionedRecord {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'service_id', type: 'integer' })
  serviceId: number;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'boolean' })
  generated: boolean;
}
