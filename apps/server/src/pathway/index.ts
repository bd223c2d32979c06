// The public face of the pathway (docs/ARCHITECTURE.md).
export { pathwayRoutes } from './routes.js';
export { changePhase, recordExit, signContract } from './service.js';
export { activeObjectiveIds, objectivesByIds } from './objectives.js';
