// The Drizzle schema, one file per group of tables under tables/ (drizzle-kit reads that folder).
export * from './tables/core.js';
export * from './tables/activities.js';
export * from './tables/experiences.js';
export * from './tables/attendance.js';
export * from './tables/participant-space.js';
export * from './tables/catalogue.js';
export * from './tables/transfers.js';
export * from './tables/read-versions.js';
