export { Inquiry, type InquiryChannel } from './inquiry';
export { Requirement } from './requirement';
