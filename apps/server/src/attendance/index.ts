// The public face of attendance (docs/ARCHITECTURE.md).
export { attendanceRoutes } from './routes.js';
