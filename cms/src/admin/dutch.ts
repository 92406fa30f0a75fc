/**
 * The admin speaks Dutch as editors in the Netherlands write it: dates as
 * "4 december 2026, 23:33" (Payload's default is "december 4e 2026, 11:33 PM"
 * in Dutch), a 24-hour clock, and Amsterdam time for scheduled publications.
 * Spread into the config's `admin` (dateFormat, timezones) and `i18n`
 * (translations); the schedule picker's clock is set per collection
 * (`SCHEDULE_PUBLISH` in contentCollection).
 */
import type { Config } from 'payload'

/** date-fns pattern for every date Payload shows (lists, versions, "last saved"); the Dutch locale names the month. */
export const DATE_FORMAT = 'd MMMM yyyy, HH:mm'

/** 24-hour clock in the time list of the schedule picker. */
export const TIME_FORMAT = 'HH:mm'

export const TIMEZONE = 'Europe/Amsterdam'

export const adminTimezones: NonNullable<NonNullable<Config['admin']>['timezones']> = {
  // One choice: the toolkit's editors and readers are in the Netherlands.
  supportedTimezones: [{ label: 'Amsterdam (Nederlandse tijd)', value: TIMEZONE }],
  defaultTimezone: TIMEZONE,
}

/** `versions.drafts.schedulePublish` of the content collections: the picker's time list in 24 hours, per quarter hour. */
export const SCHEDULE_PUBLISH = { timeFormat: TIME_FORMAT, timeIntervals: 15 }

/**
 * Payload's Dutch texts where they fall short: a placeholder this single-language
 * admin never fills ("dit document in {{locale}}"), a line left in English,
 * one that holds a stray translation prompt instead of a word, and two
 * buttons with the same name.
 */
export const dutchOverrides = {
  version: {
    aboutToUnpublishIn: 'U staat op het punt de publicatie van dit document ongedaan te maken. Weet u het zeker?',
    aboutToUnpublishSelection: 'U staat op het punt de publicatie van alle geselecteerde {{label}} ongedaan te maken. Weet u het zeker?',
    unpublishIn: 'Publicatie ongedaan maken',
    confirmUnpublish: 'Publicatie ongedaan maken?',
    unpublishedSuccessfully: 'Publicatie ongedaan gemaakt.',
    publishIn: 'Publiceren',
    // The status of a version in the versions list ("Huidige Concept" in Payload's Dutch).
    currentDraft: 'Huidig concept',
  },
  general: {
    restoring: 'Herstellen…',
    // Payload calls both the preview link and the live-preview panel "Voorbeeld"; two buttons, one name.
    livePreview: 'Live voorbeeld naast het formulier',
    exitLivePreview: 'Live voorbeeld sluiten',
  },
}
