import { adminText as l } from '../../../i18n/admin/admin-text'

/** The figures above the subscribers list, in every admin language (en, sv, nb, da, fi, is). */
export const figuresText = {
  heading: l('Newsletter figures', 'Nyhetsbrevets siffror', 'Tall for nyhetsbrevet', 'Tal for nyhedsbrevet', 'Uutiskirjeen luvut', 'Tölur fréttabréfsins'),
  intro: l(
    'Confirmed subscribers at the end of each month, all languages. Growth compares with the same month a year earlier.',
    'Bekräftade prenumeranter vid varje månads slut, alla språk. Tillväxten jämförs med samma månad året innan.',
    'Bekreftede abonnenter ved utgangen av hver måned, alle språk. Veksten sammenlignes med samme måned året før.',
    'Bekræftede abonnenter ved udgangen af hver måned, alle sprog. Væksten sammenlignes med samme måned året før.',
    'Vahvistetut tilaajat kunkin kuukauden lopussa, kaikki kielet. Kasvua verrataan edellisen vuoden samaan kuukauteen.',
    'Staðfestir áskrifendur í lok hvers mánaðar, öll tungumál. Vöxtur er borinn saman við sama mánuð árið áður.',
  ),
  month: l('Month', 'Månad', 'Måned', 'Måned', 'Kuukausi', 'Mánuður'),
  language: l('Language', 'Språk', 'Språk', 'Sprog', 'Kieli', 'Tungumál'),
  subscribers: l('Subscribers', 'Prenumeranter', 'Abonnenter', 'Abonnenter', 'Tilaajat', 'Áskrifendur'),
  new: l('New', 'Nya', 'Nye', 'Nye', 'Uudet', 'Nýir'),
  unsubscribed: l('Unsubscribed', 'Avslutade', 'Avmeldt', 'Afmeldt', 'Peruneet', 'Afskráðir'),
  bounced: l('Bounced', 'Studsade', 'Returnert', 'Returneret', 'Palautuneet', 'Endursendir'),
  growth: l('Growth in a year', 'Tillväxt på ett år', 'Vekst på ett år', 'Vækst på et år', 'Kasvu vuodessa', 'Vöxtur á ári'),
  byLanguage: l('By language, this month', 'Per språk, denna månad', 'Per språk, denne måneden', 'Per sprog, denne måned', 'Kielittäin, tässä kuussa', 'Eftir tungumáli, í þessum mánuði'),
  issues: l('Sent issues', 'Skickade nummer', 'Sendte utgaver', 'Sendte udgaver', 'Lähetetyt numerot', 'Send tölublöð'),
  issue: l('Issue', 'Nummer', 'Utgave', 'Udgave', 'Numero', 'Tölublað'),
  sentAt: l('Sent', 'Skickat', 'Sendt', 'Sendt', 'Lähetetty', 'Sent'),
  recipients: l('Recipients', 'Mottagare', 'Mottakere', 'Modtagere', 'Vastaanottajat', 'Viðtakendur'),
  delivered: l('Delivered', 'Levererade', 'Levert', 'Leveret', 'Toimitettu', 'Afhent'),
  none: l('No figures yet.', 'Inga siffror än.', 'Ingen tall ennå.', 'Ingen tal endnu.', 'Ei vielä lukuja.', 'Engar tölur enn.'),
  noIssues: l('No issue has been sent yet.', 'Inget nummer har skickats än.', 'Ingen utgave er sendt ennå.', 'Ingen udgave er sendt endnu.', 'Yhtään numeroa ei ole vielä lähetetty.', 'Ekkert tölublað hefur verið sent enn.'),
  figuresCsv: l('Figures per month and language (CSV)', 'Siffror per månad och språk (CSV)', 'Tall per måned og språk (CSV)', 'Tal pr. måned og sprog (CSV)', 'Luvut kuukausittain ja kielittäin (CSV)', 'Tölur eftir mánuði og tungumáli (CSV)'),
  issuesCsv: l('Sent issues (CSV)', 'Skickade nummer (CSV)', 'Sendte utgaver (CSV)', 'Sendte udgaver (CSV)', 'Lähetetyt numerot (CSV)', 'Send tölublöð (CSV)'),
  exportCsv: l('All subscribers (CSV export)', 'Alla prenumeranter (CSV-export)', 'Alle abonnenter (CSV-eksport)', 'Alle abonnenter (CSV-eksport)', 'Kaikki tilaajat (CSV-vienti)', 'Allir áskrifendur (CSV-útflutningur)'),
  downloads: l('Downloads', 'Nedladdningar', 'Nedlastinger', 'Downloads', 'Lataukset', 'Niðurhal'),
}
