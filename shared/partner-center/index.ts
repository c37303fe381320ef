// Everything Partner Desk knows about Partner Center's resources, in one import.
export * from './resource';
export * from './error';
export * from './address';
export * from './domain';
export * from './countries';
export * from './country-rules';
export * from './customer';
export * from './subscription';
export * from './partner-relationship';
export * from './organization-profile';
export * from './audit-record';
export * from './referral';
export * from './graph-mail';
