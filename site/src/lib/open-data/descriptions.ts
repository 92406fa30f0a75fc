/**
 * What each open-data CSV holds, in a sentence for the people who re-use it
 * (researchers, policy makers, intranet builders). The columns themselves
 * come from the schema (columns.ts); this only says what a row is.
 */
import type { ContentCollectionSlug } from '@toolkit/schemas'

export const CSV_DESCRIPTIONS: Record<ContentCollectionSlug, string> = {
  themes: 'Eén rij per thema: naam, korte beschrijving en de zoektermen waaronder het thema ook gevonden wordt.',
  productions: 'Eén rij per impactproductie: titel, maker, beschrijving, de fasen van het draaiboek en de tips voor gespreksleiders.',
  fragments: 'Eén rij per filmfragment: nummer in de productie, titel, duur in seconden, videolink, beschrijving, de vier soorten vragen, de opdracht, en de thema’s, soorten stigma, doelgroepen en settings.',
  activities: 'Eén rij per werkvorm: titel, samenvatting, leerdomeinen, leerdoelen, materialen, duur in minuten (van–tot), de stappen met opmerkingen en tekstsuggesties, en de kernboodschappen.',
  interventions: 'Eén rij per interventie: naam en afkorting, doel, doelgroepen, soorten stigma, vorm, duur, aanbieder, herkomst, niveau van onderbouwing, bekendheid onder hulpverleners en links.',
  evidence: 'Eén rij per onderdeel van de onderbouwing: tabellen uit de monitor (vraag, populatie, aantal respondenten en de antwoordrijen met n en percentage) en bevindingen met hun bron.',
  cases: 'Eén rij per casus: de situatie en de reacties van hulpverleners, elk met de trede op de stigmaladder en de mogelijke reactie van de persoon.',
  guidance: 'Eén rij per lijst met handvatten: inleiding, de punten en de bron.',
}
