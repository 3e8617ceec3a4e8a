import type { SubmissionSeed } from './practice-types.js'

/**
 * Demo proposals from the public, two in each editorial state before
 * publication. Each exists only in the submitter's own language and is
 * thinner than a curated practice: short sections, one or two dos and don'ts.
 */
export const submissions: SubmissionSeed[] = [
  // ── submitted ──────────────────────────────────────────────────────
  {
    state: 'submitted',
    submitter: { name: 'Ingrid Haugland', email: 'ingrid.haugland@idrettslag.example', locale: 'nb' },
    proposedOrganisation: 'Årstad idrettslag',
    practice: {
      slug: 'proposal-fotball-for-nyankomne-jenter',
      country: 'NO',
      region: 'Vestland',
      municipality: 'Bergen',
      organisations: ['no-bergen-municipality'],
      partners: 'En lokal idrettsklubb og frivilligsentralen i bydelen',
      themes: ['children-and-youth'],
      targetGroups: ['youth', 'newly-arrived-refugees'],
      actorType: 'partnership',
      startDate: '2025-08-18',
      runState: 'ongoing',
      evaluation: 'none',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Ingrid Haugland',
        role: 'Trener og styremedlem',
        email: 'ingrid.haugland@idrettslag.example',
        consent: true,
      },
      originalLanguage: 'nb',
      translations: {
        nb: {
          title: 'Fotballtrening for nyankomne jenter',
          summary:
            'En idrettsklubb i Bergen har egne treninger for jenter mellom 10 og 16 år som nylig har kommet til Norge. Treningene er gratis, utstyr lånes ut, og foreldrene er velkomne til å se på.',
          challenge: [
            {
              type: 'p',
              text: 'Mange nyankomne jenter deltar ikke i organisert idrett. Foreldrene kjenner ikke til klubbene, kontingent og utstyr koster penger, og noen familier er usikre på treninger der gutter og jenter er sammen.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Vi vil at jentene skal få venner, bli kjent med en norsk idrettsklubb og etter hvert begynne på de vanlige lagene.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Trening én gang i uken i en hall som bare jentene bruker den kvelden',
                'To kvinnelige trenere og en frivillig tolk de første ukene',
                'Gratis lån av sko, leggbeskyttere og drakt',
                'Foreldrekaffe én gang i måneden',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Siden august 2025 har 23 jenter vært med, og rundt 15 kommer fast. Fire av dem spiller nå også på et vanlig lag i klubben.',
            },
          ],
          participantVoice: 'Jeg gleder meg hele uka til trening. Nå har jeg venner som ikke går i klassen min.',
          indicators: 'Antall deltakere, hvor mange som kommer fast, og hvor mange som går over til ordinære lag.',
          resources:
            'Kommunen dekker halleien. To trenere får honorar, til sammen ca. 40 000 kroner i året, og utstyret kommer fra en innsamling i klubben.',
          transferability: [
            {
              type: 'p',
              text: 'Kan gjøres i alle klubber som har tilgang til hall og kvinnelige trenere. Samarbeid med introduksjonssenteret gjør det lettere å nå familiene.',
            },
          ],
          dos: ['Snakk med foreldrene før første trening.', 'Bruk kvinnelige trenere.'],
          donts: ['Ikke krev kontingent det første året.'],
        },
      },
    },
  },
  {
    state: 'submitted',
    submitter: { name: 'Sara Lindqvist', email: 'sara.lindqvist@umea-kommun.example', locale: 'sv' },
    practice: {
      slug: 'proposal-bokompis-umea',
      country: 'SE',
      region: 'Västerbotten',
      municipality: 'Umeå',
      organisations: ['se-umea-municipality'],
      partners: 'Ett allmännyttigt bostadsbolag och den lokala hyresgästföreningen',
      themes: ['housing'],
      targetGroups: ['newly-arrived-refugees', 'children-and-families'],
      actorType: 'municipality',
      startDate: '2024-03-01',
      runState: 'ongoing',
      evaluation: 'internal',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Sara Lindqvist',
        role: 'Integrationssamordnare',
        email: 'sara.lindqvist@umea-kommun.example',
        consent: true,
      },
      originalLanguage: 'sv',
      translations: {
        sv: {
          title: 'Bokompis – grannar som stöttar nyinflyttade hushåll',
          summary:
            'Frivilliga grannar blir bokompisar till nyanlända familjer under det första halvåret i den nya bostaden. De visar hur tvättstugan, sophanteringen och felanmälan fungerar och bjuder in till aktiviteter i området.',
          challenge: [
            {
              type: 'p',
              text: 'Många nyanlända hushåll får sitt första egna hyreskontrakt utan att känna till reglerna i huset. Missförstånd om tvättstuga, sopsortering och störningar leder ibland till klagomål och i värsta fall till att kontraktet riskeras.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Att nyinflyttade familjer ska känna sig trygga i sitt boende, undvika onödiga konflikter och få kontakt med sina grannar.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Bostadsbolaget frågar nya hyresgäster om de vill ha en bokompis',
                'Kommunens integrationsteam matchar familjen med en frivillig granne och ger grannen en kort introduktion',
                'Bokompisen träffar familjen minst tre gånger under de första sex månaderna',
                'Tolk kan bokas till det första besöket',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Hittills har 31 hushåll haft en bokompis. Enligt bostadsbolaget har dessa hushåll haft färre störningsärenden än tidigare nyinflyttade, men vi har ännu inte gjort någon ordentlig jämförelse.',
            },
          ],
          participantVoice: 'Min bokompis visade mig tvättstugan, och nu hälsar vi alltid på varandra i trapphuset.',
          indicators: 'Antal matchningar, antal träffar samt störningsärenden och hyresskulder under det första året.',
          resources:
            'En samordnare på 20 procent, fika och tolk. Bostadsbolaget bidrar med en lokal för introduktionsträffarna.',
          transferability: [
            {
              type: 'p',
              text: 'Passar kommuner där ett allmännyttigt bostadsbolag vill delta. Det krävs att någon håller i matchningen och följer upp.',
            },
          ],
          dos: ['Matcha efter språk och livssituation när det går.'],
          donts: ['Låt inte bokompisen bli budbärare för bostadsbolagets klagomål.'],
        },
      },
    },
  },
  // ── in-review ──────────────────────────────────────────────────────
  {
    state: 'in-review',
    submitter: { name: 'Mette Kjær Andersen', email: 'mette.andersen@vejle-kommune.example', locale: 'da' },
    practice: {
      slug: 'proposal-skyggeuge-vejle',
      country: 'DK',
      region: 'Region Syddanmark',
      municipality: 'Vejle',
      organisations: ['dk-vejle-municipality'],
      partners: 'Lokale virksomheder inden for produktion, lager og ældrepleje',
      themes: ['labour-market'],
      targetGroups: ['newly-arrived-refugees', 'women-outside-labour-force'],
      actorType: 'municipality',
      startDate: '2024-09-02',
      runState: 'regular-service',
      evaluation: 'internal',
      evidenceLevel: 'promising',
      contact: {
        name: 'Mette Kjær Andersen',
        role: 'Virksomhedskonsulent',
        email: 'mette.andersen@vejle-kommune.example',
        consent: true,
      },
      originalLanguage: 'da',
      translations: {
        da: {
          title: 'Skyggeuge – en uge ved siden af en medarbejder',
          summary:
            'Flygtninge og indvandrere i jobcentrets forløb følger en fast medarbejder på en virksomhed i fem dage, før de vælger praktikplads. Formålet er at give et realistisk billede af jobbet og af kulturen på arbejdspladsen.',
          challenge: [
            {
              type: 'p',
              text: 'Mange borgere siger ja til en praktik uden at vide, hvad jobbet indebærer. Det fører til afbrudte forløb og skuffelser på begge sider.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'At borgeren træffer et informeret valg af branche, og at flere praktikker fører til job eller uddannelse.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Virksomheden udpeger en erfaren medarbejder som vært',
                'Borgeren følger værten i fem dage uden selv at have ansvar for produktionen',
                'Jobkonsulenten holder en samtale med borgeren før og efter ugen',
                'Ugen slutter med, at borger og virksomhed hver især siger ja eller nej til en praktik',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Fra september 2024 til juni 2025 gennemførte 64 borgere en skyggeuge. 41 gik videre i praktik i samme branche, og færre praktikker blev afbrudt end året før.',
            },
          ],
          participantVoice: 'Jeg troede, at lagerarbejde kun var tunge løft. Nu ved jeg, at meget af det handler om at scanne og planlægge.',
          indicators:
            'Andel, der går videre til praktik, andel afbrudte praktikker og andel i job eller uddannelse seks måneder efter.',
          resources:
            'Jobkonsulentens tid (ca. fire timer pr. borger) og værtens tid i virksomheden. Ingen ekstra udgifter.',
          transferability: [
            {
              type: 'p',
              text: 'Kan bruges i alle jobcentre, der har et godt netværk af virksomheder.',
            },
          ],
          dos: [
            'Vælg værter, der har lyst og tålmodighed.',
            'Gør det tydeligt, at det er i orden at sige nej efter ugen.',
          ],
          donts: ['Brug ikke skyggeugen som gratis arbejdskraft.'],
        },
      },
    },
  },
  {
    state: 'in-review',
    submitter: { name: 'Amina Yusuf', email: 'amina.yusuf@frivilligsentral.example', locale: 'nb' },
    practice: {
      slug: 'proposal-tirsdagstreff-eldre-innvandrere',
      country: 'NO',
      region: 'Oslo',
      municipality: 'Oslo',
      organisations: ['no-oslo-municipality', 'no-language-volunteers'],
      partners: 'Et seniorsenter og frivilligsentralen i bydelen',
      themes: ['social-services'],
      targetGroups: ['older-immigrants'],
      actorType: 'partnership',
      startDate: '2023-10-03',
      runState: 'ongoing',
      evaluation: 'internal',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Amina Yusuf',
        role: 'Koordinator, frivilligsentralen',
        email: 'amina.yusuf@frivilligsentral.example',
        consent: true,
      },
      originalLanguage: 'nb',
      translations: {
        nb: {
          title: 'Tirsdagstreff – møteplass for eldre innvandrere',
          summary:
            'Hver tirsdag møtes eldre innvandrere på et seniorsenter for å spise sammen, trene lett og snakke norsk. Frivillige og helsepersonell fra bydelen kommer innom med informasjon om tjenestene.',
          challenge: [
            {
              type: 'p',
              text: 'Mange eldre innvandrere er ensomme og kjenner lite til helsetilbud og hjemmetjenester. De ordinære seniorsentrene blir sjelden brukt av denne gruppen.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Å redusere ensomhet, gi bedre kjennskap til bydelens tjenester og gjøre seniorsenteret til et sted også eldre innvandrere bruker.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Felles lunsj som deltakerne lager etter tur',
                'Stolgymnastikk med fysioterapeut annenhver uke',
                'Samtalegrupper på enkel norsk med frivillige språkvenner',
                'Besøk fra helsestasjon for eldre, tannhelsetjenesten og andre tjenester i bydelen',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Rundt 35 personer fra ti land kommer jevnlig. Flere har begynt å bruke andre aktiviteter på seniorsenteret, som turgruppa og datakurset.',
            },
          ],
          participantVoice: 'Før satt jeg hjemme hele dagen. Nå har jeg et sted å gå, og jeg snakker mer norsk enn før.',
          indicators:
            'Antall deltakere, hvor mange som også bruker andre aktiviteter på senteret, og deltakernes egen vurdering av ensomhet.',
          resources:
            'Lokaler på seniorsenteret, et matbudsjett på 2 000 kroner i uka, en koordinator i 30 prosent stilling og faste frivillige.',
          transferability: [
            {
              type: 'p',
              text: 'Kan gjennomføres i alle bydeler og kommuner som har et seniorsenter eller en frivilligsentral.',
            },
          ],
          dos: ['La deltakerne selv være med på å bestemme programmet.'],
          donts: ['Ikke gjør treffet til et rent informasjonsmøte.'],
        },
      },
    },
  },
  // ── changes-requested ──────────────────────────────────────────────
  {
    state: 'changes-requested',
    submitter: { name: 'Leyla Hassan', email: 'leyla.hassan@studieforbund.example', locale: 'sv' },
    note: 'Tack för förslaget! Kan du beskriva hur det gick för deltagarna efter projektet, till exempel hur många som fortsatte till sfi, studier eller arbete, och berätta om deltagarna gav sitt samtycke till att namn och bilder används i boken?',
    practice: {
      slug: 'proposal-koket-som-klassrum-malmo',
      country: 'SE',
      region: 'Skåne',
      municipality: 'Malmö',
      organisations: ['se-malmo-city'],
      partners: 'Ett studieförbund och stadsbiblioteket',
      themes: ['labour-market', 'social-services'],
      targetGroups: ['women-outside-labour-force'],
      actorType: 'partnership',
      startDate: '2024-01-15',
      endDate: '2024-12-20',
      runState: 'ended',
      evaluation: 'none',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Leyla Hassan',
        role: 'Verksamhetsutvecklare',
        email: 'leyla.hassan@studieforbund.example',
        consent: true,
      },
      originalLanguage: 'sv',
      translations: {
        sv: {
          title: 'Köket som klassrum – en kokbok skriven av nyanlända kvinnor',
          summary:
            'Tolv kvinnor som stod långt från arbetsmarknaden skrev tillsammans en kokbok med recept från sina hemländer. Under arbetet tränade de svenska, hygienregler och att planera inköp efter en budget.',
          challenge: [
            {
              type: 'p',
              text: 'Kvinnor som har varit hemma med barn i många år deltar sällan i sfi eller arbetsmarknadsinsatser. Vanliga kurser upplevs ofta som svåra att ta sig till.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Att stärka deltagarnas svenska och självförtroende och väcka intresse för arbete inom restaurang och storkök.',
            },
          ],
          howItWorks: [
            {
              type: 'p',
              text: 'Gruppen träffades två förmiddagar i veckan i ett undervisningskök. Varje kvinna lagade sina recept, och gruppen skrev texterna på svenska med stöd av en sfi-lärare. En fotograf lärde ut bildtagning, och boken trycktes i 500 exemplar.',
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Boken presenterades på stadsbiblioteket i december 2024. Tre deltagare har därefter börjat en utbildning till restaurangbiträde.',
            },
          ],
          participantVoice: 'Jag har aldrig skrivit något på svenska förut. Nu står mitt namn i en bok.',
          indicators:
            'Närvaro, deltagarnas egen bedömning av sin svenska och hur många som gick vidare till studier eller arbete.',
          resources:
            'Undervisningskök, en cirkelledare, en sfi-lärare fyra timmar i veckan och tryckkostnader på ungefär 60 000 kronor.',
          transferability: [
            {
              type: 'p',
              text: 'Arbetssättet går att använda med andra teman, till exempel trädgård eller sömnad.',
            },
          ],
          dos: ['Låt deltagarna äga sina recept och berättelser.'],
          donts: ['Gör inte boken till huvudsaken – det är processen som är viktigast.'],
        },
      },
    },
  },
  {
    state: 'changes-requested',
    submitter: { name: 'Guðrún Ólafsdóttir', email: 'gudrun.olafsdottir@reykjanesbaer.example', locale: 'is' },
    note: 'Takk fyrir tillöguna! Gætirðu bætt við upplýsingum um fjölda þátttakenda og hve margir hafa staðist bóklega prófið, og sagt frá því hvernig námskeiðið er fjármagnað?',
    practice: {
      slug: 'proposal-okunam-a-einfaldri-islensku',
      country: 'IS',
      region: 'Suðurnes',
      municipality: 'Reykjanesbær',
      organisations: ['is-reykjanesbaer-municipality'],
      partners: 'Ökuskóli á svæðinu og símenntunarmiðstöð',
      themes: ['labour-market', 'regional-development'],
      targetGroups: ['newly-arrived-refugees', 'labour-migrants'],
      actorType: 'partnership',
      startDate: '2024-02-05',
      runState: 'ongoing',
      evaluation: 'none',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Guðrún Ólafsdóttir',
        role: 'Ráðgjafi á velferðarsviði',
        email: 'gudrun.olafsdottir@reykjanesbaer.example',
        consent: true,
      },
      originalLanguage: 'is',
      translations: {
        is: {
          title: 'Bóklegt ökunám á einfaldri íslensku',
          summary:
            'Námskeið sem undirbýr innflytjendur fyrir bóklega ökuprófið með einföldum texta, myndum og orðalista á nokkrum tungumálum. Kennt er í litlum hópum á kvöldin.',
          challenge: [
            {
              type: 'p',
              text: 'Ökuréttindi skipta miklu máli til að fá vinnu á Suðurnesjum, þar sem almenningssamgöngur eru takmarkaðar. Margir innflytjendur falla þó á bóklega prófinu vegna þess að hugtökin í kennsluefninu eru of erfið.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Að fleiri innflytjendur standist bóklega prófið í fyrstu tilraun og eigi þannig auðveldara með að fá vinnu.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Átta kvöldtímar hjá ökukennara sem hefur fengið þjálfun í að tala einfalda íslensku',
                'Kennsluefni með myndum og orðalista á ensku, pólsku og arabísku',
                'Æfingapróf í hverjum tíma',
                'Námskeiðsgjaldið er niðurgreitt fyrir þá sem eru í atvinnuleit',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Fjórir hópar hafa lokið námskeiðinu. Kennararnir segja að fleiri standist prófið en áður, en við höfum ekki enn tekið saman tölur.',
            },
          ],
          participantVoice: 'Loksins skil ég hvað „biðskylda“ þýðir.',
          indicators: 'Fjöldi þátttakenda og hlutfall þeirra sem standast bóklega prófið í fyrstu tilraun.',
          resources: 'Laun ökukennara, kennslustofa í eigu bæjarins og þýðing orðalistans.',
          transferability: [
            {
              type: 'p',
              text: 'Hentar sveitarfélögum þar sem fólk þarf bíl til að komast til vinnu.',
            },
          ],
          dos: ['Notið myndir af raunverulegum umferðarmerkjum.'],
          donts: ['Gerið ekki ráð fyrir að allir skilji ensku.'],
        },
      },
    },
  },
  // ── declined ───────────────────────────────────────────────────────
  {
    state: 'declined',
    submitter: { name: 'Mikko Rantanen', email: 'mikko.rantanen@kielisovellus.example', locale: 'fi' },
    note: 'Kiitos ehdotuksesta, mutta emme voi julkaista sitä: kyseessä on kaupallisen tuotteen neljän viikon kokeilu, eikä ideapankki esittele yksittäisiä tuotteita. Jos kaupunki jatkaa kokeilua ja arvioi sen tuloksia, käytännön voi ehdottaa uudelleen.',
    practice: {
      slug: 'proposal-kielisovelluskokeilu-oulu',
      country: 'FI',
      region: 'Pohjois-Pohjanmaa',
      municipality: 'Oulu',
      organisations: ['fi-oulu-city'],
      partners: 'Sovellusta kehittävä yritys',
      themes: ['labour-market'],
      targetGroups: ['newly-arrived-refugees', 'labour-migrants'],
      actorType: 'private-company',
      startDate: '2025-09-01',
      endDate: '2025-09-26',
      runState: 'ended',
      evaluation: 'none',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Mikko Rantanen',
        role: 'Myyntijohtaja',
        email: 'mikko.rantanen@kielisovellus.example',
        consent: true,
      },
      links: [{ label: 'Sovelluksen esittely kunnille', url: 'https://kielisovellus.example/kunnille' }],
      originalLanguage: 'fi',
      translations: {
        fi: {
          title: 'Puhesovelluksen kokeilu kotoutumiskoulutuksessa',
          summary:
            'Kokeilimme neljän viikon ajan suomen kielen oppimissovellusta, jossa tekoäly auttaa harjoittelemaan puhumista. Sovellus oli käytössä kahdessa kotoutumiskoulutuksen ryhmässä.',
          challenge: [
            {
              type: 'p',
              text: 'Kotoutumiskoulutuksen ryhmissä on vähän aikaa puhumisen harjoitteluun, eikä monilla opiskelijoilla ole suomenkielisiä ystäviä, joiden kanssa harjoitella.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'Lisätä puheharjoittelua oppituntien ulkopuolella ja saada opiskelijat käyttämään suomea joka päivä.',
            },
          ],
          howItWorks: [
            {
              type: 'p',
              text: 'Opiskelijat saivat sovelluksen maksutta käyttöönsä. Sovellus antaa päivittäisiä keskustelutehtäviä ja palautetta ääntämisestä, ja opettajat näkivät ryhmänsä edistymisen hallintanäkymästä.',
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Opiskelijoista 70 prosenttia käytti sovellusta vähintään kerran viikossa. Palautekyselyssä opiskelijat pitivät ääntämispalautetta hyödyllisenä.',
            },
          ],
          participantVoice: 'Uskallan nyt puhua suomea kaupassa.',
          indicators: 'Käyttökertojen määrä ja opiskelijoiden tyytyväisyys.',
          resources: 'Sovelluksen lisenssi maksaa 15 euroa opiskelijaa kohden kuukaudessa.',
          transferability: [
            {
              type: 'p',
              text: 'Sovellus on helppo ottaa käyttöön missä tahansa kunnassa, ja tarjoamme kunnille maksuttoman kokeilujakson.',
            },
          ],
          dos: ['Esittele sovellus opiskelijoille oppitunnilla.'],
          donts: ['Älä jätä opettajia ilman perehdytystä.'],
        },
      },
    },
  },
  {
    state: 'declined',
    submitter: { name: 'Jonas Birk Nielsen', email: 'jonas.nielsen@flygtningenetvaerk.example', locale: 'da' },
    note: 'Tak for forslaget. Vi har desværre afvist det, fordi lektiecaféen kun har kørt i fire uger, og idébanken kun rummer praksisser med erfaringer at dele – indsend det gerne igen, når caféen har kørt et helt skoleår.',
    practice: {
      slug: 'proposal-lektiecafe-paa-biblioteket-aarhus',
      country: 'DK',
      region: 'Region Midtjylland',
      municipality: 'Aarhus',
      organisations: ['dk-volunteer-network', 'dk-aarhus-municipality'],
      partners: 'Det lokale bibliotek',
      themes: ['children-and-youth'],
      targetGroups: ['children-and-families', 'youth'],
      actorType: 'ngo',
      startDate: '2025-09-08',
      runState: 'ongoing',
      evaluation: 'none',
      evidenceLevel: 'emerging',
      contact: {
        name: 'Jonas Birk Nielsen',
        role: 'Frivillig koordinator',
        email: 'jonas.nielsen@flygtningenetvaerk.example',
        consent: true,
      },
      originalLanguage: 'da',
      translations: {
        da: {
          title: 'Lektiecafé på biblioteket',
          summary:
            'Frivillige studerende hjælper børn og unge fra 4. til 10. klasse med lektier to eftermiddage om ugen på det lokale bibliotek. Forældrene kan samtidig få hjælp til at bruge skolens digitale platform.',
          challenge: [
            {
              type: 'p',
              text: 'Mange børn i området har forældre, der ikke kan hjælpe med lektier på dansk, og der er ikke plads til alle i skolens egen lektiehjælp.',
            },
          ],
          goals: [
            {
              type: 'p',
              text: 'At børnene får lavet deres lektier og får mere selvtillid i skolen, og at forældrene bliver bedre til at følge med i skolearbejdet.',
            },
          ],
          howItWorks: [
            {
              type: 'ul',
              items: [
                'Åbent tirsdag og torsdag kl. 15–17 uden tilmelding',
                'Fem til otte frivillige studerende hver gang',
                'Frugt og saft sponsoreret af en lokal købmand',
                'Et forældrehjørne med hjælp til Aula og beskeder fra skolen',
              ],
            },
          ],
          results: [
            {
              type: 'p',
              text: 'Caféen åbnede i september 2025. I de første fire uger kom der i gennemsnit 18 børn hver gang.',
            },
          ],
          participantVoice: 'Her er der ro, og der er nogen, der forklarer det, hvis jeg ikke forstår matematikken.',
          indicators: 'Antal børn hver gang og de frivilliges fremmøde.',
          resources: 'Lokaler på biblioteket uden beregning og ca. 1.500 kr. om måneden til forplejning.',
          transferability: [
            {
              type: 'p',
              text: 'Kan startes alle steder, hvor der er et bibliotek og frivillige at trække på.',
            },
          ],
          dos: ['Hav en fast koordinator, som børnene kender.'],
          donts: ['Lov ikke mere hjælp, end de frivillige kan levere.'],
        },
      },
    },
  },
]
