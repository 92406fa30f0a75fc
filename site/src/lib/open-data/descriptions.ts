/**
 * What each open-data CSV holds, in a sentence for the people who re-use it
 * (researchers, policy makers, intranet builders). The columns themselves
 * come from the schema (columns.ts); this only says what a row is.
 */
import { fieldLabelOf, type ContentCollectionSlug } from '@toolkit/schemas'

export const CSV_DESCRIPTIONS: Record<ContentCollectionSlug, string> = {
  themes: 'Eén rij per thema: naam, korte beschrijving en de zoektermen waaronder het thema ook gevonden wordt.',
  productions: 'Eén rij per impactproductie: titel, samenvatting, aantal filmfragmenten, duur van een bijeenkomst, waar ze in te zetten is, wat het pakket bevat, de leidraad per fase, tips voor de gespreksleider, de opzet van de presentatie en de website.',
  fragments: 'Eén rij per filmfragment: nummer in de productie, titel, duur in seconden, videolink, beschrijving, de vier soorten vragen, de opdracht, en de thema’s, soorten stigma, doelgroepen en settings.',
  activities: 'Eén rij per werkvorm: titel, samenvatting, leerdomeinen, leerdoelen, materialen, duur in minuten (van–tot), de stappen met opmerkingen en tekstsuggesties, en de kernboodschappen.',
  interventions: 'Eén rij per interventie: naam en afkorting, doel, doelgroepen, soorten stigma, vorm, duur, aanbieder, herkomst, jaar, erkenningsniveau, bekendheid onder hulpverleners en links.',
  evidence: 'Eén rij per onderdeel van de onderbouwing: tabellen uit de monitor (vraag, populatie, aantal respondenten en de antwoordrijen met n en percentage) en bevindingen met hun bron.',
  cases: 'Eén rij per casus: de situatie, de reacties van hulpverleners, elk met de trede op de stigmaladder en de mogelijke reactie van de persoon, en waar de casus te vinden is.',
  guidance: 'Eén rij per lijst met handvatten: inleiding, de punten, citaten en de bron.',
}

/** The column no field definition describes: when the document last changed. */
const COMMON_COLUMNS: Record<string, string> = {
  updatedAt: 'Laatst gewijzigd (ISO 8601)',
}

/**
 * What a CSV column holds, in Dutch: the field's label as editors see it
 * (`fieldLabelOf`; slug and source from the fields every collection shares).
 */
export function columnLabel(collection: ContentCollectionSlug, column: string): string {
  return COMMON_COLUMNS[column] ?? fieldLabelOf(collection, column)
}
