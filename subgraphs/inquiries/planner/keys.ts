import type { DigitisationPlanArgs } from '../../common/digitisation-key';
import type { PlanScope } from './scoped-plan';

/** A DigitisationPlan as its resolvers receive it: its arguments and, once the gateway brings them, the projects' services. */
export interface PlanKey {
  key: string;
  args: DigitisationPlanArgs;
  scope: PlanScope | null;
}

/** A DigitisationWhatIf: its inquiries, and the key under which the request loaded the paper model. */
export interface WhatIfKey {
  inquiryIds: number[];
  modelKey: string;
}
