// The public face of organisations (docs/ARCHITECTURE.md).
export { organisationRoutes } from './routes.js';
export {
  organisationFacts,
  organisationFactsIn,
  organisationsOfKind,
  type OrganisationFacts,
} from './facts.js';
