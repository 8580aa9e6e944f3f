export * from './hsds/schemas.js';
