import type { FeatureMessages } from '../../../i18n/feature-messages'

/** The newsletter mail's own words (the issue's text is the editors'). */
const en = {
  'newsletter.mail.listName': 'Newsletter of the Nordic Integration Clearinghouse',
  'newsletter.mail.why': 'You receive this newsletter because you subscribed to it.',
  'newsletter.mail.preferences': 'Change language or themes, pause, or download your data',
  'newsletter.mail.unsubscribe': 'Unsubscribe',
  'newsletter.mail.signup': 'Newsletter page',
  'newsletter.mail.testSubject': '[Test] {title}',
  'newsletter.mail.testNote': 'This is a test copy. The links in the footer are not personal.',
} as const

export const newsletterMailMessages: FeatureMessages<typeof en> = {
  en,
  sv: {
    'newsletter.mail.listName': 'Nyhetsbrev från Nordic Integration Clearinghouse',
    'newsletter.mail.why': 'Du får det här nyhetsbrevet eftersom du har prenumererat på det.',
    'newsletter.mail.preferences': 'Byt språk eller teman, pausa eller ladda ner dina uppgifter',
    'newsletter.mail.unsubscribe': 'Avsluta prenumerationen',
    'newsletter.mail.signup': 'Sidan om nyhetsbrevet',
    'newsletter.mail.testSubject': '[Test] {title}',
    'newsletter.mail.testNote': 'Det här är ett testexemplar. Länkarna i sidfoten är inte personliga.',
  },
  nb: {
    'newsletter.mail.listName': 'Nyhetsbrev fra Nordic Integration Clearinghouse',
    'newsletter.mail.why': 'Du får dette nyhetsbrevet fordi du har abonnert på det.',
    'newsletter.mail.preferences': 'Bytt språk eller temaer, ta pause eller last ned opplysningene dine',
    'newsletter.mail.unsubscribe': 'Avslutt abonnementet',
    'newsletter.mail.signup': 'Siden om nyhetsbrevet',
    'newsletter.mail.testSubject': '[Test] {title}',
    'newsletter.mail.testNote': 'Dette er et testeksemplar. Lenkene i bunnteksten er ikke personlige.',
  },
  da: {
    'newsletter.mail.listName': 'Nyhedsbrev fra Nordic Integration Clearinghouse',
    'newsletter.mail.why': 'Du får dette nyhedsbrev, fordi du har tilmeldt dig det.',
    'newsletter.mail.preferences': 'Skift sprog eller temaer, sæt på pause eller hent dine oplysninger',
    'newsletter.mail.unsubscribe': 'Afmeld',
    'newsletter.mail.signup': 'Siden om nyhedsbrevet',
    'newsletter.mail.testSubject': '[Test] {title}',
    'newsletter.mail.testNote': 'Dette er et testeksemplar. Linkene i sidefoden er ikke personlige.',
  },
  fi: {
    'newsletter.mail.listName': 'Nordic Integration Clearinghousen uutiskirje',
    'newsletter.mail.why': 'Saat tämän uutiskirjeen, koska olet tilannut sen.',
    'newsletter.mail.preferences': 'Vaihda kieltä tai teemoja, keskeytä tilaus tai lataa tietosi',
    'newsletter.mail.unsubscribe': 'Peru tilaus',
    'newsletter.mail.signup': 'Uutiskirjeen sivu',
    'newsletter.mail.testSubject': '[Testi] {title}',
    'newsletter.mail.testNote': 'Tämä on testikappale. Alatunnisteen linkit eivät ole henkilökohtaisia.',
  },
  is: {
    'newsletter.mail.listName': 'Fréttabréf Nordic Integration Clearinghouse',
    'newsletter.mail.why': 'Þú færð þetta fréttabréf af því að þú skráðir þig fyrir því.',
    'newsletter.mail.preferences': 'Breyta tungumáli eða efnisflokkum, gera hlé eða sækja gögnin þín',
    'newsletter.mail.unsubscribe': 'Afskrá',
    'newsletter.mail.signup': 'Síða fréttabréfsins',
    'newsletter.mail.testSubject': '[Prófun] {title}',
    'newsletter.mail.testNote': 'Þetta er prófunareintak. Tenglarnir í fætinum eru ekki persónulegir.',
  },
}
