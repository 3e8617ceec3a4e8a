import { adminText as l, type AdminText } from './admin-text'

type Labels = { singular: AdminText; plural: AdminText }

/** Names of the project's collections in the admin, in every admin language. */
export const collectionLabels: Record<string, Labels> = {
  practices: {
    singular: l('Practice', 'Exempel', 'Eksempel', 'Eksempel', 'Käytäntö', 'Dæmi'),
    plural: l('Idea bank: practices', 'Idébank: exempel', 'Idébank: eksempler', 'Idébank: eksempler', 'Ideapankki: käytännöt', 'Hugmyndabanki: dæmi'),
  },
  replications: {
    singular: l('Replication report', 'Rapport om efterföljare', 'Rapport om etterfølgere', 'Rapport om efterfølgere', 'Raportti toteutuksesta muualla', 'Skýrsla um eftirfylgd'),
    plural: l('Replication reports', 'Rapporter om efterföljare', 'Rapporter om etterfølgere', 'Rapporter om efterfølgere', 'Raportit toteutuksista muualla', 'Skýrslur um eftirfylgd'),
  },
  organisations: {
    singular: l('Organisation', 'Organisation', 'Organisasjon', 'Organisation', 'Organisaatio', 'Stofnun'),
    plural: l('Organisations', 'Organisationer', 'Organisasjoner', 'Organisationer', 'Organisaatiot', 'Stofnanir'),
  },
  news: {
    singular: l('News item', 'Nyhet', 'Nyhet', 'Nyhed', 'Uutinen', 'Frétt'),
    plural: l('News', 'Nyheter', 'Nyheter', 'Nyheder', 'Uutiset', 'Fréttir'),
  },
  pages: {
    singular: l('Page', 'Sida', 'Side', 'Side', 'Sivu', 'Síða'),
    plural: l('Pages', 'Sidor', 'Sider', 'Sider', 'Sivut', 'Síður'),
  },
  themes: {
    singular: l('Theme', 'Tema', 'Tema', 'Tema', 'Teema', 'Þema'),
    plural: l('Themes', 'Teman', 'Temaer', 'Temaer', 'Teemat', 'Þemu'),
  },
  media: {
    singular: l('Image', 'Bild', 'Bilde', 'Billede', 'Kuva', 'Mynd'),
    plural: l('Media library', 'Mediebibliotek', 'Mediebibliotek', 'Mediebibliotek', 'Mediakirjasto', 'Myndasafn'),
  },
  attachments: {
    singular: l('Attachment', 'Bilaga', 'Vedlegg', 'Bilag', 'Liite', 'Viðhengi'),
    plural: l('Attachments', 'Bilagor', 'Vedlegg', 'Bilag', 'Liitteet', 'Viðhengi'),
  },
  users: {
    singular: l('User', 'Användare', 'Bruker', 'Bruger', 'Käyttäjä', 'Notandi'),
    plural: l('Users', 'Användare', 'Brukere', 'Brugere', 'Käyttäjät', 'Notendur'),
  },
  events: {
    singular: l('Event', 'Evenemang', 'Arrangement', 'Arrangement', 'Tapahtuma', 'Viðburður'),
    plural: l('Events', 'Evenemang', 'Arrangementer', 'Arrangementer', 'Tapahtumat', 'Viðburðir'),
  },
  registrations: {
    singular: l('Registration', 'Anmälan', 'Påmelding', 'Tilmelding', 'Ilmoittautuminen', 'Skráning'),
    plural: l('Registrations', 'Anmälningar', 'Påmeldinger', 'Tilmeldinger', 'Ilmoittautumiset', 'Skráningar'),
  },
  'event-messages': {
    singular: l('Message to participants', 'Meddelande till deltagare', 'Melding til deltakere', 'Besked til deltagere', 'Viesti osallistujille', 'Skilaboð til þátttakenda'),
    plural: l('Messages to participants', 'Meddelanden till deltagare', 'Meldinger til deltakere', 'Beskeder til deltagere', 'Viestit osallistujille', 'Skilaboð til þátttakenda'),
  },
  'event-figures': {
    singular: l('Event figures', 'Evenemangssiffror', 'Arrangementstall', 'Arrangementstal', 'Tapahtuman luvut', 'Tölur viðburðar'),
    plural: l('Event figures (anonymous)', 'Evenemangssiffror (anonyma)', 'Arrangementstall (anonyme)', 'Arrangementstal (anonyme)', 'Tapahtumien luvut (nimettömät)', 'Tölur viðburða (nafnlausar)'),
  },
  subscribers: {
    singular: l('Subscriber', 'Prenumerant', 'Abonnent', 'Abonnent', 'Tilaaja', 'Áskrifandi'),
    plural: l('Subscribers', 'Prenumeranter', 'Abonnenter', 'Abonnenter', 'Tilaajat', 'Áskrifendur'),
  },
  'newsletter-issues': {
    singular: l('Newsletter issue', 'Nyhetsbrev', 'Nyhetsbrev', 'Nyhedsbrev', 'Uutiskirje', 'Fréttabréf'),
    plural: l('Newsletter issues', 'Nyhetsbrev', 'Nyhetsbrev', 'Nyhedsbreve', 'Uutiskirjeet', 'Fréttabréf'),
  },
  'newsletter-deliveries': {
    singular: l('Delivery', 'Leverans', 'Levering', 'Levering', 'Toimitus', 'Afhending'),
    plural: l('Deliveries', 'Leveranser', 'Leveringer', 'Leveringer', 'Toimitukset', 'Afhendingar'),
  },
  'newsletter-bounces': {
    singular: l('Bounce or complaint', 'Studs eller klagomål', 'Retur eller klage', 'Returmail eller klage', 'Palautus tai valitus', 'Endursending eða kvörtun'),
    plural: l('Bounces and complaints', 'Studsar och klagomål', 'Returer og klager', 'Returmails og klager', 'Palautukset ja valitukset', 'Endursendingar og kvartanir'),
  },
  outbox: {
    singular: l('Outbox message', 'Meddelande i utkorgen', 'Melding i utboksen', 'Besked i udbakken', 'Lähtevä viesti', 'Skeyti í úthólfi'),
    plural: l('Outbox (development mail)', 'Utkorg (utvecklingspost)', 'Utboks (utviklingspost)', 'Udbakke (udviklingspost)', 'Lähtevät (kehitysposti)', 'Úthólf (þróunarpóstur)'),
  },
}

