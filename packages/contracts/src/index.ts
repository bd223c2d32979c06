export * from './codes.js';
export * from './common.js';
export * from './rules.js';
export * from './errors.js';
// The domain list: every domain's schemas, routes, error codes and timeline kinds.
export * from './api.js';
