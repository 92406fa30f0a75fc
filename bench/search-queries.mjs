/**
 * Twenty searches a clinician or facilitator would type on /zoeken/: themes,
 * processes and methods from the toolkit's domain (docs: /work/shared/DOMAIN.md),
 * a few as phrases, and five misspelt the way people do (letters swapped,
 * doubled or missing), which the page answers with "Bedoelde je …?".
 */
export const SEARCH_QUERIES = [
  'zelfstigma',
  'herstel',
  'ervaringsdeskundigheid',
  'psychose',
  'taal',
  'bejegening',
  'hoop',
  'empowerment',
  'openheid op het werk',
  'diagnostische overschaduwing',
  'behandelpessimisme',
  'wij-zij denken',
  'beschermd wonen',
  'HOP',
  'stigma in de ggz',
  // Misspelt:
  'zelfstimga',
  'ervarignsdeskundige',
  'pyschose',
  'bejegenning',
  'herstell',
]
