import type { ReplicationSeed } from './practice-types'

/**
 * Demo reports from municipalities that adopted one of the practices in practices-b.ts.
 * Each report is written in the reporting municipality's own language.
 */
export const replicationsB: ReplicationSeed[] = [
  {
    practiceSlug: 'bergen-work-practice-introduction',
    municipality: 'Stavanger',
    country: 'NO',
    startDate: '2020-01-13',
    language: 'nb',
    changes:
      'Vi startet praksisen etter tre måneder i stedet for den første måneden, fordi mange deltakere først måtte fullføre alfabetisering. Jobbveilederne fikk ansvar for færre deltakere, rundt 25 hver.',
    outcomes:
      'Andelen i arbeid eller utdanning ett år etter programmet økte fra 49 til 63 prosent på tre år. Særlig innen renhold og barnehage har praksis ofte gått over i fast ansettelse.',
    reporter: { name: 'Kristin Vold', email: 'kristin.vold@stavanger-kommune.example' },
    state: 'published',
  },
  {
    practiceSlug: 'bergen-work-practice-introduction',
    municipality: 'Kristiansand',
    country: 'NO',
    startDate: '2021-08-16',
    language: 'nb',
    changes:
      'Kristiansand samarbeider med nabokommunene om en felles arbeidsgiverpool, og praksisen kombineres med fagopplæring i helsefag for dem som ønsker det.',
    outcomes:
      'Rundt 60 arbeidsgivere er med i poolen. Det er foreløpig for tidlig å måle overgang til arbeid, men frafallet fra introduksjonsprogrammet har gått ned.',
    reporter: { name: 'Emil Tønnessen', email: 'emil.tonnessen@kristiansand.example' },
    state: 'published',
  },
  {
    practiceSlug: 'vantaa-health-literacy-groups',
    municipality: 'Tampere',
    country: 'FI',
    startDate: '2021-02-01',
    language: 'fi',
    changes:
      'Tampereella ryhmät järjestetään myös tigrinjaksi ja kurdiksi, ja yksi tapaamisista pidetään terveysasemalla, jotta paikka tulee osallistujille tutuksi.',
    outcomes:
      'Kahden vuoden aikana ryhmiin osallistui noin 320 henkilöä. Osallistujien palautteen mukaan terveysaseman käyttö on helpottunut, ja terveysasemat raportoivat vähemmän peruttuja ja väliin jääneitä käyntejä.',
    reporter: { name: 'Hanna Virtanen', email: 'hanna.virtanen@tampere.example' },
    state: 'published',
  },
  {
    practiceSlug: 'vantaa-health-literacy-groups',
    municipality: 'Umeå',
    country: 'SE',
    startDate: '2022-09-05',
    language: 'sv',
    changes:
      'Vi driver grupperna tillsammans med regionens hälsocentraler och har lagt till en träff om tandvård. Hälsoinformatörerna är anställda av kommunen på deltid.',
    outcomes:
      'Omkring 150 personer har deltagit. Deltagarna uppger att de känner sig tryggare i kontakten med vården, men vi har ännu inte kunnat följa upp antalet akutbesök.',
    reporter: { name: 'Elin Lindqvist', email: 'elin.lindqvist@umea.example' },
    state: 'submitted',
  },
  {
    practiceSlug: 'oslo-cycling-courses-immigrant-women',
    municipality: 'Drammen',
    country: 'NO',
    startDate: '2018-05-07',
    language: 'nb',
    changes:
      'Kursene holdes i samarbeid med voksenopplæringen og er lagt til skoletiden, slik at deltakerne ikke trenger barnepass. Vi bruker el-sykler på den siste samlingen fordi byen er bratt.',
    outcomes:
      'Rundt 200 kvinner har fullført kurset. Mange bruker nå sykkel til voksenopplæringen, og seks tidligere deltakere er blitt frivillige instruktører.',
    reporter: { name: 'Camilla Aas', email: 'camilla.aas@drammen.example' },
    state: 'published',
  },
  {
    practiceSlug: 'oslo-cycling-courses-immigrant-women',
    municipality: 'Turku',
    country: 'FI',
    startDate: '2019-05-13',
    language: 'fi',
    changes:
      'Turussa kurssit järjestää urheiluseura kaupungin tuella, ja opetuskieli on selkosuomi. Kurssi on kuuden kerran mittainen, ja lopuksi osallistujat saavat käytetyn pyörän edullisesti.',
    outcomes:
      'Noin 140 naista on oppinut pyöräilemään. Tarkempia seurantatietoja ei vielä ole.',
    reporter: { name: 'Päivi Salminen', email: 'paivi.salminen@turku.example' },
    state: 'changes-requested',
  },
  {
    practiceSlug: 'reykjavik-icelandic-at-work',
    municipality: 'Akureyri',
    country: 'IS',
    startDate: '2022-01-17',
    language: 'is',
    changes:
      'Á Akureyri sameinast nokkur smærri fyrirtæki í matvælaiðnaði og ferðaþjónustu um námskeið og kennslan fer fram í húsnæði símenntunarmiðstöðvarinnar í stað vinnustaðarins.',
    outcomes:
      'Um 180 starfsmenn hafa tekið þátt og um tveir þriðju luku námskeiðinu. Fyrirtækin segja að starfsfólk sem tók þátt tali frekar íslensku við viðskiptavini.',
    reporter: { name: 'Sigríður Jónsdóttir', email: 'sigridur.jonsdottir@akureyri.example' },
    state: 'published',
  },
  {
    practiceSlug: 'jakobstad-civic-orientation-mother-tongue',
    municipality: 'Mariehamn',
    country: 'AX',
    startDate: '2020-09-07',
    language: 'sv',
    changes:
      'På Åland anpassades innehållet till självstyrelsen och den åländska lagstiftningen, och kursen ges på fem språk med hjälp av distanstolkning eftersom deltagarna är få i varje språkgrupp.',
    outcomes:
      'Drygt 200 personer har deltagit, de flesta arbetskraftsinvandrare. Deltagarna uppskattar särskilt avsnitten om arbetsrätt och bostad.',
    reporter: { name: 'Sofia Eriksson', email: 'sofia.eriksson@mariehamn.example' },
    state: 'published',
  },
]
