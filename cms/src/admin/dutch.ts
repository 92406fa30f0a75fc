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
 * admin never fills ("dit document in {{locale}}"), lines left in English or
 * half English ("Open Menu"), "Nieuw(e) {{label}}" where one word fits every
 * collection, "Aankomende Evenementen" for scheduled publications, one line
 * that holds a stray translation prompt, two buttons with the same name, and
 * "u" where the toolkit addresses its editors as "je" (as the rest of the
 * admin and the site do). Keys as in @payloadcms/translations' nl.js; texts
 * Payload hard-codes in English are not keys and cannot be set here.
 */
export const dutchOverrides = {
  authentication: {
    // The first account's roles are not asked (collections/Users.ts): say what it becomes.
    beginCreateFirstUser: 'Maak om te beginnen het eerste account aan. Het eerste account wordt beheerder.',
    checkYourEmailForPasswordReset:
      'Als het e-mailadres bij een account hoort, krijg je zo een e-mail met een link om je wachtwoord opnieuw in te stellen. Kijk ook in je map met ongewenste e-mail als je niets ziet.',
    forgotPasswordUsernameInstructions:
      'Vul hieronder je gebruikersnaam in. De link om je wachtwoord opnieuw in te stellen gaat naar het e-mailadres van dat account.',
    generatingNewAPIKeyWillInvalidate: 'Een nieuwe API-sleutel maakt de vorige <1>ongeldig</1>. Wil je doorgaan?',
    newAccountCreated:
      'Er is een account voor je aangemaakt op <a href="{{serverURL}}">{{serverURL}}</a>. Open de volgende link, of plak hem in je browser, om je e-mailadres te bevestigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Daarna kun je inloggen.',
    youAreReceivingResetPassword:
      'Je krijgt deze e-mail omdat jij (of iemand anders) een nieuw wachtwoord voor je account heeft aangevraagd. Open de volgende link, of plak hem in je browser, om dat af te ronden:',
    forgotPasswordEmailInstructions: 'Vul hieronder je e-mailadres in. Je krijgt een e-mail met een link om je wachtwoord opnieuw in te stellen.',
    loggedIn: 'Om met een ander account in te loggen, moet je eerst <0>uitloggen</0>.',
    loggedInChangePassword: 'Je wijzigt je wachtwoord op je <0>account</0>.',
    loggedOutInactivity: 'Je bent uitgelogd omdat je een tijd niets hebt gedaan.',
    loggedOutSuccessfully: 'Je bent uitgelogd.',
    loginWithAnotherUser: 'Om met een ander account in te loggen, moet je eerst <0>uitloggen</0>.',
    resetYourPassword: 'Stel je wachtwoord opnieuw in',
    verifyYourEmail: 'Bevestig je e-mailadres',
    youAreInactive: 'Je bent al een tijdje niet actief en wordt voor je veiligheid zo automatisch uitgelogd. Wil je ingelogd blijven?',
    youDidNotRequestPassword: 'Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.',
  },
  dashboard: {
    discardMessage: 'Je hebt wijzigingen in de indeling van je dashboard die nog niet zijn opgeslagen. Wil je ze weggooien?',
    noItems: 'Er staan geen widgets op je dashboard. Je voegt ze toe via het menu "Dashboard" in de bovenste balk.',
  },
  error: {
    deletingTitle: 'Er ging iets mis bij het verwijderen van {{title}}. Controleer je verbinding en probeer het opnieuw.',
    documentNotFound: 'Het document met ID {{id}} is niet gevonden. Het is verwijderd, heeft nooit bestaan, of je hebt er geen toegang toe.',
    notAllowedToAccessPage: 'Je hebt geen toegang tot deze pagina.',
    notAllowedToPerformAction: 'Je mag dit niet doen.',
    restoringTitle: 'Er ging iets mis bij het herstellen van {{title}}. Controleer je verbinding en probeer het opnieuw.',
    // Both the API's answer to a request without a session and the heading of the page a logged-in editor may not open.
    unauthorized: 'Geen toegang: log in met een account dat dit mag.',
    unverifiedEmail: 'Bevestig je e-mailadres voordat je inlogt.',
  },
  folder: {
    moveItemsToFolderConfirmation: 'Je staat op het punt <1>{{count}} {{label}}</1> naar <2>{{toFolder}}</2> te verplaatsen. Weet je het zeker?',
    moveItemsToRootConfirmation: 'Je staat op het punt <1>{{count}} {{label}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
    moveItemToFolderConfirmation: 'Je staat op het punt <1>{{title}}</1> naar <2>{{toFolder}}</2> te verplaatsen. Weet je het zeker?',
    moveItemToRootConfirmation: 'Je staat op het punt <1>{{title}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
  },
  fields: {
    addLabel: '{{label}} toevoegen',
    addNew: 'Nieuw',
    addNewLabel: '{{label}} toevoegen',
    // "Blok togglen": Dutch for the button that opens or closes a block.
    toggleBlock: 'Blok open- of dichtklappen',
    newLabel: '{{label}} (nieuw)',
    selectExistingLabel: 'Kies een bestaande {{label}}',
    uploadNewLabel: 'Nieuw bestand uploaden ({{label}})',
  },
  general: {
    restoring: 'Herstellen…',
    // The account page's heading ("Payload Instellingen"): editors know no Payload.
    payloadSettings: 'Instellingen',
    // Payload calls both the preview link and the live-preview panel "Voorbeeld"; two buttons, one name.
    livePreview: 'Live voorbeeld naast het formulier',
    exitLivePreview: 'Live voorbeeld sluiten',
    // The menu button reads "{{open}} {{menu}}" ("Open Menu" in Payload's Dutch).
    menu: 'menu',
    createNewLabel: '{{label}} aanmaken',
    creatingNewLabel: '{{label}} aanmaken',
    newLabel: '{{label}} (nieuw)',
    // The schedule drawer's list of what is planned for this document.
    upcomingEvents: 'Geplande publicaties',
    noUpcomingEventsScheduled: 'Er zijn geen publicaties gepland.',
    aboutToDelete: 'Je staat op het punt {{label}} <1>{{title}}</1> te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDelete: 'Je staat op het punt {{label}} <1>{{title}}</1> definitief te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDeleteTrash: 'Je staat op het punt <0>{{count}}</0> <1>{{label}}</1> definitief uit de prullenbak te verwijderen. Weet je het zeker?',
    aboutToRestore: 'Je staat op het punt {{label}} <1>{{title}}</1> te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraft: 'Je staat op het punt {{label}} <1>{{title}}</1> als concept te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraftCount: 'Je staat op het punt {{count}} {{label}} als concept te herstellen',
    aboutToRestoreCount: 'Je staat op het punt {{count}} {{label}} te herstellen',
    aboutToTrash: 'Je staat op het punt {{label}} <1>{{title}}</1> naar de prullenbak te verplaatsen. Weet je het zeker?',
    aboutToTrashCount: 'Je staat op het punt {{count}} {{label}} naar de prullenbak te verplaatsen',
    copyWarning: 'Je staat op het punt {{to}} te overschrijven met {{from}} voor {{label}} {{title}}. Weet je het zeker?',
    moveConfirm: 'Je staat op het punt {{count}} {{label}} naar <1>{{destination}}</1> te verplaatsen. Weet je het zeker?',
    changesNotSaved: 'Je wijzigingen zijn niet opgeslagen. Als je weggaat, gaan ze verloren.',
    documentOutOfDate: 'Een collega heeft dit document net bijgewerkt. Wat je ziet is niet meer actueel.',
    noResultsDescription: 'Er zijn er geen, of geen die passen bij de filters die je hierboven hebt gekozen.',
    sorryNotFound: 'Sorry, hier is niets gevonden.',
    unsavedChanges: 'Je hebt wijzigingen die nog niet zijn opgeslagen. Sla ze op of gooi ze weg voordat je verdergaat.',
    unsavedChangesDuplicate: 'Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je toch dupliceren?',
  },
  upload: {
    // "Bulk Upload" in Payload's Dutch.
    bulkUpload: 'Meerdere bestanden uploaden',
  },
  version: {
    aboutToRestore: 'Je staat op het punt dit document ({{label}}) terug te zetten naar de versie van {{versionDate}}.',
    aboutToRestoreGlobal: 'Je staat op het punt {{label}} terug te zetten naar de versie van {{versionDate}}.',
    aboutToRevertToPublished: 'Je staat op het punt de wijzigingen in dit document terug te draaien naar de gepubliceerde versie. Weet je het zeker?',
    aboutToUnpublish: 'Je staat op het punt de publicatie van dit document ongedaan te maken. Weet je het zeker?',
    aboutToUnpublishIn: 'Je staat op het punt de publicatie van dit document ongedaan te maken. Weet je het zeker?',
    aboutToUnpublishSelection: 'Je staat op het punt de publicatie van alle geselecteerde {{label}} ongedaan te maken. Weet je het zeker?',
    unpublishIn: 'Publicatie ongedaan maken',
    confirmUnpublish: 'Publicatie ongedaan maken?',
    unpublishedSuccessfully: 'Publicatie ongedaan gemaakt.',
    publishIn: 'Publiceren',
    // The status of a version in the versions list ("Huidige Concept" in Payload's Dutch).
    currentDraft: 'Huidig concept',
  },
}
