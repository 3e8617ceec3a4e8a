import type { FeatureMessages } from '../../../i18n/feature-messages'

const en = {
  'digest.title': 'Newsletter, {month}',
  'digest.intro': 'Here is what is new at the Nordic clearing house on integration since our last newsletter.',
  'digest.theme': 'Current theme',
  'digest.news': 'News',
  'digest.practices': 'New practices in the idea bank',
  'digest.events': 'Coming events',
  'digest.outro': 'Thank you for reading. Tips and comments are welcome: just reply to this e-mail.',
}

/** The headings a digest draft is written with, in the language (editors then edit them). */
export const newsletterDigestMessages: FeatureMessages<typeof en> = {
  en,
  sv: {
    'digest.title': 'Nyhetsbrev, {month}',
    'digest.intro': 'Här är det nya hos den nordiska kunskapsbanken för integration sedan förra nyhetsbrevet.',
    'digest.theme': 'Aktuellt tema',
    'digest.news': 'Nyheter',
    'digest.practices': 'Nya arbetssätt i idébanken',
    'digest.events': 'Kommande evenemang',
    'digest.outro': 'Tack för att du läser. Tips och synpunkter är välkomna: svara bara på det här mejlet.',
  },
  nb: {
    'digest.title': 'Nyhetsbrev, {month}',
    'digest.intro': 'Her er det nye hos den nordiske kunnskapsbanken for integrering siden forrige nyhetsbrev.',
    'digest.theme': 'Aktuelt tema',
    'digest.news': 'Nyheter',
    'digest.practices': 'Nye tiltak i idébanken',
    'digest.events': 'Kommende arrangementer',
    'digest.outro': 'Takk for at du leser. Tips og innspill er velkomne: bare svar på denne e-posten.',
  },
  da: {
    'digest.title': 'Nyhedsbrev, {month}',
    'digest.intro': 'Her er det nye hos den nordiske vidensbank om integration siden sidste nyhedsbrev.',
    'digest.theme': 'Aktuelt tema',
    'digest.news': 'Nyheder',
    'digest.practices': 'Nye indsatser i idébanken',
    'digest.events': 'Kommende arrangementer',
    'digest.outro': 'Tak fordi du læser med. Tips og kommentarer er velkomne: svar blot på denne e-mail.',
  },
  fi: {
    'digest.title': 'Uutiskirje, {month}',
    'digest.intro': 'Tässä pohjoismaisen kotoutumisen tietopankin uutiset edellisen uutiskirjeen jälkeen.',
    'digest.theme': 'Ajankohtainen teema',
    'digest.news': 'Uutiset',
    'digest.practices': 'Uudet toimintamallit ideapankissa',
    'digest.events': 'Tulevat tapahtumat',
    'digest.outro': 'Kiitos, että luet. Vinkit ja kommentit ovat tervetulleita: vastaa vain tähän viestiin.',
  },
  is: {
    'digest.title': 'Fréttabréf, {month}',
    'digest.intro': 'Hér er það nýjasta frá norræna þekkingarbankanum um aðlögun frá síðasta fréttabréfi.',
    'digest.theme': 'Þema líðandi stundar',
    'digest.news': 'Fréttir',
    'digest.practices': 'Nýtt verklag í hugmyndabankanum',
    'digest.events': 'Viðburðir fram undan',
    'digest.outro': 'Takk fyrir lesturinn. Ábendingar og athugasemdir eru vel þegnar: svaraðu bara þessum pósti.',
  },
}
