import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One of the 23 priority projects. Agencies, services and sub-services are the catalogue's ids. */
@Entity({ name: 'project' })
@Index('project_lead_agency_idx', ['leadAgencyId'])
export class Project {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'smallint', unique: true })
  number: number;

  @Column({ name: 'name_fa', type: 'text', nullable: true })
  nameFa: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ name: 'deadline_jalali', type: 'text' })
  deadlineJalali: string;

  @Column({ name: 'lead_agency_id', type: 'integer' })
  leadAgencyId: number;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
