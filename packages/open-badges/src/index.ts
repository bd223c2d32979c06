export * from './errors.js';
export * from './bake/index.js';
