export * from './errors.js';
export * from './bake/index.js';
export * from './ob2/index.js';
