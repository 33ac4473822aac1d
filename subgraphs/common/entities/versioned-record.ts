import { Column } from 'typeorm';

/** The columns every record a write may change carries: its version (the `expectedVersion` check) and its two timestamps. */
export abstract class VersionedRecord {
  /** Bumps on every change to the record. */
  @Column({ type: 'integer' })
  version: number;

  /** Dates from the database, ISO strings from a stored idempotent result. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date | string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date | string;
}
