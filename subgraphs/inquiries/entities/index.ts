export { InquiryChange, type InquiryChangeAction, type InquiryRecordKind } from './change';
export { Inquiry, type InquiryChannel } from './inquiry';
export { Requirement } from './requirement';
