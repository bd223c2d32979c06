// The public face of transfers (docs/ARCHITECTURE.md): moving a file from one organisation to another.
export { transferRoutes } from './routes.js';
export { decideTransfer, proposeTransfer } from './service.js';
