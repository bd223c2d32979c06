import { EXIT_CATEGORIES, type ExitCounts, type IndicatorFigures } from '@territoires/contracts';

const noExits = (): ExitCounts =>
  Object.fromEntries(EXIT_CATEGORIES.map((c) => [c, 0])) as ExitCounts;

export const emptyFigures = (): IndicatorFigures => ({
  entries: 0,
  reentries: 0,
  discovery: { created: 0, signedBy: 0 },
  funnel: { discovery: 0, exit: 0 },
  exits: noExits(),
  dynamicExits: 0,
  civicExits: 0,
  compliance: { exitsAfterContract: 0, withinFifteenMonths: 0, activePastFifteenMonths: 0 },
  durations: { contactToContractDays: null, contactToContractPeople: 0, contractToExitDays: null },
});
