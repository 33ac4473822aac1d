import { conflict, notFound } from '../common/errors';
import { recordWriter } from '../common/writes/run';
import { checkExpectedVersion, checkName, checkTargetId } from '../common/writes/validation';
import { insertChange, lockRecord, RECORDS, updateName } from './changes';
import type { CatalogueContext } from './context';
import type { Agency, CatalogueRecordKind, Service, SubService } from './entities';
import type { MutationResolvers } from './resolver-types';

const write = recordWriter({ schema: 'catalogue', insertChange });

interface RenameArgs {
  id: string;
  nameFa: string;
  nameEn?: string | null;
  expectedVersion?: number | null;
}

/** Corrects a record's name: an editor of the agency owning it, or an admin; versioned, recorded, idempotent. */
function rename<Row extends Agency | Service | SubService>(kind: CatalogueRecordKind, operation: string) {
  const { what } = RECORDS[kind];
  return (args: RenameArgs, context: CatalogueContext): Promise<Row> =>
    write(context, `Renaming a ${what}`, () => {
      const id = checkTargetId(args.id, what);
      const name = checkName(args.nameFa, args.nameEn);
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      let before: Row;
      return {
        request: [operation, { id, ...name, expectedVersion }],
        owner: async (tx) => {
          const locked = await lockRecord(tx, kind, id);
          if (!locked) throw notFound(`There is no ${what} with id "${id}"`);
          before = locked.row as Row;
          return { agencyId: locked.ownerId, record: `The ${what} ${id}` };
        },
        apply: async (tx, record) => {
          if (expectedVersion !== null && before.version !== expectedVersion) {
            throw conflict(`The ${what} ${id} is at version ${before.version}, not ${expectedVersion}: someone changed it since; reload it and try again`, {
              currentVersion: before.version,
              expectedVersion,
            });
          }
          const after = (await updateName(tx, kind, id, name.nameFa, name.nameEn, before.code)) as Row | null;
          if (!after) throw conflict(`Another ${what} is already named "${name.nameFa}" (spelling variants count as the same name)`, { argument: 'nameFa' });
          await record({
            recordKind: kind,
            recordId: id,
            action: 'RENAME',
            before: { nameFa: before.nameFa, nameEn: before.nameEn, version: before.version },
            after: { nameFa: after.nameFa, nameEn: after.nameEn, version: after.version },
          });
          return after;
        },
      };
    });
}

const renameAgency = rename<Agency>('AGENCY', 'renameAgency');
const renameService = rename<Service>('SERVICE', 'renameService');
const renameSubService = rename<SubService>('SUB_SERVICE', 'renameSubService');

export const mutations: MutationResolvers = {
  renameAgency: (_, args, context) => renameAgency(args, context),
  renameService: (_, args, context) => renameService(args, context),
  renameSubService: (_, args, context) => renameSubService(args, context),
};
