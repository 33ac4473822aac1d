import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VersionedRecord } from '../../common/entities/versioned-record';

export type WindowConnection = 'CONNECTED' | 'CONNECTING' | 'NOT_CONNECTED';

@Entity({ name: 'agency' })
@Index('agency_window_connection_idx', ['windowConnection', 'id'])
@Index('agency_inside_government_idx', ['insideGovernment', 'id'])
export class Agency extends VersionedRecord {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  /** searchKey(nameFa): one key for every spelling of the name. */
  @Column({ name: 'name_key', type: 'text', unique: true, select: false })
  nameKey: string;

  /** searchKey of the Persian and English names and the code, for search. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Column({ name: 'inside_government', type: 'boolean' })
  insideGovernment: boolean;

  @Column({ name: 'window_connection', type: 'text' })
  windowConnection: WindowConnection;

  /** False for the agencies exempt from connecting to the national window, or not yet obliged. */
  @Column({ name: 'obliged_to_connect', type: 'boolean' })
  obligedToConnect: boolean;

  @Column({ type: 'boolean' })
  generated: boolean;
}
