import { idempotencyKeys } from '../common/writes/idempotency';

/** The projects' idempotency keys (projects.idempotency_key), as every subgraph's writes keep them (common/writes/idempotency.ts). */
export const { claimKey, storeResult } = idempotencyKeys('projects');
