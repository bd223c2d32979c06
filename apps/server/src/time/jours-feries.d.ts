// The French public holidays of a year (SocialGouv's library, untyped): the holiday's French name ->
// a Date at local midnight of the process' time zone. `alsace` adds the two Alsace-Moselle days.
declare module '@socialgouv/jours-feries' {
  function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export = getJoursFeries;
}
