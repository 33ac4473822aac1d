import { badInput, conflict, notFound } from '../common/errors';
import { checkExpectedVersion, checkName, checkTargetId } from '../common/writes/validation';
import {
  deleteNeeds,
  insertNeed,
  ledgerOfChannelChange,
  ledgerOfLinkChange,
  lockInquiry,
  needsOf,
  serviceAgency,
  updateChannel,
  updateName,
} from './changes';
import type { Inquiry, InquiryChannel } from './entities';
import { maintainAfterChannelChange, maintainAfterLinkChange } from './derived-queries';
import { REACH_VIEWS } from './refresh';
import type { EntityManager } from 'typeorm';
import type { MutationResolvers } from './resolver-types';
import { runInquiryWrite } from './writes';

const CHANNELS: readonly InquiryChannel[] = ['NIX', 'DIRECT', 'PAPER'];

async function lockedInquiry(tx: EntityManager, id: number): Promise<Inquiry> {
  const inquiry = await lockInquiry(tx, id);
  if (!inquiry) throw notFound(`There is no inquiry with id "${id}"`);
  return inquiry;
}

/** The inquiry's version is `expected` (or `expected` is null), else CONFLICT; its row is locked, so it cannot move meanwhile. */
function checkVersion(inquiry: Inquiry, expected: number | null): void {
  if (expected === null || inquiry.version === expected) return;
  throw conflict(`Inquiry ${inquiry.id} is at version ${inquiry.version}, not ${expected}: someone changed it since; reload it and try again`, {
    currentVersion: inquiry.version,
    expectedVersion: expected,
  });
}

/** The service's need for an inquiry: owned by the agency delivering the service, locked through the inquiry's row. */
function needWrite(serviceIdArg: string, inquiryIdArg: string) {
  const serviceId = checkTargetId(serviceIdArg, 'service');
  const inquiryId = checkTargetId(inquiryIdArg, 'inquiry');
  let inquiry: Inquiry;
  let consumer: number;
  return {
    serviceId,
    inquiryId,
    owner: async (tx: EntityManager) => {
      inquiry = await lockedInquiry(tx, inquiryId);
      const agencyId = await serviceAgency(tx, serviceId);
      if (agencyId === null) throw notFound(`The inquiries subgraph knows no service with id "${serviceId}" (it knows a service by the inquiries it needs)`);
      consumer = agencyId;
      return { agencyId, record: `Service ${serviceId}` };
    },
    inquiry: () => inquiry,
    consumer: () => consumer,
    /** The keys of the derived tables the need moves. */
    link: () => ({ serviceId, consumerAgencyId: consumer, providerAgencyId: inquiry.providerAgencyId }),
  };
}

export const mutations: MutationResolvers = {
  setInquiryChannel: (_, args, context) =>
    runInquiryWrite(context, 'Changing an inquiry’s channel', () => {
      const id = checkTargetId(args.id, 'inquiry');
      if (!CHANNELS.includes(args.channel)) throw badInput(`\`channel\` must be one of ${CHANNELS.join(', ')}`, 'channel');
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      let before: Inquiry;
      return {
        request: ['setInquiryChannel', { id, channel: args.channel, expectedVersion }],
        views: [],
        owner: async (tx) => {
          before = await lockedInquiry(tx, id);
          return { agencyId: before.providerAgencyId, record: `Inquiry ${id}` };
        },
        apply: async (tx, record) => {
          checkVersion(before, expectedVersion);
          if (before.channel === args.channel) throw badInput(`Inquiry ${id} already travels by ${args.channel}`, 'channel');
          const after = await updateChannel(tx, id, args.channel);
          const change = await record({
            recordKind: 'INQUIRY',
            action: 'SET_CHANNEL',
            inquiryId: id,
            serviceId: null,
            before: { channel: before.channel, version: before.version },
            after: { channel: after.channel, version: after.version },
          });
          await ledgerOfChannelChange(tx, change.id);
          await maintainAfterChannelChange(tx, id, before.channel, after.channel);
          return after;
        },
      };
    }),

  renameInquiry: (_, args, context) =>
    runInquiryWrite(context, 'Renaming an inquiry', () => {
      const id = checkTargetId(args.id, 'inquiry');
      const name = checkName(args.nameFa, args.nameEn);
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      let before: Inquiry;
      return {
        request: ['renameInquiry', { id, ...name, expectedVersion }],
        views: [],
        owner: async (tx) => {
          before = await lockedInquiry(tx, id);
          return { agencyId: before.providerAgencyId, record: `Inquiry ${id}` };
        },
        apply: async (tx, record) => {
          checkVersion(before, expectedVersion);
          const after = await updateName(tx, id, name.nameFa, name.nameEn, before.code);
          if (!after) throw conflict(`Another inquiry is already named "${name.nameFa}" (spelling variants count as the same name)`, { argument: 'nameFa' });
          await record({
            recordKind: 'INQUIRY',
            action: 'RENAME',
            inquiryId: id,
            serviceId: null,
            before: { nameFa: before.nameFa, nameEn: before.nameEn, version: before.version },
            after: { nameFa: after.nameFa, nameEn: after.nameEn, version: after.version },
          });
          return after;
        },
      };
    }),

  addServiceInquiry: (_, args, context) =>
    runInquiryWrite(context, 'Adding a service’s need for an inquiry', () => {
      const need = needWrite(args.serviceId, args.inquiryId);
      return {
        request: ['addServiceInquiry', { serviceId: need.serviceId, inquiryId: need.inquiryId }],
        views: REACH_VIEWS,
        owner: need.owner,
        apply: async (tx, record) => {
          if ((await needsOf(tx, need.serviceId, need.inquiryId)).length > 0) {
            throw conflict(`Service ${need.serviceId} already needs inquiry ${need.inquiryId}`);
          }
          await insertNeed(tx, need.serviceId, need.inquiryId, need.consumer());
          const change = await record({
            recordKind: 'REQUIREMENT',
            action: 'ADD_REQUIREMENT',
            inquiryId: need.inquiryId,
            serviceId: need.serviceId,
            before: null,
            after: { needed: true, subServiceIds: [] },
          });
          await ledgerOfLinkChange(tx, change, need.inquiry(), need.consumer(), 1);
          await maintainAfterLinkChange(tx, need.link());
          return change;
        },
      };
    }),

  retireServiceInquiry: (_, args, context) =>
    runInquiryWrite(context, 'Retiring a service’s need for an inquiry', () => {
      const need = needWrite(args.serviceId, args.inquiryId);
      return {
        request: ['retireServiceInquiry', { serviceId: need.serviceId, inquiryId: need.inquiryId }],
        views: REACH_VIEWS,
        owner: need.owner,
        apply: async (tx, record) => {
          const levels = await needsOf(tx, need.serviceId, need.inquiryId);
          if (levels.length === 0) throw conflict(`Service ${need.serviceId} does not need inquiry ${need.inquiryId}`);
          await deleteNeeds(tx, need.serviceId, need.inquiryId);
          const change = await record({
            recordKind: 'REQUIREMENT',
            action: 'RETIRE_REQUIREMENT',
            inquiryId: need.inquiryId,
            serviceId: need.serviceId,
            before: { needed: true, subServiceIds: levels.filter((level) => level !== null) },
            after: { needed: false },
          });
          await ledgerOfLinkChange(tx, change, need.inquiry(), need.consumer(), -1);
          await maintainAfterLinkChange(tx, need.link());
          return change;
        },
      };
    }),
};
