import type { Locale } from '../../i18n/locales'
import type { SeedBlock } from './types'

export type IssueSeed = {
  slug: string
  /** Days before the seed date it went out. */
  sentDaysAgo: number
  translations: Partial<Record<Locale, { title: string; preheader: string; body: SeedBlock[] }>>
}

/** Six sent issues over the past year, in several languages (the newest in all six). */
export const newsletterIssues: IssueSeed[] = [
  {
    slug: 'newsletter-2026-01',
    sentDaysAgo: 320,
    translations: {
      sv: { title: 'Nyhetsbrev januari: ett nytt år för idébanken', preheader: 'Nya arbetssätt från Finland och Danmark, och vårens seminarier.', body: [{ type: 'p', text: 'Godt nytt år! I det här numret presenterar vi tre nya arbetssätt i idébanken och vårens nordiska seminarier.' }, { type: 'h2', text: 'Nytt i idébanken' }, { type: 'ul', items: ['Språkcaféer i biblioteken i Tammerfors', 'Jobb från första veckan i Vejle', 'Mentorprogram för nyanlända lärare'] }] },
      fi: { title: 'Uutiskirje tammikuu: uusi vuosi ideapankissa', preheader: 'Uusia toimintamalleja Suomesta ja Tanskasta sekä kevään seminaarit.', body: [{ type: 'p', text: 'Hyvää uutta vuotta! Tässä numerossa esittelemme kolme uutta toimintamallia ja kevään pohjoismaiset seminaarit.' }, { type: 'h2', text: 'Uutta ideapankissa' }, { type: 'ul', items: ['Kielikahvilat Tampereen kirjastoissa', 'Töihin ensimmäisestä viikosta Vejlessä', 'Mentorointi maahan muuttaneille opettajille'] }] },
      en: { title: 'January newsletter: a new year for the idea bank', preheader: 'New practices from Finland and Denmark, and the spring seminars.', body: [{ type: 'p', text: 'Happy new year! This issue presents three new practices in the idea bank and the Nordic seminars of the spring.' }, { type: 'h2', text: 'New in the idea bank' }, { type: 'ul', items: ['Language cafés in the libraries of Tampere', 'A job from the first week in Vejle', 'Mentoring for newly arrived teachers'] }] },
    },
  },
  {
    slug: 'newsletter-2026-03',
    sentDaysAgo: 260,
    translations: {
      sv: { title: 'Nyhetsbrev mars: bostäder och integration', preheader: 'Vårens tema är bostäder: vad kommunerna gör och vad forskningen säger.', body: [{ type: 'p', text: 'Vårens tema är bostäder. Vi har samlat exempel från kommuner i hela Norden.' }, { type: 'h2', text: 'Tema: bostäder' }, { type: 'p', text: 'Att hitta en bostad är ofta det första hindret. Läs om tre kommuner som har prövat nya vägar.' }] },
      nb: { title: 'Nyhetsbrev mars: bolig og integrering', preheader: 'Vårens tema er bolig: hva kommunene gjør og hva forskningen sier.', body: [{ type: 'p', text: 'Vårens tema er bolig. Vi har samlet eksempler fra kommuner i hele Norden.' }, { type: 'h2', text: 'Tema: bolig' }, { type: 'p', text: 'Å finne en bolig er ofte det første hinderet. Les om tre kommuner som har prøvd nye veier.' }] },
      en: { title: 'March newsletter: housing and integration', preheader: 'The spring theme is housing: what municipalities do and what research says.', body: [{ type: 'p', text: 'The spring theme is housing. We have gathered examples from municipalities across the Nordic region.' }, { type: 'h2', text: 'Theme: housing' }, { type: 'p', text: 'Finding a home is often the first hurdle. Read about three municipalities that tried new ways.' }] },
    },
  },
  {
    slug: 'newsletter-2026-05',
    sentDaysAgo: 200,
    translations: {
      da: { title: 'Nyhedsbrev maj: erfaringer fra introduktionsprogrammerne', preheader: 'Evalueringer fra Norge og Sverige, og tilmelding til konferencen i Reykjavík.', body: [{ type: 'p', text: 'Nye evalueringer viser, hvad der virker i introduktionsprogrammerne.' }, { type: 'h2', text: 'Konference i Reykjavík' }, { type: 'p', text: 'Tilmeldingen til den nordiske konference er åben. Der er plads til 300 i salen og flere online.' }] },
      sv: { title: 'Nyhetsbrev maj: erfarenheter från introduktionsprogrammen', preheader: 'Utvärderingar från Norge och Sverige, och anmälan till konferensen i Reykjavík.', body: [{ type: 'p', text: 'Nya utvärderingar visar vad som fungerar i introduktionsprogrammen.' }, { type: 'h2', text: 'Konferens i Reykjavík' }, { type: 'p', text: 'Anmälan till den nordiska konferensen är öppen. Det finns plats för 300 i salen och fler digitalt.' }] },
      en: { title: 'May newsletter: lessons from the introduction programmes', preheader: 'Evaluations from Norway and Sweden, and registration for the Reykjavík conference.', body: [{ type: 'p', text: 'New evaluations show what works in the introduction programmes.' }, { type: 'h2', text: 'Conference in Reykjavík' }, { type: 'p', text: 'Registration for the Nordic conference is open. There is room for 300 in the hall and more online.' }] },
    },
  },
  {
    slug: 'newsletter-2026-06',
    sentDaysAgo: 160,
    translations: {
      fi: { title: 'Uutiskirje kesäkuu: kesän lukuvinkit', preheader: 'Tutkimuksia ja raportteja kesälukemiseksi.', body: [{ type: 'p', text: 'Kokosimme kesäksi tuoreita tutkimuksia kotoutumisesta Pohjoismaissa.' }, { type: 'h2', text: 'Lukuvinkit' }, { type: 'ul', items: ['Kotoutuminen työelämään: pohjoismainen vertailu', 'Lasten ja nuorten kielitaito', 'Kuntien kotoutumisohjelmat'] }] },
      is: { title: 'Fréttabréf júní: lesefni fyrir sumarið', preheader: 'Rannsóknir og skýrslur til að lesa í sumar.', body: [{ type: 'p', text: 'Við tókum saman nýjar rannsóknir um aðlögun á Norðurlöndum fyrir sumarið.' }, { type: 'h2', text: 'Lesefni' }, { type: 'ul', items: ['Aðlögun á vinnumarkaði: norrænn samanburður', 'Tungumálafærni barna og ungmenna', 'Aðlögunaráætlanir sveitarfélaga'] }] },
      en: { title: 'June newsletter: reading for the summer', preheader: 'Studies and reports to read this summer.', body: [{ type: 'p', text: 'We have gathered recent studies on integration in the Nordic countries for the summer.' }, { type: 'h2', text: 'Reading tips' }, { type: 'ul', items: ['Integration into working life: a Nordic comparison', 'Language skills of children and young people', 'Municipal integration programmes'] }] },
    },
  },
  {
    slug: 'newsletter-2026-09',
    sentDaysAgo: 80,
    translations: {
      sv: { title: 'Nyhetsbrev september: hösten i kalendern', preheader: 'Webbinarier, en hybridkonferens och nya exempel i idébanken.', body: [{ type: 'p', text: 'Hösten är full av nordiska möten. Här är det viktigaste i kalendern.' }, { type: 'h2', text: 'I kalendern' }, { type: 'ul', items: ['Webbinarium: mentorskap som fungerar', 'Hybridkonferens om språk och arbete', 'Nätverksträff för kommunernas integrationssamordnare'] }] },
      nb: { title: 'Nyhetsbrev september: høsten i kalenderen', preheader: 'Webinarer, en hybridkonferanse og nye eksempler i idébanken.', body: [{ type: 'p', text: 'Høsten er full av nordiske møter. Her er det viktigste i kalenderen.' }, { type: 'h2', text: 'I kalenderen' }, { type: 'ul', items: ['Webinar: mentorordninger som virker', 'Hybridkonferanse om språk og arbeid', 'Nettverksmøte for kommunenes integreringskoordinatorer'] }] },
      da: { title: 'Nyhedsbrev september: efteråret i kalenderen', preheader: 'Webinarer, en hybridkonference og nye eksempler i idébanken.', body: [{ type: 'p', text: 'Efteråret er fuldt af nordiske møder. Her er det vigtigste i kalenderen.' }, { type: 'h2', text: 'I kalenderen' }, { type: 'ul', items: ['Webinar: mentorordninger, der virker', 'Hybridkonference om sprog og arbejde', 'Netværksmøde for kommunernes integrationskoordinatorer'] }] },
      en: { title: 'September newsletter: the autumn in the calendar', preheader: 'Webinars, a hybrid conference and new examples in the idea bank.', body: [{ type: 'p', text: 'The autumn is full of Nordic meetings. Here is the most important in the calendar.' }, { type: 'h2', text: 'In the calendar' }, { type: 'ul', items: ['Webinar: mentoring that works', 'Hybrid conference on language and work', 'Network meeting for municipal integration coordinators'] }] },
    },
  },
  {
    slug: 'newsletter-2026-11',
    sentDaysAgo: 14,
    translations: {
      sv: { title: 'Nyhetsbrev november: årets siffror', preheader: 'Fler läsare än någonsin, och det nya temat för vintern.', body: [{ type: 'p', text: 'Nyhetsbrevet har nu fler läsare än någonsin. Tack för att ni läser och delar!' }, { type: 'h2', text: 'Vinterns tema' }, { type: 'p', text: 'Vinterns tema är barn och unga: skola, fritid och familjens första tid i ett nytt land.' }] },
      nb: { title: 'Nyhetsbrev november: årets tall', preheader: 'Flere lesere enn noen gang, og det nye temaet for vinteren.', body: [{ type: 'p', text: 'Nyhetsbrevet har nå flere lesere enn noen gang. Takk for at dere leser og deler!' }, { type: 'h2', text: 'Vinterens tema' }, { type: 'p', text: 'Vinterens tema er barn og unge: skole, fritid og familiens første tid i et nytt land.' }] },
      da: { title: 'Nyhedsbrev november: årets tal', preheader: 'Flere læsere end nogensinde, og det nye tema for vinteren.', body: [{ type: 'p', text: 'Nyhedsbrevet har nu flere læsere end nogensinde. Tak fordi I læser med og deler!' }, { type: 'h2', text: 'Vinterens tema' }, { type: 'p', text: 'Vinterens tema er børn og unge: skole, fritid og familiens første tid i et nyt land.' }] },
      fi: { title: 'Uutiskirje marraskuu: vuoden luvut', preheader: 'Enemmän lukijoita kuin koskaan ja talven uusi teema.', body: [{ type: 'p', text: 'Uutiskirjeellä on nyt enemmän lukijoita kuin koskaan. Kiitos, että luette ja jaatte!' }, { type: 'h2', text: 'Talven teema' }, { type: 'p', text: 'Talven teema on lapset ja nuoret: koulu, vapaa-aika ja perheen ensimmäinen aika uudessa maassa.' }] },
      is: { title: 'Fréttabréf nóvember: tölur ársins', preheader: 'Fleiri lesendur en nokkru sinni fyrr og nýtt þema vetrarins.', body: [{ type: 'p', text: 'Fréttabréfið hefur nú fleiri lesendur en nokkru sinni fyrr. Takk fyrir að lesa og deila!' }, { type: 'h2', text: 'Þema vetrarins' }, { type: 'p', text: 'Þema vetrarins er börn og ungmenni: skóli, frístundir og fyrsti tími fjölskyldunnar í nýju landi.' }] },
      en: { title: 'November newsletter: the year in figures', preheader: 'More readers than ever, and the new theme for the winter.', body: [{ type: 'p', text: 'The newsletter now has more readers than ever. Thank you for reading and sharing!' }, { type: 'h2', text: 'The winter theme' }, { type: 'p', text: 'The winter theme is children and young people: school, leisure and a family’s first time in a new country.' }] },
    },
  },
]