const groups = {
  ideaBank: l('Idea bank', 'Idébank', 'Idébank', 'Idébank', 'Ideapankki', 'Hugmyndabanki'),
  content: l('Content', 'Innehåll', 'Innhold', 'Indhold', 'Sisältö', 'Efni'),
  files: l('Files', 'Filer', 'Filer', 'Filer', 'Tiedostot', 'Skrár'),
  events: l('Events', 'Evenemang', 'Arrangementer', 'Arrangementer', 'Tapahtumat', 'Viðburðir'),
  newsletter: l('Newsletter', 'Nyhetsbrev', 'Nyhetsbrev', 'Nyhedsbrev', 'Uutiskirje', 'Fréttabréf'),
  system: l('System', 'System', 'System', 'System', 'Järjestelmä', 'Kerfi'),
}

/** The admin's navigation groups, by collection or global slug. */
export const groupOf: Record<string, AdminText> = {
  practices: groups.ideaBank,
  replications: groups.ideaBank,
  organisations: groups.ideaBank,
  news: groups.content,
  pages: groups.content,
  themes: groups.content,
  'site-settings': groups.content,
  events: groups.events,
  registrations: groups.events,
  'event-messages': groups.events,
  'event-figures': groups.events,
  'newsletter-issues': groups.newsletter,
  subscribers: groups.newsletter,
  'newsletter-deliveries': groups.newsletter,
  'newsletter-bounces': groups.newsletter,
  media: groups.files,
  attachments: groups.files,
  users: groups.system,
  outbox: groups.system,
  'payload-jobs': groups.system,
}

/** Names of the project's globals in the admin. */
export const globalLabels: Record<string, AdminText> = {
  'site-settings': l('Site settings', 'Webbplatsens inställningar', 'Innstillinger for nettstedet', 'Webstedets indstillinger', 'Sivuston asetukset', 'Stillingar vefsins'),
}
