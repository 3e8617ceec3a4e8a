import { adminText as l } from '../../../i18n/admin/admin-text'
import type { ImportProblemReason } from './import-format'

/** The import form above the subscribers list, in every admin language (en, sv, nb, da, fi, is). */
export const importText = {
  heading: l('Import from the earlier mailer', 'Importera från det tidigare utskicksverktyget', 'Importer fra det tidligere utsendelsesverktøyet', 'Importér fra det tidligere udsendelsesværktøj', 'Tuo aiemmasta postitustyökalusta', 'Flytja inn úr fyrra póstforriti'),
  hint: l(
    'A CSV file with the columns email, language and subscribed_at, and optionally themes, status, confirmed_at, unsubscribed_at, consent_source and consent_text (see the README). Addresses already here are left as they are.',
    'En CSV-fil med kolumnerna email, language och subscribed_at, och valfritt themes, status, confirmed_at, unsubscribed_at, consent_source och consent_text (se README). Adresser som redan finns lämnas orörda.',
    'En CSV-fil med kolonnene email, language og subscribed_at, og eventuelt themes, status, confirmed_at, unsubscribed_at, consent_source og consent_text (se README). Adresser som allerede finnes, blir stående urørt.',
    'En CSV-fil med kolonnerne email, language og subscribed_at, og eventuelt themes, status, confirmed_at, unsubscribed_at, consent_source og consent_text (se README). Adresser, der allerede findes, forbliver uændrede.',
    'CSV-tiedosto, jossa on sarakkeet email, language ja subscribed_at sekä valinnaisesti themes, status, confirmed_at, unsubscribed_at, consent_source ja consent_text (katso README). Jo olemassa olevia osoitteita ei muuteta.',
    'CSV-skrá með dálkunum email, language og subscribed_at, og að vild themes, status, confirmed_at, unsubscribed_at, consent_source og consent_text (sjá README). Netföngum sem eru þegar skráð er ekki breytt.',
  ),
  file: l('CSV file', 'CSV-fil', 'CSV-fil', 'CSV-fil', 'CSV-tiedosto', 'CSV-skrá'),
  submit: l('Import', 'Importera', 'Importer', 'Importér', 'Tuo', 'Flytja inn'),
  working: l('Importing…', 'Importerar …', 'Importerer …', 'Importerer …', 'Tuodaan…', 'Flyt inn …'),
  imported: l('Imported: {n}', 'Importerade: {n}', 'Importert: {n}', 'Importeret: {n}', 'Tuotu: {n}', 'Innflutt: {n}'),
  skipped: l('Not imported: {n}', 'Inte importerade: {n}', 'Ikke importert: {n}', 'Ikke importeret: {n}', 'Ei tuotu: {n}', 'Ekki flutt inn: {n}'),
  line: l('Line', 'Rad', 'Linje', 'Linje', 'Rivi', 'Lína'),
  email: l('Address', 'Adress', 'Adresse', 'Adresse', 'Osoite', 'Netfang'),
  reason: l('Reason', 'Orsak', 'Årsak', 'Årsag', 'Syy', 'Ástæða'),
  failed: l('The import failed. Try again.', 'Importen misslyckades. Försök igen.', 'Importen mislyktes. Prøv igjen.', 'Importen mislykkedes. Prøv igen.', 'Tuonti epäonnistui. Yritä uudelleen.', 'Innflutningurinn mistókst. Reyndu aftur.'),
  reasons: {
    missingColumns: l('The file lacks a required column (email, language, subscribed_at).', 'Filen saknar en obligatorisk kolumn (email, language, subscribed_at).', 'Filen mangler en obligatorisk kolonne (email, language, subscribed_at).', 'Filen mangler en påkrævet kolonne (email, language, subscribed_at).', 'Tiedostosta puuttuu pakollinen sarake (email, language, subscribed_at).', 'Í skrána vantar nauðsynlegan dálk (email, language, subscribed_at).'),
    invalidEmail: l('Not a valid e-mail address', 'Ingen giltig e-postadress', 'Ikke en gyldig e-postadresse', 'Ikke en gyldig e-mailadresse', 'Virheellinen sähköpostiosoite', 'Ekki gilt netfang'),
    unknownLanguage: l('Unknown language (sv, nb, da, fi, is or en)', 'Okänt språk (sv, nb, da, fi, is eller en)', 'Ukjent språk (sv, nb, da, fi, is eller en)', 'Ukendt sprog (sv, nb, da, fi, is eller en)', 'Tuntematon kieli (sv, nb, da, fi, is tai en)', 'Óþekkt tungumál (sv, nb, da, fi, is eða en)'),
    unknownTheme: l('Unknown theme', 'Okänt tema', 'Ukjent tema', 'Ukendt tema', 'Tuntematon teema', 'Óþekkt þema'),
    badStatus: l('Status must be subscribed or unsubscribed', 'Status måste vara subscribed eller unsubscribed', 'Status må være subscribed eller unsubscribed', 'Status skal være subscribed eller unsubscribed', 'Tilan on oltava subscribed tai unsubscribed', 'Staða verður að vera subscribed eða unsubscribed'),
    badDate: l('Missing or invalid date', 'Datum saknas eller är ogiltigt', 'Dato mangler eller er ugyldig', 'Dato mangler eller er ugyldig', 'Päivämäärä puuttuu tai on virheellinen', 'Dagsetningu vantar eða hún er ógild'),
    datesOutOfOrder: l('The dates are in the wrong order', 'Datumen är i fel ordning', 'Datoene er i feil rekkefølge', 'Datoerne er i forkert rækkefølge', 'Päivämäärät ovat väärässä järjestyksessä', 'Dagsetningarnar eru í rangri röð'),
    duplicateInFile: l('The address is already on an earlier line', 'Adressen finns redan på en tidigare rad', 'Adressen står allerede på en tidligere linje', 'Adressen står allerede på en tidligere linje', 'Osoite on jo aiemmalla rivillä', 'Netfangið er þegar á fyrri línu'),
    alreadySubscribed: l('Already a subscriber (left unchanged)', 'Redan prenumerant (lämnas orörd)', 'Allerede abonnent (står urørt)', 'Allerede abonnent (forbliver uændret)', 'Jo tilaaja (ei muutettu)', 'Þegar áskrifandi (óbreytt)'),
    notSaved: l('Could not be saved', 'Kunde inte sparas', 'Kunne ikke lagres', 'Kunne ikke gemmes', 'Ei voitu tallentaa', 'Ekki tókst að vista'),
  } satisfies Record<ImportProblemReason, ReturnType<typeof l>>,
}
