// The public face of the pathway (docs/ARCHITECTURE.md).
export { pathwayRoutes } from './routes.js';
export { changePhase, recordExit, signContract } from './service.js';
export { activeObjectiveIds, latestContractObjectives, objectivesByIds } from './objectives.js';
