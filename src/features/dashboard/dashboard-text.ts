import { adminText as l, type AdminText } from '../../i18n/admin/admin-text'

/** The dashboard's own words, in every admin language (en, sv, nb, da, fi, is). */
export const dashboardText = {
  reviewQueue: l('Review queue', 'Granskningskö', 'Vurderingskø', 'Vurderingskø', 'Käsittelyjono', 'Yfirferðarröð'),
  reviewIntro: l(
    'Submissions waiting, the longest waiting first.',
    'Inskickade bidrag som väntar, det som väntat längst först.',
    'Innsendinger som venter, den som har ventet lengst først.',
    'Indsendelser, der venter, den der har ventet længst først.',
    'Odottavat ehdotukset, pisimpään odottanut ensin.',
    'Innsendingar sem bíða, sú sem hefur beðið lengst fyrst.',
  ),
  nothingWaiting: l('Nothing is waiting for review.', 'Inget väntar på granskning.', 'Ingenting venter på vurdering.', 'Intet venter på vurdering.', 'Mikään ei odota käsittelyä.', 'Ekkert bíður yfirferðar.'),
  title: l('Title', 'Titel', 'Tittel', 'Titel', 'Otsikko', 'Titill'),
  kind: l('Type', 'Typ', 'Type', 'Type', 'Tyyppi', 'Tegund'),
  state: l('Status', 'Status', 'Status', 'Status', 'Tila', 'Staða'),
  language: l('Language', 'Språk', 'Språk', 'Sprog', 'Kieli', 'Tungumál'),
  waiting: l('Days waiting', 'Dagar i kö', 'Dager i kø', 'Dage i kø', 'Odotuspäiviä', 'Dagar í bið'),
  translationQueue: l('Translation queue', 'Översättningskö', 'Oversettelseskø', 'Oversættelseskø', 'Käännösjono', 'Þýðingarröð'),
  missingIn: l('Published documents without a text in:', 'Publicerade dokument utan text på:', 'Publiserte dokumenter uten tekst på:', 'Offentliggjorte dokumenter uden tekst på:', 'Julkaistut asiakirjat, joilla ei ole tekstiä kielellä:', 'Birt skjöl án texta á:'),
  existsIn: l('Exists in', 'Finns på', 'Finnes på', 'Findes på', 'Saatavilla kielillä', 'Til á'),
  nothingMissing: l('Every published document has a text in this language.', 'Alla publicerade dokument har en text på detta språk.', 'Alle publiserte dokumenter har en tekst på dette språket.', 'Alle offentliggjorte dokumenter har en tekst på dette sprog.', 'Kaikilla julkaistuilla asiakirjoilla on teksti tällä kielellä.', 'Öll birt skjöl hafa texta á þessu tungumáli.'),
  documents: l('Documents', 'Dokument', 'Dokumenter', 'Dokumenter', 'Asiakirjat', 'Skjöl'),
  documentsIntro: l(
    'How many documents you can see in each collection.',
    'Hur många dokument du kan se i varje samling.',
    'Hvor mange dokumenter du kan se i hver samling.',
    'Hvor mange dokumenter du kan se i hver samling.',
    'Montako asiakirjaa näet kussakin kokoelmassa.',
    'Hversu mörg skjöl þú sérð í hverju safni.',
  ),
} satisfies Record<string, AdminText>
