import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "Service S (or its sub-service) needs inquiry I". Service, sub-service and consumer agency
 * are ids of the catalogue's entities, stored with the link because they are facts of it:
 * this subgraph never reads the catalogue's tables.
 */
@Entity({ name: 'requirement' })
@Index('requirement_inquiry_idx', ['inquiryId', 'serviceId'])
export class Requirement {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'service_id', type: 'integer' })
  serviceId: number;

  @Column({ name: 'sub_service_id', type: 'integer', nullable: true })
  subServiceId: number | null;

  @Column({ name: 'inquiry_id', type: 'integer' })
  inquiryId: number;

  @Column({ name: 'consumer_agency_id', type: 'integer' })
  consumerAgencyId: number;
}
