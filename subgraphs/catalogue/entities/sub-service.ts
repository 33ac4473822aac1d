import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sub_service' })
@Index('sub_service_service_idx', ['serviceId', 'id'])
export class SubService {
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

  /** Bumps on every change to the record. */
  @Column({ type: 'integer' })
  version: number;

  /** Dates from the database, ISO strings from a stored idempotent result. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date | string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date | string;
}
