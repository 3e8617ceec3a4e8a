import type { PracticeSeed } from './practice-types'

/**
 * Demo practices from Norway, Finland, Iceland, the Faroe Islands and Greenland.
 * Invented but realistic; language coverage is deliberately uneven: three practices
 * exist in all six languages, most have their original language and English, and a
 * few exist only in the language they were written in.
 */
export const practicesB: PracticeSeed[] = [
  // ── Norway ─────────────────────────────────────────────────────────
  {
    slug: 'bergen-work-practice-introduction',
    country: 'NO',
    region: 'Vestland',
    municipality: 'Bergen',
    organisations: ['no-bergen-municipality'],
    partners: 'Om lag 140 arbeidsgivere i Bergen, Nav og Bergen voksenopplæring',
    themes: ['labour-market'],
    targetGroups: ['newly-arrived-refugees', 'women-outside-labour-force'],
    actorType: 'municipality',
    startDate: '2017-08-14',
    runState: 'regular-service',
    evaluation: 'external',
    evidenceLevel: 'documented',
    contact: {
      name: 'Ingrid Solheim',
      role: 'Seksjonsleder, introduksjonsprogrammet',
      email: 'ingrid.solheim@bergen-kommune.example',
      phone: '+47 55 56 00 00',
      consent: true,
    },
    links: [
      { label: 'Introduksjonsprogrammet i Bergen', url: 'https://bergen-kommune.example/introduksjonsprogrammet' },
      { label: 'Evalueringsrapport 2023', url: 'https://bergen-kommune.example/rapporter/arbeidspraksis-2023.pdf' },
    ],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Introduksjonsprogram med arbeidspraksis fra første måned i Bergen',
        summary:
          'Bergen kommune kobler norskopplæring og arbeidspraksis allerede i introduksjonsprogrammets første måned. Deltakerne er to dager i uka hos en fast arbeidsgiver, og en jobbveileder følger opp begge parter.',
        challenge: [
          { type: 'p', text: 'Mange deltakere i introduksjonsprogrammet gikk tidligere et helt år i klasserommet før de møtte en norsk arbeidsplass. Språket de lærte, hadde liten sammenheng med arbeidslivet, og få arbeidsgivere kjente til programmet. Overgangen til arbeid eller utdanning lå under det nasjonale målet.' },
        ],
        goals: [
          { type: 'p', text: 'Minst 65 prosent av deltakerne skal være i arbeid eller utdanning ett år etter avsluttet program. Programmet skal også gi deltakerne yrkesrettet norsk og et nettverk blant arbeidsgivere i byen.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Etter kartleggingssamtalen blir hver deltaker matchet med en arbeidsgiver innen et yrke de har erfaring fra eller ønsker seg til. Uka er delt mellom tre dager med norskopplæring og to dager i praksis.' },
          {
            type: 'ul',
            items: [
              'Jobbveilederen besøker arbeidsplassen annenhver uke og har trepartssamtaler med deltakeren og kontaktpersonen',
              'Norsklærerne får ordlister og arbeidsoppgaver fra praksisplassen og bruker dem i undervisningen',
              'Arbeidsgiverne får et kort kurs i klarspråk og veiledning av nyankomne',
              'Etter seks måneder blir praksisen vurdert på nytt, og den kan gå over i en lønnet deltidsjobb',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Rundt 1 100 personer deltok mellom 2018 og 2023. Andelen i arbeid eller utdanning ett år etter programmet økte fra 51 til 68 prosent, og flere kvinner enn før fikk fast praksisplass. Om lag 140 arbeidsgivere har tatt imot deltakere.' },
        ],
        participantVoice: '«På lageret lærte jeg ordene jeg faktisk trengte, og plutselig skjønte jeg hva læreren snakket om i klasserommet.»',
        indicators: 'Andel i arbeid eller utdanning ett år etter programmet, antall aktive praksisplasser og resultater på norskprøven på nivå A2 og B1.',
        resources: 'Ti jobbveiledere i 2023, finansiert over kommunens ordinære budsjett for introduksjonsprogrammet og integreringstilskuddet fra staten.',
        transferability: [
          { type: 'p', text: 'Modellen kan brukes i alle kommuner som har introduksjonsprogram, men krever én jobbveileder per 30–35 deltakere. Mindre kommuner kan samarbeide om en felles pool av arbeidsgivere.' },
        ],
        dos: [
          'Start praksisen tidlig, mens motivasjonen er høy',
          'Gi arbeidsgiveren én fast kontaktperson i kommunen',
          'La praksisplassen forme innholdet i norskundervisningen',
        ],
        donts: [
          'Ikke bruk praksis som gratis arbeidskraft uten opplæringsplan',
          'Ikke vent til deltakerens norsk er «god nok»',
          'Ikke la en praksis gå uten oppfølging i mer enn to uker',
        ],
      },
      sv: {
        title: 'Introduktionsprogram med arbetspraktik från första månaden i Bergen',
        summary:
          'Bergens kommun kombinerar norskundervisning med arbetspraktik redan under introduktionsprogrammets första månad. Deltagarna är två dagar i veckan hos en fast arbetsgivare och följs upp av en jobbcoach.',
        challenge: [
          { type: 'p', text: 'Tidigare satt många deltagare i introduktionsprogrammet ett helt år i klassrummet innan de mötte en norsk arbetsplats. Språket de lärde sig hade liten koppling till arbetslivet, och få arbetsgivare kände till programmet. Övergången till arbete eller studier låg under det nationella målet.' },
        ],
        goals: [
          { type: 'p', text: 'Minst 65 procent av deltagarna ska vara i arbete eller utbildning ett år efter avslutat program. Programmet ska också ge deltagarna yrkesinriktad norska och ett nätverk bland stadens arbetsgivare.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Efter den inledande kartläggningen matchas varje deltagare med en arbetsgivare inom ett yrke som personen har erfarenhet av eller vill arbeta med. Veckan delas mellan tre dagar språkundervisning och två dagar praktik.' },
          {
            type: 'ul',
            items: [
              'Jobbcoachen besöker arbetsplatsen varannan vecka och håller trepartssamtal med deltagaren och handledaren',
              'Norsklärarna får ordlistor och arbetsuppgifter från praktikplatsen och använder dem i undervisningen',
              'Arbetsgivarna går en kort kurs i klarspråk och i att handleda nyanlända',
              'Efter sex månader ses praktiken över och kan övergå i en avlönad deltidsanställning',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Omkring 1 100 personer deltog mellan 2018 och 2023. Andelen i arbete eller utbildning ett år efter programmet ökade från 51 till 68 procent, och fler kvinnor än tidigare fick en fast praktikplats. Ett 140-tal arbetsgivare har tagit emot deltagare.' },
        ],
        participantVoice: '”På lagret lärde jag mig de ord jag faktiskt behövde, och plötsligt förstod jag vad läraren pratade om i klassrummet.”',
        indicators: 'Andel i arbete eller utbildning ett år efter programmet, antal aktiva praktikplatser och resultat på norskprovet på nivå A2 och B1.',
        resources: 'Tio jobbcoacher år 2023, finansierade via kommunens ordinarie budget för introduktionsprogrammet och statens integrationsbidrag.',
        transferability: [
          { type: 'p', text: 'Modellen passar alla kommuner som har ett introduktionsprogram, men kräver en jobbcoach per 30–35 deltagare. Mindre kommuner kan samarbeta om en gemensam pool av arbetsgivare.' },
        ],
        dos: [
          'Börja praktiken tidigt, medan motivationen är hög',
          'Ge arbetsgivaren en fast kontaktperson i kommunen',
          'Låt praktikplatsen forma innehållet i språkundervisningen',
        ],
        donts: [
          'Använd inte praktik som gratis arbetskraft utan handledningsplan',
          'Vänta inte tills deltagarens norska är ”tillräckligt bra”',
          'Lämna inte en praktik utan uppföljning i mer än två veckor',
        ],
      },
      da: {
        title: 'Introduktionsprogram med arbejdspraktik fra første måned i Bergen',
        summary:
          'Bergen Kommune kombinerer norskundervisning med arbejdspraktik allerede i introduktionsprogrammets første måned. Deltagerne er to dage om ugen hos en fast arbejdsgiver og følges op af en jobkonsulent.',
        challenge: [
          { type: 'p', text: 'Tidligere sad mange deltagere i introduktionsprogrammet et helt år i klasselokalet, før de mødte en norsk arbejdsplads. Det sprog, de lærte, havde ringe forbindelse til arbejdslivet, og få arbejdsgivere kendte programmet. Overgangen til job eller uddannelse lå under det nationale mål.' },
        ],
        goals: [
          { type: 'p', text: 'Mindst 65 procent af deltagerne skal være i job eller uddannelse et år efter afsluttet program. Programmet skal også give deltagerne fagrettet norsk og et netværk blandt byens arbejdsgivere.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Efter den indledende kortlægning matches hver deltager med en arbejdsgiver inden for et fag, som vedkommende har erfaring med eller gerne vil arbejde i. Ugen deles mellem tre dages sprogundervisning og to dages praktik.' },
          {
            type: 'ul',
            items: [
              'Jobkonsulenten besøger arbejdspladsen hver anden uge og holder trepartssamtaler med deltageren og den faste kontaktperson',
              'Norsklærerne får ordlister og arbejdsopgaver fra praktikstedet og bruger dem i undervisningen',
              'Arbejdsgiverne får et kort kursus i klart sprog og i at vejlede nyankomne',
              'Efter seks måneder vurderes praktikken, og den kan gå over i et lønnet deltidsjob',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Omkring 1.100 personer deltog mellem 2018 og 2023. Andelen i job eller uddannelse et år efter programmet steg fra 51 til 68 procent, og flere kvinder end før fik et fast praktiksted. Omkring 140 arbejdsgivere har taget imod deltagere.' },
        ],
        participantVoice: '»På lageret lærte jeg de ord, jeg faktisk havde brug for, og pludselig forstod jeg, hvad læreren talte om i klassen.«',
        indicators: 'Andel i job eller uddannelse et år efter programmet, antal aktive praktikpladser og resultater i norskprøven på niveau A2 og B1.',
        resources: 'Ti jobkonsulenter i 2023, finansieret over kommunens almindelige budget til introduktionsprogrammet og statens integrationstilskud.',
        transferability: [
          { type: 'p', text: 'Modellen kan bruges i alle kommuner med et introduktionsprogram, men kræver én jobkonsulent pr. 30–35 deltagere. Mindre kommuner kan samarbejde om en fælles pulje af arbejdsgivere.' },
        ],
        dos: [
          'Start praktikken tidligt, mens motivationen er høj',
          'Giv arbejdsgiveren én fast kontaktperson i kommunen',
          'Lad praktikstedet præge indholdet i sprogundervisningen',
        ],
        donts: [
          'Brug ikke praktik som gratis arbejdskraft uden en oplæringsplan',
          'Vent ikke, til deltagerens norsk er »godt nok«',
          'Lad ikke et praktikforløb gå uden opfølgning i mere end to uger',
        ],
      },
      fi: {
        title: 'Bergenin kotoutumisohjelma: työharjoittelu alkaa ensimmäisenä kuukautena',
        summary:
          'Bergenin kunta yhdistää norjan opetuksen ja työharjoittelun jo kotoutumisohjelman ensimmäisestä kuukaudesta alkaen. Osallistujat ovat kaksi päivää viikossa saman työnantajan luona, ja työvalmentaja tukee sekä osallistujaa että työpaikkaa.',
        challenge: [
          { type: 'p', text: 'Aiemmin moni kotoutumisohjelman osallistuja opiskeli kokonaisen vuoden luokkahuoneessa ennen kuin pääsi norjalaiselle työpaikalle. Opittu kieli liittyi vain vähän työelämään, eikä moni työnantaja tuntenut ohjelmaa. Siirtyminen työhön tai koulutukseen jäi kansallisesta tavoitteesta.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena on, että vähintään 65 prosenttia osallistujista on työssä tai koulutuksessa vuoden kuluttua ohjelman päättymisestä. Lisäksi osallistujat oppivat ammattiin liittyvää norjaa ja saavat kontakteja kaupungin työnantajiin.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Alkukartoituksen jälkeen jokaiselle osallistujalle etsitään työnantaja alalta, jolta hänellä on kokemusta tai jolle hän haluaa suuntautua. Viikossa on kolme kieliopetuspäivää ja kaksi harjoittelupäivää.' },
          {
            type: 'ul',
            items: [
              'Työvalmentaja käy työpaikalla joka toinen viikko ja käy kolmikantakeskustelun osallistujan ja työpaikan yhteyshenkilön kanssa',
              'Norjan opettajat saavat harjoittelupaikalta sanastoja ja työtehtäviä ja käyttävät niitä opetuksessa',
              'Työnantajat osallistuvat lyhyeen koulutukseen selkokielestä ja maahan muuttaneiden perehdyttämisestä',
              'Kuuden kuukauden kuluttua harjoittelu arvioidaan, ja siitä voi tulla palkallinen osa-aikatyö',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuosina 2018–2023 ohjelmaan osallistui noin 1 100 henkilöä. Vuosi ohjelman jälkeen työssä tai koulutuksessa olevien osuus nousi 51 prosentista 68 prosenttiin, ja aiempaa useampi nainen sai pysyvän harjoittelupaikan. Noin 140 työnantajaa on ottanut vastaan osallistujia.' },
        ],
        participantVoice: '”Varastolla opin ne sanat, joita oikeasti tarvitsin, ja yhtäkkiä ymmärsin, mistä opettaja luokassa puhui.”',
        indicators: 'Työssä tai koulutuksessa olevien osuus vuosi ohjelman jälkeen, aktiivisten harjoittelupaikkojen määrä sekä norjan kielen kokeen tulokset tasoilla A2 ja B1.',
        resources: 'Kymmenen työvalmentajaa vuonna 2023. Rahoitus tulee kunnan kotoutumisohjelman tavanomaisesta budjetista ja valtion kotoutumisavustuksesta.',
        transferability: [
          { type: 'p', text: 'Mallia voi käyttää missä tahansa kunnassa, jossa on kotoutumisohjelma, mutta se edellyttää yhtä työvalmentajaa 30–35 osallistujaa kohden. Pienet kunnat voivat koota yhteisen työnantajaverkoston.' },
        ],
        dos: [
          'Aloita harjoittelu varhain, kun motivaatio on korkealla',
          'Nimeä työnantajalle yksi pysyvä yhteyshenkilö kunnassa',
          'Anna harjoittelupaikan vaikuttaa kieliopetuksen sisältöön',
        ],
        donts: [
          'Älä käytä harjoittelua ilmaisena työvoimana ilman perehdytyssuunnitelmaa',
          'Älä odota, että osallistujan norjan taito on ”riittävän hyvä”',
          'Älä jätä harjoittelua ilman seurantaa yli kahdeksi viikoksi',
        ],
      },
      is: {
        title: 'Aðlögunaráætlun í Bergen með starfsþjálfun frá fyrsta mánuði',
        summary:
          'Sveitarfélagið Bergen tvinnar saman norskukennslu og starfsþjálfun strax á fyrsta mánuði aðlögunaráætlunarinnar. Þátttakendur eru tvo daga í viku hjá sama vinnuveitanda og atvinnuráðgjafi fylgir bæði þeim og vinnustaðnum eftir.',
        challenge: [
          { type: 'p', text: 'Áður sátu margir þátttakendur heilt ár á skólabekk áður en þeir kynntust norskum vinnustað. Tungumálið sem þeir lærðu tengdist atvinnulífinu lítið og fáir vinnuveitendur þekktu áætlunina. Hlutfall þeirra sem fóru í vinnu eða nám var undir landsmarkmiðinu.' },
        ],
        goals: [
          { type: 'p', text: 'Markmiðið er að minnst 65 prósent þátttakenda séu í vinnu eða námi ári eftir að áætluninni lýkur. Þátttakendur eiga einnig að læra starfstengda norsku og mynda tengsl við vinnuveitendur í borginni.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Eftir upphafsmat er hver þátttakandi paraður við vinnuveitanda í starfsgrein sem hann hefur reynslu af eða vill starfa við. Vikunni er skipt í þrjá daga í tungumálanámi og tvo daga í starfsþjálfun.' },
          {
            type: 'ul',
            items: [
              'Atvinnuráðgjafinn heimsækir vinnustaðinn aðra hverja viku og heldur þríhliða fundi með þátttakanda og tengilið á vinnustaðnum',
              'Norskukennarar fá orðalista og verkefni frá vinnustaðnum og nota þau í kennslunni',
              'Vinnuveitendur sækja stutt námskeið um skýrt mál og leiðsögn nýkominna innflytjenda',
              'Eftir sex mánuði er starfsþjálfunin endurmetin og hún getur orðið að launuðu hlutastarfi',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Um 1.100 manns tóku þátt á árunum 2018 til 2023. Hlutfall þeirra sem voru í vinnu eða námi ári eftir áætlunina hækkaði úr 51 í 68 prósent og fleiri konur en áður fengu fast starfsþjálfunarpláss. Um 140 vinnuveitendur hafa tekið á móti þátttakendum.' },
        ],
        participantVoice: '„Á lagernum lærði ég orðin sem ég þurfti í raun og allt í einu skildi ég hvað kennarinn var að tala um í tímum.“',
        indicators: 'Hlutfall í vinnu eða námi ári eftir áætlunina, fjöldi virkra starfsþjálfunarplássa og niðurstöður norskuprófa á stigi A2 og B1.',
        resources: 'Tíu atvinnuráðgjafar árið 2023, fjármagnaðir af almennri fjárhagsáætlun sveitarfélagsins fyrir aðlögunaráætlunina og aðlögunarframlagi ríkisins.',
        transferability: [
          { type: 'p', text: 'Líkanið hentar öllum sveitarfélögum sem bjóða aðlögunaráætlun en krefst eins atvinnuráðgjafa á hverja 30–35 þátttakendur. Minni sveitarfélög geta sameinast um hóp vinnuveitenda.' },
        ],
        dos: [
          'Byrjið starfsþjálfunina snemma meðan áhuginn er mikill',
          'Gefið vinnuveitandanum einn fastan tengilið hjá sveitarfélaginu',
          'Látið vinnustaðinn móta innihald tungumálakennslunnar',
        ],
        donts: [
          'Notið ekki starfsþjálfun sem ókeypis vinnuafl án þjálfunaráætlunar',
          'Bíðið ekki eftir því að norska þátttakandans verði „nógu góð“',
          'Látið starfsþjálfun ekki vera án eftirfylgni lengur en tvær vikur',
        ],
      },
      en: {
        title: 'Bergen introduction programme with work practice from the first month',
        summary:
          'Bergen combines Norwegian classes with work practice from the first month of the introduction programme. Participants spend two days a week with the same employer, and a job coach supports both sides.',
        challenge: [
          { type: 'p', text: 'Participants in the introduction programme used to spend a whole year in the classroom before they set foot in a Norwegian workplace. The language they learned had little to do with working life, and few employers knew the programme. Transitions to work or education were below the national target.' },
        ],
        goals: [
          { type: 'p', text: 'At least 65 per cent of participants should be in work or education one year after completing the programme. The programme should also give participants job-related Norwegian and a network among the city’s employers.' },
        ],
        howItWorks: [
          { type: 'p', text: 'After the initial assessment, each participant is matched with an employer in a trade they have experience in or want to enter. The week is split between three days of language training and two days of work practice.' },
          {
            type: 'ul',
            items: [
              'The job coach visits the workplace every other week and holds three-way meetings with the participant and their workplace contact',
              'Language teachers receive word lists and tasks from the workplace and use them in class',
              'Employers take a short course in plain language and in mentoring newcomers',
              'After six months the placement is reviewed and can turn into a paid part-time job',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Around 1,100 people took part between 2018 and 2023. The share in work or education one year after the programme rose from 51 to 68 per cent, and more women than before had a steady placement. Some 140 employers have hosted participants.' },
        ],
        participantVoice: '“At the warehouse I learned the words I actually needed, and suddenly I understood what the teacher was talking about in class.”',
        indicators: 'Share in work or education one year after the programme, number of active placements and results in the Norwegian test at levels A2 and B1.',
        resources: 'Ten job coaches in 2023, funded from the municipality’s regular introduction programme budget and the state integration grant.',
        transferability: [
          { type: 'p', text: 'The model works in any municipality that runs an introduction programme, but needs one job coach for every 30–35 participants. Smaller municipalities can share a joint pool of employers.' },
        ],
        dos: [
          'Start work practice early, while motivation is high',
          'Give the employer one named contact in the municipality',
          'Let the workplace shape the content of the language classes',
        ],
        donts: [
          'Don’t use work practice as free labour without a training plan',
          'Don’t wait until the participant’s Norwegian is “good enough”',
          'Don’t leave a placement without follow-up for more than two weeks',
        ],
      },
    },
  },
  {
    slug: 'oslo-grorud-kindergarten-outreach',
    country: 'NO',
    region: 'Oslo',
    municipality: 'Oslo',
    organisations: ['no-oslo-municipality'],
    partners: 'Helsestasjonen i bydel Grorud, åpen barnehage og lokale trossamfunn',
    themes: ['children-and-youth', 'social-services'],
    targetGroups: ['children-and-families', 'women-outside-labour-force'],
    actorType: 'municipality',
    startDate: '2019-01-07',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    contact: {
      name: 'Hodan Warsame',
      role: 'Barnehagelos, bydel Grorud',
      email: 'hodan.warsame@bgo.oslo-kommune.example',
      phone: '+47 23 00 00 00',
      consent: true,
    },
    links: [{ label: 'Barnehagelos i bydel Grorud', url: 'https://oslo-kommune.example/grorud/barnehagelos' }],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Barnehagelos: oppsøkende arbeid for familier i bydel Grorud',
        summary:
          'To barnehageloser med arabisk, somali og urdu som morsmål besøker familier med barn mellom ett og fem år som ikke går i barnehage. De forklarer hvordan barnehagen fungerer, hjelper med søknaden og følger familien den første måneden.',
        challenge: [
          { type: 'p', text: 'I bydelen gikk færre minoritetsspråklige barn i barnehage enn gjennomsnittet i Oslo, selv om alle fire- og femåringer har rett på gratis kjernetid. Mange foreldre kjente ikke ordningen, syntes søknaden var vanskelig eller var usikre på hva barna skulle gjøre der. Barna begynte derfor på skolen med svake norskferdigheter.' },
        ],
        goals: [
          { type: 'p', text: 'Målet er å få andelen minoritetsspråklige barn i barnehage i bydelen opp på samme nivå som i resten av byen, og å gi foreldrene trygghet og kunnskap om barnehagen som læringsarena.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Bydelen får oversikt over barn uten barnehageplass fra folkeregisteret og helsestasjonen. Barnehagelosene ringer familiene og tilbyr hjemmebesøk på familiens eget språk.' },
          {
            type: 'ul',
            items: [
              'Hjemmebesøk med bilder og korte filmer fra en vanlig barnehagedag',
              'Hjelp til å søke plass og redusert foreldrebetaling',
              'Åpen barnehagedag én lørdag i måneden der hele familien kan komme',
              'Oppfølgingssamtale etter den første måneden i barnehagen',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Fra 2019 til 2024 besøkte losene 860 familier. Andelen minoritetsspråklige barn i barnehage i bydelen økte fra 74 til 87 prosent. I en intern spørreundersøkelse svarte ni av ti foreldre at de følte seg godt forberedt til oppstarten.' },
        ],
        participantVoice: '«Jeg trodde barnehagen bare var for mødre som jobber. Nå ser jeg at sønnen min lærer norsk og leker med andre barn.»',
        indicators: 'Andel minoritetsspråklige barn med barnehageplass, antall hjemmebesøk og andel familier som fortsatt har plass etter seks måneder.',
        resources: 'To årsverk som barnehagelos og et lite driftsbudsjett til tolk og åpen barnehage, finansiert over bydelens ordinære budsjett og et statlig tilskudd.',
        transferability: [
          { type: 'p', text: 'Metoden kan brukes i alle bydeler og kommuner med lav barnehagedeltakelse. Det viktigste er ansatte som snakker familienes språk og har tillit i nærmiljøet.' },
        ],
        dos: [
          'Rekrutter loser som selv har vært nye foreldre i Norge',
          'Vis barnehagehverdagen med bilder, ikke bare med ord',
          'Samarbeid tett med helsestasjonen',
        ],
        donts: [
          'Ikke send bare brev – de fleste familiene svarer ikke',
          'Ikke framstill barnehagen som en plikt eller et krav',
          'Ikke avslutt kontakten når søknaden er sendt',
        ],
      },
      en: {
        title: 'Kindergarten guides: outreach to families in Oslo’s Grorud district',
        summary:
          'Two kindergarten guides who speak Arabic, Somali and Urdu visit families with children aged one to five who are not in kindergarten. They explain how kindergarten works, help with the application and stay in touch during the first month.',
        challenge: [
          { type: 'p', text: 'Fewer minority-language children attended kindergarten in the district than the Oslo average, even though all four- and five-year-olds are entitled to free core hours. Many parents did not know about the scheme, found the application difficult or were unsure what their children would do there. As a result, children started school with weak Norwegian.' },
        ],
        goals: [
          { type: 'p', text: 'The aim is to raise kindergarten attendance among minority-language children in the district to the level of the rest of the city, and to give parents confidence in kindergarten as a place of learning.' },
        ],
        howItWorks: [
          { type: 'p', text: 'The district receives lists of children without a kindergarten place from the population register and the child health clinic. The guides phone the families and offer a home visit in their own language.' },
          {
            type: 'ul',
            items: [
              'Home visits with photos and short films from an ordinary kindergarten day',
              'Help with applying for a place and for reduced parental fees',
              'An open kindergarten day one Saturday a month for the whole family',
              'A follow-up conversation after the first month in kindergarten',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'From 2019 to 2024 the guides visited 860 families. Kindergarten attendance among minority-language children in the district rose from 74 to 87 per cent. In an internal survey, nine out of ten parents said they felt well prepared for the start.' },
        ],
        participantVoice: '“I thought kindergarten was only for mothers who work. Now I can see my son learning Norwegian and playing with other children.”',
        indicators: 'Share of minority-language children with a kindergarten place, number of home visits and share of families who still have a place after six months.',
        resources: 'Two full-time kindergarten guides and a small budget for interpreters and open days, funded from the district’s regular budget and a state grant.',
        transferability: [
          { type: 'p', text: 'The method can be used in any district or municipality with low kindergarten attendance. What matters most is staff who speak the families’ languages and are trusted locally.' },
        ],
        dos: [
          'Recruit guides who were once new parents in Norway themselves',
          'Show everyday kindergarten life with pictures, not just words',
          'Work closely with the child health clinic',
        ],
        donts: [
          'Don’t rely on letters – most families will not reply',
          'Don’t present kindergarten as an obligation or a demand',
          'Don’t end the contact once the application is sent',
        ],
      },
    },
  },
  {
    slug: 'helgeland-empty-houses-refugee-settlement',
    country: 'NO',
    region: 'Nordland',
    municipality: 'Vefsn',
    organisations: ['no-nordland-county', 'no-integration-directorate'],
    partners: 'Vefsn, Hemnes og Grane kommuner, Husbanken og lokale eiendomsmeglere',
    themes: ['housing', 'regional-development'],
    targetGroups: ['newly-arrived-refugees', 'children-and-families'],
    actorType: 'region',
    startDate: '2016-03-01',
    endDate: '2020-12-31',
    runState: 'ended',
    evaluation: 'external',
    evidenceLevel: 'documented',
    links: [{ label: 'Sluttrapport: Bosetting i tomme hus', url: 'https://nfk.example/rapporter/bosetting-tomme-hus.pdf' }],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Bosetting i distriktet: flyktningfamilier i tomme hus på Helgeland',
        summary:
          'Nordland fylkeskommune hjalp tre kommuner på Helgeland med å kjøpe og pusse opp tomme eneboliger for å bosette flyktningfamilier. Familiene fikk en fadderfamilie i nabolaget og mulighet til å kjøpe huset etter tre år.',
        challenge: [
          { type: 'p', text: 'Kommunene ville bosette flere flyktninger for å motvirke fraflytting, men manglet egnede utleieboliger. Samtidig sto mange eneboliger tomme etter dødsfall eller utflytting. Familier som ble bosatt i små sentrumsleiligheter, flyttet ofte videre til byene etter få år.' },
        ],
        goals: [
          { type: 'p', text: 'Skaffe minst 40 familieboliger i løpet av fire år og få minst halvparten av familiene til å bli boende i regionen i fem år eller mer.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Fylkeskommunen kartla tomme hus sammen med kommunene og tok kontakt med eierne. Kommunene kjøpte husene eller leide dem på lange kontrakter, og pusset dem opp gjennom et arbeidstreningsprosjekt der flyktninger selv deltok.' },
          { type: 'p', text: 'Hver familie fikk en fadderfamilie i nabolaget. Etter tre år kunne familien gå over fra å leie til å eie ved hjelp av startlån fra Husbanken.' },
        ],
        results: [
          { type: 'p', text: 'Prosjektet skaffet 46 boliger og bosatte 52 familier. Fem år etter bosetting bodde 61 prosent fortsatt i regionen, mot 38 prosent i en sammenlignbar gruppe bosatt i sentrumsleiligheter. Elleve familier hadde kjøpt boligen sin innen 2022.' },
        ],
        participantVoice: '«Barna har hage og venner i gata. Vi kom hit på grunn av huset, men vi ble på grunn av naboene.»',
        indicators: 'Antall boliger og bosatte familier, andel som bor i regionen etter fem år og antall familier som har gått over til å eie.',
        resources: 'En prosjektstilling i fylkeskommunen i fire år, tilskudd og startlån fra Husbanken og en kommunal egenandel til oppussing.',
        transferability: [
          { type: 'p', text: 'Modellen passer for distriktskommuner med tomme boliger og ønske om befolkningsvekst. Den forutsetter at kommunen har ressurser til vedlikehold, og at lokalsamfunnet er med fra starten.' },
        ],
        dos: [
          'Kartlegg tomme hus sammen med lokale meglere og velforeninger',
          'Knytt boligen til arbeid eller praksis i nærheten',
          'Gi familiene en realistisk vei til å eie',
        ],
        donts: [
          'Ikke bosett familier uten bil langt fra kollektivtilbud',
          'Ikke undervurder kostnadene ved å pusse opp eldre hus',
          'Ikke la fadderordningen hvile på én person',
        ],
      },
      en: {
        title: 'Rural settlement: refugee families in empty houses in Helgeland',
        summary:
          'Nordland County helped three municipalities in Helgeland buy and renovate empty family houses to settle refugee families. Each family had a host family in the neighbourhood and the option to buy the house after three years.',
        challenge: [
          { type: 'p', text: 'The municipalities wanted to settle more refugees to counter depopulation, but lacked suitable rental housing. At the same time, many detached houses stood empty after their owners had died or moved away. Families settled in small flats in town centres often moved on to the cities after a few years.' },
        ],
        goals: [
          { type: 'p', text: 'To provide at least 40 family homes within four years and to have at least half of the families stay in the region for five years or more.' },
        ],
        howItWorks: [
          { type: 'p', text: 'The county mapped empty houses together with the municipalities and contacted the owners. The municipalities bought the houses or rented them on long leases, and renovated them through a work-training project in which refugees took part.' },
          { type: 'p', text: 'Each family was paired with a host family in the neighbourhood. After three years the family could switch from renting to owning with a starter loan from the Norwegian State Housing Bank.' },
        ],
        results: [
          { type: 'p', text: 'The project provided 46 homes and settled 52 families. Five years after settlement, 61 per cent still lived in the region, compared with 38 per cent of a similar group settled in town-centre flats. Eleven families had bought their home by 2022.' },
        ],
        participantVoice: '“The children have a garden and friends on our street. We came for the house, but we stayed for the neighbours.”',
        indicators: 'Number of homes and families settled, share still living in the region after five years and number of families who moved from renting to owning.',
        resources: 'A four-year project post at the county, grants and starter loans from the State Housing Bank, and a municipal contribution to renovation.',
        transferability: [
          { type: 'p', text: 'The model suits rural municipalities with empty housing that want their population to grow. It requires resources for maintenance and a local community that is involved from the start.' },
        ],
        dos: [
          'Map empty houses together with local estate agents and residents’ associations',
          'Link the home to work or a placement nearby',
          'Give families a realistic path to ownership',
        ],
        donts: [
          'Don’t settle families without a car far from public transport',
          'Don’t underestimate the cost of renovating older houses',
          'Don’t let the host family scheme depend on a single person',
        ],
      },
    },
  },
  {
    slug: 'hamaroy-lule-sami-area-introduction',
    country: 'NO',
    region: 'Nordland',
    municipality: 'Hamarøy',
    organisations: ['no-nordland-county'],
    partners: 'Hamarøy kommune, et lulesamisk språk- og kultursenter og Hamarøy voksenopplæring',
    themes: ['regional-development', 'children-and-youth'],
    targetGroups: ['newly-arrived-refugees', 'children-and-families'],
    actorType: 'partnership',
    startDate: '2021-08-16',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Marit Kuoljok',
      role: 'Kulturformidler',
      email: 'marit.kuoljok@hamaroy-kommune.example',
      consent: false,
    },
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'transferable'],
    translations: {
      nb: {
        title: 'Tre kulturer i ett lokalsamfunn: introduksjon i et lulesamisk område',
        summary:
          'Nyankomne flyktninger i Hamarøy lærer ikke bare norsk og samfunnskunnskap, men også om lulesamisk språk, historie og næringer. Samiske familier er verter for felles aktiviteter gjennom året.',
        challenge: [
          { type: 'p', text: 'Flyktninger som bosettes i samiske områder, får ofte et bilde av Norge der samene er fraværende. Det kan gi misforståelser og avstand til naboene. Samtidig opplevde samiske foreldre at nye innbyggere ikke forsto hvorfor skolen har samiskopplæring og markerer samiske høytider.' },
        ],
        goals: [
          { type: 'p', text: 'Gi nyankomne kunnskap om samisk kultur og samiske rettigheter som en naturlig del av samfunnskunnskapen, og skape møteplasser mellom samiske og nyankomne familier.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Samfunnskunnskapen har en egen modul om samenes historie, språk og rettigheter, undervist av en samisk kulturformidler med tolk. Gjennom året arrangeres felles aktiviteter for hele familien.' },
          {
            type: 'ul',
            items: [
              'Høstsamling med bærplukking og tørking av fisk',
              'Markering av samenes nasjonaldag 6. februar på skolen, med foreldre fra begge grupper',
              'Kurs i lulesamiske hilsener og stedsnavn for voksne nyankomne',
              'Felles matlaging der familiene lærer hverandre oppskrifter',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Siden 2021 har 34 voksne og 29 barn deltatt. I kommunens egen evaluering sier de fleste deltakerne at de kjenner flere naboer enn før, og lærerne melder om færre konflikter rundt samiske markeringer på skolen. Tallene er foreløpig små.' },
        ],
        participantVoice: '«Jeg visste ikke at det bodde et urfolk her. Nå hilser barna mine på naboen på lulesamisk.»',
        indicators: 'Antall deltakere per aktivitet, egenvurdert kjennskap til naboer og skolens registrering av konflikter knyttet til samiske markeringer.',
        resources: 'En halv stilling som kulturformidler, delfinansiert av fylkeskommunens tilskudd til integrering i distriktene og kommunens budsjett for introduksjonsprogrammet.',
        transferability: [
          { type: 'p', text: 'Opplegget kan tas i bruk i andre kommuner i samiske områder i Norge, Sverige og Finland. Det er avgjørende at samiske aktører selv eier innholdet.' },
        ],
        dos: [
          'La samiske organisasjoner lede planleggingen',
          'Legg aktivitetene til årstidene og de tradisjonelle næringene',
          'Bruk tolk også når samisk kultur formidles',
        ],
        donts: [
          'Ikke presenter samisk kultur som noe historisk eller eksotisk',
          'Ikke gjør det til et engangsarrangement',
        ],
      },
    },
  },
  {
    slug: 'oslo-cycling-courses-immigrant-women',
    country: 'NO',
    region: 'Oslo',
    municipality: 'Oslo',
    organisations: ['no-language-volunteers', 'no-oslo-municipality'],
    partners: 'Bydel Søndre Nordstrand, to sykkelverksteder drevet som arbeidstreningstiltak og en lokal stiftelse',
    themes: ['social-services'],
    targetGroups: ['women-outside-labour-force', 'older-immigrants'],
    actorType: 'ngo',
    startDate: '2015-04-20',
    runState: 'regular-service',
    evaluation: 'none',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Siri Haugland',
      role: 'Koordinator for sykkelkursene',
      email: 'sykkel@sprakfrivillige.example',
      consent: true,
    },
    links: [{ label: 'Påmelding til sykkelkurs', url: 'https://sprakfrivillige.example/sykkelkurs' }],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'transferable'],
    translations: {
      nb: {
        title: 'Sykkelkurs for innvandrerkvinner – med norsktrening i pausene',
        summary:
          'Frivillige instruktører lærer voksne innvandrerkvinner å sykle i trygge omgivelser. Kursene kombinerer sykkeltrening med enkel norsk og trafikkregler, og deltakerne kan låne sykkel gratis etterpå.',
        challenge: [
          { type: 'p', text: 'Mange kvinner som kommer til Norge som voksne, har aldri lært å sykle. Det begrenser mulighetene til å komme seg til jobb, kurs og aktiviteter, særlig i bydeler der kollektivtilbudet på tvers er dårlig. Mange har også få steder der de kan snakke norsk utenfor klasserommet.' },
        ],
        goals: [
          { type: 'p', text: 'Kursene skal gi kvinnene et billig og fleksibelt fremkomstmiddel, bedre fysisk helse og mer selvtillit – og en uformell arena for å øve norsk.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Hvert kurs har åtte samlinger på to timer, med høyst ti deltakere og tre frivillige instruktører. Vi starter på en lukket skolegård og avslutter med en tur i vanlig trafikk.' },
          {
            type: 'ul',
            items: [
              'Balansetrening uten pedaler de første gangene',
              'Trafikkregler og skilt forklart på enkel norsk med bilder',
              'Kaffepause der instruktørene bevisst snakker norsk',
              'Diplom og gratis lån av sykkel og hjelm i en sesong',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Over 900 kvinner har fullført kurset siden 2015. Tre av fire sier i sluttsamtalen at de sykler på egen hånd, og flere tidligere deltakere er nå instruktører selv. Effekten på arbeid og språk er ikke målt.' },
        ],
        participantVoice: '«Første gang jeg syklet alene til norskkurset, følte jeg meg fri.»',
        indicators: 'Antall fullførte kurs, andel som sykler alene tre måneder etter kurset og antall tidligere deltakere som blir instruktører.',
        resources: 'Drives av frivillige og en koordinator i 40 prosent stilling. Sykler og utstyr er finansiert med tilskudd fra kommunen og en lokal stiftelse.',
        transferability: [
          { type: 'p', text: 'Enkelt å starte i alle byer og tettsteder. Det som trengs, er en lukket øvingsplass, noen brukte sykler og tålmodige frivillige.' },
        ],
        dos: [
          'Bruk kvinnelige instruktører når deltakerne ønsker det',
          'Tilby barnepass mens kurset pågår',
          'Feir når deltakerne klarer sin første tur',
        ],
        donts: [
          'Ikke dra ut i trafikken før deltakerne er trygge',
          'Ikke glem at mange mangler egen sykkel etter kurset',
        ],
      },
      en: {
        title: 'Cycling courses for immigrant women – with Norwegian practice on the side',
        summary:
          'Volunteer instructors teach adult immigrant women to ride a bike in a safe setting. The courses combine cycling practice with simple Norwegian and traffic rules, and participants can borrow a bike for free afterwards.',
        challenge: [
          { type: 'p', text: 'Many women who come to Norway as adults never learned to ride a bike. This limits their ability to get to work, classes and activities, especially in districts with poor public transport between neighbourhoods. Many also have few places to speak Norwegian outside the classroom.' },
        ],
        goals: [
          { type: 'p', text: 'The courses give women a cheap and flexible way to get around, better physical health and more self-confidence – and an informal setting for practising Norwegian.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Each course has eight two-hour sessions with at most ten participants and three volunteer instructors. We begin in a closed school yard and end with a ride in ordinary traffic.' },
          {
            type: 'ul',
            items: [
              'Balance training without pedals in the first sessions',
              'Traffic rules and signs explained in simple Norwegian with pictures',
              'A coffee break in which instructors deliberately speak Norwegian',
              'A certificate and a free loan of a bike and helmet for one season',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'More than 900 women have completed the course since 2015. Three out of four say in the final conversation that they now cycle on their own, and several former participants have become instructors. Effects on employment and language have not been measured.' },
        ],
        participantVoice: '“The first time I cycled to my Norwegian class on my own, I felt free.”',
        indicators: 'Number of completed courses, share cycling independently three months later and number of former participants who become instructors.',
        resources: 'Run by volunteers and a coordinator working 40 per cent. Bikes and equipment are funded by grants from the municipality and a local foundation.',
        transferability: [
          { type: 'p', text: 'Easy to start in any town or city. All you need is a closed practice area, a few second-hand bikes and patient volunteers.' },
        ],
        dos: [
          'Use female instructors when participants prefer it',
          'Offer childcare during the sessions',
          'Celebrate each participant’s first ride',
        ],
        donts: [
          'Don’t go out into traffic until participants feel safe',
          'Don’t forget that many will have no bike of their own after the course',
        ],
      },
    },
  },
  {
    slug: 'bodo-hospitality-employer-network',
    country: 'NO',
    region: 'Nordland',
    municipality: 'Bodø',
    organisations: ['no-nordland-county'],
    partners: 'Seks hoteller og restauranter i Bodø, Nav Bodø og Bodø voksenopplæring',
    themes: ['labour-market'],
    targetGroups: ['professionals-and-employers', 'newly-arrived-refugees'],
    actorType: 'private-company',
    startDate: '2022-02-01',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    contact: {
      name: 'Thomas Berntsen',
      role: 'Opplæringsleder i nettverket',
      email: 'opplaering@bodo-reiseliv.example',
      phone: '+47 75 00 00 00',
      consent: false,
    },
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Arbeidsgivernettverk i reiselivet i Bodø: fra praksis til fast jobb',
        summary:
          'Seks hoteller og restauranter i Bodø har gått sammen om å lære opp flyktninger til jobber på kjøkken, i renhold og i servering. Bedriftene deler en opplæringsleder og gir jobbgaranti til alle som fullfører.',
        challenge: [
          { type: 'p', text: 'Reiselivet i Bodø vokste raskt i årene rundt kulturhovedstadsåret 2024, og bedriftene slet med å rekruttere. Samtidig gikk mange flyktninger i kommunen uten arbeid etter introduksjonsprogrammet. Enkeltbedrifter hadde ikke kapasitet til å lære opp nye medarbeidere med lite norsk.' },
        ],
        goals: [
          { type: 'p', text: 'Minst 25 deltakere i året skal få fast eller langvarig ansettelse, og nettverket skal bli en varig rekrutteringskanal mellom bedriftene og kommunen.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Deltakerne går et tolv ukers løp med rotasjon mellom bedriftene. En felles opplæringsleder, ansatt i en av hotellbedriftene, har ansvar for opplæringsplan og oppfølging.' },
          {
            type: 'ul',
            items: [
              'Fire uker i hver av tre avdelinger: kjøkken, renhold og servering',
              'Bransjenorsk to timer daglig, undervist på arbeidsplassen av voksenopplæringen',
              'Hygienekurs og HMS-kurs med kursbevis',
              'Jobbgaranti i en av bedriftene for alle som fullfører',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'I de to første årene fullførte 41 av 52 deltakere, og 36 fikk jobb i nettverket. Bedriftene melder om lavere turnover blant de nyansatte enn blant andre sesongansatte. Resultatene er ikke evaluert eksternt.' },
        ],
        participantVoice: '«Jeg fikk prøve tre ulike jobber før jeg valgte. Nå er jeg lærling på kjøkkenet.»',
        indicators: 'Andel som fullfører, andel i jobb seks og tolv måneder etter løpet og turnover sammenlignet med andre nyansatte.',
        resources: 'Bedriftene betaler opplæringslederen, mens fylkeskommunen og Nav dekker bransjenorsk og lønnstilskudd i opplæringsperioden.',
        transferability: [
          { type: 'p', text: 'Modellen passer for bransjer med mange små arbeidsgivere og stort rekrutteringsbehov, som reiseliv, bygg og helse. Den krever at bedriftene stoler nok på hverandre til å dele kandidater.' },
        ],
        dos: [
          'La bedriftene eie nettverket, med det offentlige som støttespiller',
          'La deltakerne prøve flere yrker før de velger',
          'Legg språkopplæringen til arbeidsplassen',
        ],
        donts: [
          'Ikke lov jobber som forsvinner når sesongen er over',
          'Ikke gjør rotasjonene så korte at deltakerne ikke rekker å lære noe',
        ],
      },
      en: {
        title: 'Bodø hospitality employer network: from placement to permanent job',
        summary:
          'Six hotels and restaurants in Bodø have joined forces to train refugees for jobs in kitchens, housekeeping and service. The businesses share a training manager and guarantee a job to everyone who completes the course.',
        challenge: [
          { type: 'p', text: 'Tourism in Bodø grew quickly in the years around its 2024 European Capital of Culture year, and businesses struggled to recruit. At the same time, many refugees in the municipality were out of work after the introduction programme. Individual businesses lacked the capacity to train new staff with little Norwegian.' },
        ],
        goals: [
          { type: 'p', text: 'At least 25 participants a year should get a permanent or long-term contract, and the network should become a lasting recruitment channel between the businesses and the municipality.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Participants follow a twelve-week course that rotates between the businesses. A shared training manager, employed by one of the hotel companies, is responsible for the training plan and follow-up.' },
          {
            type: 'ul',
            items: [
              'Four weeks in each of three departments: kitchen, housekeeping and service',
              'Two hours of job-specific Norwegian a day, taught at the workplace by the adult education centre',
              'Food hygiene and health and safety courses with certificates',
              'A job guarantee in one of the businesses for everyone who completes',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'In the first two years, 41 of 52 participants completed the course and 36 were hired within the network. The businesses report lower turnover among these new staff than among other seasonal workers. The results have not been externally evaluated.' },
        ],
        participantVoice: '“I got to try three different jobs before I chose. Now I am an apprentice in the kitchen.”',
        indicators: 'Completion rate, share in work six and twelve months after the course, and staff turnover compared with other new hires.',
        resources: 'The businesses pay for the training manager; the county and the labour and welfare service cover job-specific Norwegian and wage subsidies during training.',
        transferability: [
          { type: 'p', text: 'The model suits sectors with many small employers and large recruitment needs, such as tourism, construction and care. It requires businesses to trust each other enough to share candidates.' },
        ],
        dos: [
          'Let the businesses own the network, with the public sector in a supporting role',
          'Let participants try several trades before they choose',
          'Teach the language at the workplace',
        ],
        donts: [
          'Don’t promise jobs that disappear when the season ends',
          'Don’t make the rotations so short that participants have no time to learn',
        ],
      },
    },
  },
  {
    slug: 'bergen-volunteer-city-guides',
    country: 'NO',
    region: 'Vestland',
    municipality: 'Bergen',
    organisations: ['no-language-volunteers', 'no-bergen-municipality'],
    themes: ['social-services'],
    targetGroups: ['newly-arrived-refugees', 'asylum-seekers'],
    actorType: 'ngo',
    startDate: '2018-09-03',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    contact: {
      name: 'Jonas Eide',
      role: 'Koordinator, Bergensguidene',
      email: 'bergensguidene@sprakfrivillige.example',
      consent: true,
    },
    links: [{ label: 'Bli bergensguide', url: 'https://sprakfrivillige.example/bergen/guide' }],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Bergensguidene: frivillige som viser nye innbyggere byen',
        summary:
          'Frivillige bergensere blir koblet med nyankomne flyktninger og asylsøkere i tre måneder. Sammen utforsker de byen – fra bibliotek og legevakt til turstier og idrettslag.',
        challenge: [
          { type: 'p', text: 'Nyankomne får mye informasjon på papir, men vet ofte ikke hvor ting ligger eller hvordan tilbudene fungerer i praksis. Mange blir sittende hjemme, og få har norske venner i løpet av det første året.' },
        ],
        goals: [
          { type: 'p', text: 'Gi nyankomne praktisk kjennskap til byen, et første sosialt nettverk og flere muligheter til å snakke norsk i hverdagen.' },
        ],
        howItWorks: [
          { type: 'p', text: 'De frivillige får fire timers opplæring i taushetsplikt, kulturforståelse og grensesetting. Koordinatoren kobler guide og deltaker etter interesser, bydel og språk.' },
          {
            type: 'ul',
            items: [
              'Minst seks møter i løpet av tre måneder',
              'En byguideliste med forslag: bibliotek, legevakt, Nav, svømmehall, turløype og et lag eller en forening',
              'Felles avslutning for alle par hver sesong',
              'Koordinatoren ringer hvert par etter første og tredje møte',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Rundt 650 par er koblet siden 2018. I spørreundersøkelsen etter tre måneder svarer 78 prosent av deltakerne at de har tatt i bruk minst ett nytt tilbud i byen, og omtrent hvert tredje par holder kontakten etter at perioden er over.' },
        ],
        participantVoice: '«Guiden min tok meg med opp på Fløyen, og nå går jeg dit hver søndag med barna.»',
        indicators: 'Antall par, andel som gjennomfører minst seks møter, nye tilbud tatt i bruk og kontakt etter seks måneder.',
        resources: 'En koordinator i full stilling og midler til felles aktiviteter, finansiert med kommunalt driftstilskudd og statlige tilskudd til frivillig integreringsarbeid.',
        transferability: [
          { type: 'p', text: 'Kan brukes i alle kommuner der en frivillig organisasjon kan rekruttere og følge opp guider. Tre måneder er nok til en god start uten å slite ut de frivillige.' },
        ],
        dos: [
          'Match på interesser, ikke bare på bosted',
          'Gi de frivillige en tydelig avslutning',
          'Lag en konkret liste over steder å besøke',
        ],
        donts: [
          'Ikke la guidene ta rollen som saksbehandler eller tolk',
          'Ikke koble par uten oppfølging den første måneden',
        ],
      },
    },
  },
  {
    slug: 'norway-reception-centre-career-guidance-trial',
    country: 'NO',
    organisations: ['no-integration-directorate'],
    partners: 'Ti asylmottak, karrieresentrene i fylkeskommunene og et uavhengig forskningsinstitutt',
    themes: ['labour-market'],
    targetGroups: ['asylum-seekers', 'newly-arrived-refugees'],
    actorType: 'state-authority',
    startDate: '2016-09-01',
    endDate: '2019-06-30',
    runState: 'ended',
    evaluation: 'experimental',
    evidenceLevel: 'proven',
    contact: {
      name: 'Anders Myhre',
      role: 'Seniorrådgiver',
      email: 'anders.myhre@integreringsdirektoratet.example',
      phone: '+47 24 00 00 00',
      consent: true,
    },
    links: [{ label: 'Evalueringsrapport (2020)', url: 'https://integreringsdirektoratet.example/rapporter/karriereveiledning-mottak.pdf' }],
    originalLanguage: 'nb',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      nb: {
        title: 'Karriereveiledning i asylmottak: randomisert forsøk i tjue mottak',
        summary:
          'Et nasjonalt forsøk testet om karriereveiledning og kompetansekartlegging allerede i asylmottaket gir raskere overgang til arbeid etter bosetting. Mottakene ble trukket ut tilfeldig, og effekten ble målt i registerdata.',
        challenge: [
          { type: 'p', text: 'Asylsøkere ventet ofte i mange måneder i mottak uten at utdanning og arbeidserfaring ble kartlagt. Når de ble bosatt, begynte kommunen på nytt, og verdifull tid gikk tapt. Det fantes lite kunnskap om hvilke tiltak i mottaksfasen som faktisk virker.' },
        ],
        goals: [
          { type: 'p', text: 'Teste om tidlig karriereveiledning øker andelen i arbeid eller utdanning to år etter bosetting, og gi kommunene bedre informasjon om kompetansen til dem de bosetter.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Tjue mottak meldte seg til forsøket, og ti ble trukket ut til å gi tilbudet. De ti andre fortsatte som før og utgjorde kontrollgruppen.' },
          {
            type: 'ul',
            items: [
              'Digital kompetansekartlegging på beboerens eget språk',
              'To individuelle samtaler med en karriereveileder fra fylkets karrieresenter',
              'En kompetanseprofil som fulgte personen til bosettingskommunen',
              'Informasjon om godkjenning av utdanning fra hjemlandet',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Forsøket omfattet rundt 2 300 beboere. To år etter bosetting var andelen i arbeid eller utdanning 6 prosentpoeng høyere i tiltaksgruppen enn i kontrollgruppen, og effekten var størst for personer med høyere utdanning. Kommunene brukte kompetanseprofilen i under halvparten av tilfellene.' },
          { type: 'p', text: 'Resultatene førte til at kompetansekartlegging ble en fast del av arbeidet i alle asylmottak.' },
        ],
        participantVoice: '«For første gang spurte noen hva jeg kunne, og ikke bare hvor jeg kom fra.»',
        indicators: 'Andel i arbeid eller utdanning ett og to år etter bosetting (registerdata), andel som fikk kompetanseprofil og andel bosettingskommuner som brukte den.',
        resources: 'Om lag 14 millioner kroner over tre år fra statsbudsjettet, inkludert den eksterne evalueringen.',
        transferability: [
          { type: 'p', text: 'Forsøksdesignet kan brukes i andre land som vil teste tiltak i mottaksfasen. Det er viktig å sikre at informasjonen faktisk når fram til og blir brukt i bosettingskommunen.' },
        ],
        dos: [
          'Planlegg evalueringen før tiltaket starter',
          'Bruk beboernes eget språk i kartleggingen',
          'Sørg for at kompetanseprofilen overføres digitalt',
        ],
        donts: [
          'Ikke anta at kommunene bruker informasjonen uten opplæring',
          'Ikke vent med kartleggingen til etter bosetting',
        ],
      },
      en: {
        title: 'Career guidance in asylum reception centres: a randomised trial',
        summary:
          'A national trial tested whether career guidance and skills mapping already in the reception centre lead to faster employment after settlement. Centres were selected at random and the effect was measured with register data.',
        challenge: [
          { type: 'p', text: 'Asylum seekers often waited for months in reception centres without anyone mapping their education and work experience. Once they were settled, the municipality started from scratch and valuable time was lost. Little was known about which measures during the reception phase actually work.' },
        ],
        goals: [
          { type: 'p', text: 'To test whether early career guidance raises the share in work or education two years after settlement, and to give municipalities better information about the skills of the people they settle.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Twenty reception centres volunteered for the trial, and ten were drawn at random to offer the service. The other ten continued as before and formed the control group.' },
          {
            type: 'ul',
            items: [
              'Digital skills mapping in the resident’s own language',
              'Two individual sessions with a careers adviser from the county careers centre',
              'A skills profile that followed the person to their new municipality',
              'Information on recognition of qualifications from the home country',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'The trial covered some 2,300 residents. Two years after settlement, the share in work or education was 6 percentage points higher in the treatment group than in the control group, with the largest effect for people with higher education. Municipalities used the skills profile in fewer than half of the cases.' },
          { type: 'p', text: 'As a result of the trial, skills mapping became a standard part of the work in all reception centres.' },
        ],
        participantVoice: '“For the first time someone asked what I could do, not just where I came from.”',
        indicators: 'Share in work or education one and two years after settlement (register data), share receiving a skills profile and share of municipalities using it.',
        resources: 'About NOK 14 million over three years from the state budget, including the external evaluation.',
        transferability: [
          { type: 'p', text: 'The trial design can be used in other countries that want to test measures during the reception phase. Make sure the information actually reaches, and is used by, the receiving municipality.' },
        ],
        dos: [
          'Plan the evaluation before the measure starts',
          'Use residents’ own languages in the skills mapping',
          'Make sure the skills profile is transferred digitally',
        ],
        donts: [
          'Don’t assume municipalities will use the information without training',
          'Don’t wait until after settlement to map skills',
        ],
      },
    },
  },
  // ── Finland ────────────────────────────────────────────────────────
  {
    slug: 'vantaa-health-literacy-groups',
    country: 'FI',
    region: 'Uusimaa',
    municipality: 'Vantaa',
    organisations: ['fi-vantaa-city', 'fi-integration-competence-centre'],
    partners: 'Vantaan ja Keravan hyvinvointialue, kaupunginkirjasto ja asukastalot',
    themes: ['social-services'],
    targetGroups: ['older-immigrants', 'women-outside-labour-force'],
    actorType: 'municipality',
    startDate: '2018-01-15',
    runState: 'regular-service',
    evaluation: 'external',
    evidenceLevel: 'documented',
    contact: {
      name: 'Leena Korhonen',
      role: 'Koordinaattori, terveyslukutaitoryhmät',
      email: 'leena.korhonen@vantaa.example',
      phone: '+358 9 0000 0000',
      consent: true,
    },
    links: [
      { label: 'Terveyslukutaitoryhmät', url: 'https://vantaa.example/terveyslukutaito' },
      { label: 'Arviointiraportti 2022', url: 'https://vantaa.example/julkaisut/terveyslukutaito-arviointi-2022.pdf' },
    ],
    originalLanguage: 'fi',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      fi: {
        title: 'Terveystietoa omalla kielellä: terveyslukutaidon ryhmät Vantaalla',
        summary:
          'Vantaan kaupungin kouluttamat terveysneuvojat vetävät maahan muuttaneille omakielisiä ryhmiä, joissa käsitellään terveyspalvelujen käyttöä, lääkkeitä ja pitkäaikaissairauksia. Ryhmät kokoontuvat kirjastoissa ja asukastaloissa.',
        challenge: [
          { type: 'p', text: 'Monet iäkkäämmät maahan muuttaneet ja kotona lapsia hoitavat naiset eivät tunteneet suomalaista terveydenhuoltojärjestelmää. He hakeutuivat päivystykseen vaivoissa, jotka olisi voitu hoitaa terveysasemalla, ja diabeteksen ja verenpainetaudin hoito jäi usein puutteelliseksi. Kirjallista tietoa oli tarjolla lähinnä suomeksi ja englanniksi.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena on parantaa osallistujien terveyslukutaitoa, vähentää tarpeettomia päivystyskäyntejä ja tukea pitkäaikaissairauksien omahoitoa.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Ryhmä kokoontuu kuusi kertaa kahden tunnin ajan. Vetäjänä on terveysneuvoja, joka puhuu osallistujien äidinkieltä ja on käynyt 40 tunnin koulutuksen. Terveydenhoitaja tai farmaseutti vierailee ryhmässä kahdesti.' },
          {
            type: 'ul',
            items: [
              'Miten ajanvaraus, terveysasema ja päivystys toimivat',
              'Lääkkeiden käyttö ja reseptien uusiminen',
              'Diabetes, verenpaine ja liikunta arjessa',
              'Mielenterveys ja mistä apua saa',
              'Omakanta ja muut sähköiset palvelut',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuosina 2018–2024 ryhmiin osallistui noin 1 400 henkilöä arabiaksi, somaliksi, dariksi, venäjäksi ja soraniksi. Ulkoisessa arvioinnissa osallistujien terveyslukutaito parani selvästi ennen ja jälkeen -mittauksessa, ja päivystyskäynnit vähenivät osallistujilla noin viidenneksellä edeltävään vuoteen verrattuna.' },
        ],
        participantVoice: '”Ensimmäistä kertaa ymmärsin, miksi verenpainelääke pitää ottaa joka päivä, vaikka olo on hyvä.”',
        indicators: 'Terveyslukutaitomittarin tulos ennen ja jälkeen ryhmän, osallistujien päivystyskäyntien määrä sekä ryhmän loppuun asti käyneiden osuus.',
        resources: 'Kaksi koordinaattoria ja noin 15 tuntipalkkaista terveysneuvojaa. Rahoitus tulee kaupungin kotoutumisbudjetista ja hyvinvointialueen kanssa tehdystä sopimuksesta.',
        transferability: [
          { type: 'p', text: 'Malli on siirrettävissä kuntiin ja hyvinvointialueille, joissa asuu riittävästi saman kieliryhmän asukkaita. Tärkeintä on terveysneuvojien huolellinen koulutus ja tiivis yhteistyö terveysasemien kanssa.' },
        ],
        dos: [
          'Rekrytoi terveysneuvojiksi yhteisössä arvostettuja henkilöitä',
          'Käytä kuvia ja oikeita lääkepakkauksia',
          'Pidä ryhmät tutuissa paikoissa lähellä kotia',
        ],
        donts: [
          'Älä korvaa vastaanoton tulkkausta terveysneuvojalla',
          'Älä yritä käsitellä liikaa asioita yhdellä kerralla',
          'Älä unohda järjestää ryhmiä myös miehille',
        ],
      },
      sv: {
        title: 'Hälsoinformation på det egna språket: grupper i hälsokunskap i Vanda',
        summary:
          'Hälsorådgivare som utbildats av Vanda stad leder grupper på deltagarnas modersmål om hur man använder vården, om läkemedel och om kroniska sjukdomar. Grupperna träffas på bibliotek och i invånarhus.',
        challenge: [
          { type: 'p', text: 'Många äldre invandrare och kvinnor som var hemma med barn kände inte till det finländska vårdsystemet. De sökte sig till jouren med besvär som kunde ha skötts på hälsostationen, och vården av diabetes och högt blodtryck blev ofta bristfällig. Skriftlig information fanns främst på finska och engelska.' },
        ],
        goals: [
          { type: 'p', text: 'Målet är att stärka deltagarnas hälsokunskap, minska onödiga jourbesök och stödja egenvården vid kroniska sjukdomar.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Gruppen träffas sex gånger i två timmar. Den leds av en hälsorådgivare som talar deltagarnas modersmål och har gått en utbildning på 40 timmar. En hälsovårdare eller farmaceut besöker gruppen två gånger.' },
          {
            type: 'ul',
            items: [
              'Hur tidsbokning, hälsostation och jour fungerar',
              'Att använda läkemedel och förnya recept',
              'Diabetes, blodtryck och motion i vardagen',
              'Psykisk hälsa och var man får hjälp',
              'Mina Kanta-sidor och andra e-tjänster',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Under åren 2018–2024 deltog omkring 1 400 personer i grupper på arabiska, somaliska, dari, ryska och sorani. En extern utvärdering visade en tydlig förbättring i hälsokunskap mellan mätningarna före och efter, och deltagarnas jourbesök minskade med ungefär en femtedel jämfört med året innan.' },
        ],
        participantVoice: '”För första gången förstod jag varför jag måste ta blodtrycksmedicinen varje dag, fast jag mår bra.”',
        indicators: 'Resultat i mätningen av hälsokunskap före och efter gruppen, antal jourbesök bland deltagarna och andel som fullföljer gruppen.',
        resources: 'Två koordinatorer och ett femtontal timavlönade hälsorådgivare. Finansieringen kommer från stadens integrationsbudget och ett avtal med välfärdsområdet.',
        transferability: [
          { type: 'p', text: 'Modellen kan överföras till kommuner och välfärdsområden där det bor tillräckligt många invånare med samma språk. Det viktigaste är en gedigen utbildning av hälsorådgivarna och ett nära samarbete med hälsostationerna.' },
        ],
        dos: [
          'Rekrytera hälsorådgivare som är respekterade i sina grupper',
          'Använd bilder och riktiga läkemedelsförpackningar',
          'Håll grupperna på välbekanta platser nära hemmet',
        ],
        donts: [
          'Ersätt inte tolkning på mottagningen med en hälsorådgivare',
          'Försök inte ta upp för mycket på en och samma träff',
          'Glöm inte att ordna grupper även för män',
        ],
      },
      nb: {
        title: 'Helseinformasjon på eget språk: helsekompetansegrupper i Vantaa',
        summary:
          'Helseveiledere som er utdannet av Vantaa kommune, leder grupper på deltakernes morsmål om bruk av helsetjenester, legemidler og kroniske sykdommer. Gruppene møtes på bibliotek og i nabolagshus.',
        challenge: [
          { type: 'p', text: 'Mange eldre innvandrere og kvinner som var hjemme med barn, kjente ikke det finske helsesystemet. De oppsøkte legevakten med plager som kunne vært behandlet på helsestasjonen, og oppfølgingen av diabetes og høyt blodtrykk var ofte mangelfull. Skriftlig informasjon fantes stort sett bare på finsk og engelsk.' },
        ],
        goals: [
          { type: 'p', text: 'Målet er å styrke deltakernes helsekompetanse, redusere unødvendige legevaktbesøk og støtte egenbehandling av kroniske sykdommer.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Gruppen møtes seks ganger à to timer. Den ledes av en helseveileder som snakker deltakernes morsmål og har tatt en 40 timers opplæring. En helsesykepleier eller farmasøyt besøker gruppen to ganger.' },
          {
            type: 'ul',
            items: [
              'Hvordan timebestilling, helsestasjon og legevakt fungerer',
              'Bruk av legemidler og fornying av resepter',
              'Diabetes, blodtrykk og fysisk aktivitet i hverdagen',
              'Psykisk helse og hvor man får hjelp',
              'Den nasjonale pasientportalen og andre digitale tjenester',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Fra 2018 til 2024 deltok rundt 1 400 personer i grupper på arabisk, somali, dari, russisk og sorani. En ekstern evaluering viste klart bedre helsekompetanse ved måling før og etter, og deltakernes legevaktbesøk gikk ned med om lag en femtedel sammenlignet med året før.' },
        ],
        participantVoice: '«For første gang forsto jeg hvorfor jeg må ta blodtrykksmedisinen hver dag, selv om jeg føler meg frisk.»',
        indicators: 'Resultat på målingen av helsekompetanse før og etter gruppen, antall legevaktbesøk blant deltakerne og andel som fullfører.',
        resources: 'To koordinatorer og rundt 15 timelønnede helseveiledere, finansiert over kommunens integreringsbudsjett og en avtale med velferdsområdet.',
        transferability: [
          { type: 'p', text: 'Modellen kan overføres til kommuner og helseregioner der mange innbyggere deler samme språk. Det viktigste er grundig opplæring av helseveilederne og tett samarbeid med helsestasjonene.' },
        ],
        dos: [
          'Rekrutter helseveiledere som har tillit i sine miljøer',
          'Bruk bilder og ekte medisinpakninger',
          'Hold gruppene på kjente steder nær hjemmet',
        ],
        donts: [
          'Ikke erstatt tolk hos legen med en helseveileder',
          'Ikke prøv å dekke for mye på én samling',
          'Ikke glem å tilby grupper for menn også',
        ],
      },
      da: {
        title: 'Sundhedsinformation på eget sprog: sundhedskompetencegrupper i Vantaa',
        summary:
          'Sundhedsvejledere, der er uddannet af Vantaa Kommune, leder grupper på deltagernes modersmål om brug af sundhedsvæsenet, medicin og kroniske sygdomme. Grupperne mødes på biblioteker og i beboerhuse.',
        challenge: [
          { type: 'p', text: 'Mange ældre indvandrere og hjemmegående kvinder kendte ikke det finske sundhedssystem. De henvendte sig på skadestuen med gener, der kunne være behandlet i det lokale sundhedscenter, og behandlingen af diabetes og forhøjet blodtryk var ofte mangelfuld. Skriftlig information fandtes næsten kun på finsk og engelsk.' },
        ],
        goals: [
          { type: 'p', text: 'Målet er at styrke deltagernes sundhedskompetence, mindske unødvendige akutbesøg og støtte egenomsorg ved kroniske sygdomme.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Gruppen mødes seks gange af to timer. Den ledes af en sundhedsvejleder, der taler deltagernes modersmål og har gennemført et kursus på 40 timer. En sundhedsplejerske eller farmaceut besøger gruppen to gange.' },
          {
            type: 'ul',
            items: [
              'Hvordan tidsbestilling, sundhedscenter og akutmodtagelse fungerer',
              'Brug af medicin og fornyelse af recepter',
              'Diabetes, blodtryk og motion i hverdagen',
              'Mental sundhed og hvor man kan få hjælp',
              'Den nationale patientportal og andre digitale tjenester',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'I perioden 2018–2024 deltog omkring 1.400 personer i grupper på arabisk, somali, dari, russisk og sorani. En ekstern evaluering viste en klar forbedring af sundhedskompetencen mellem målingerne før og efter, og deltagernes akutbesøg faldt med cirka en femtedel i forhold til året før.' },
        ],
        participantVoice: '»For første gang forstod jeg, hvorfor jeg skal tage min blodtryksmedicin hver dag, selv om jeg har det godt.«',
        indicators: 'Resultat i målingen af sundhedskompetence før og efter forløbet, antal akutbesøg blandt deltagerne og andel, der gennemfører.',
        resources: 'To koordinatorer og omkring 15 timelønnede sundhedsvejledere, finansieret af kommunens integrationsbudget og en aftale med velfærdsområdet.',
        transferability: [
          { type: 'p', text: 'Modellen kan overføres til kommuner og regioner, hvor tilstrækkeligt mange borgere taler samme sprog. Det vigtigste er en grundig uddannelse af sundhedsvejlederne og et tæt samarbejde med sundhedscentrene.' },
        ],
        dos: [
          'Rekruttér sundhedsvejledere, der har tillid i deres miljøer',
          'Brug billeder og rigtige medicinpakninger',
          'Hold møderne på kendte steder tæt på hjemmet',
        ],
        donts: [
          'Erstat ikke tolkning hos lægen med en sundhedsvejleder',
          'Prøv ikke at nå for meget på ét møde',
          'Glem ikke at tilbyde grupper for mænd',
        ],
      },
      is: {
        title: 'Heilsufræðsla á eigin tungumáli: hópar um heilsulæsi í Vantaa',
        summary:
          'Heilsuleiðbeinendur, sem borgin Vantaa hefur þjálfað, stýra hópum á móðurmáli þátttakenda um heilbrigðisþjónustu, lyf og langvinna sjúkdóma. Hóparnir hittast á bókasöfnum og í hverfismiðstöðvum.',
        challenge: [
          { type: 'p', text: 'Margir eldri innflytjendur og konur sem voru heima með börn þekktu ekki finnska heilbrigðiskerfið. Þau leituðu á bráðamóttöku vegna kvilla sem hefði mátt meðhöndla á heilsugæslustöð og meðferð sykursýki og háþrýstings var oft ábótavant. Skriflegar upplýsingar voru nær eingöngu á finnsku og ensku.' },
        ],
        goals: [
          { type: 'p', text: 'Markmiðið er að efla heilsulæsi þátttakenda, fækka óþarfa komum á bráðamóttöku og styðja sjálfsumönnun við langvinna sjúkdóma.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Hópurinn hittist sex sinnum, tvær klukkustundir í senn. Honum stýrir heilsuleiðbeinandi sem talar móðurmál þátttakenda og hefur lokið 40 klukkustunda þjálfun. Hjúkrunarfræðingur eða lyfjafræðingur heimsækir hópinn tvisvar.' },
          {
            type: 'ul',
            items: [
              'Hvernig tímabókanir, heilsugæsla og bráðamóttaka virka',
              'Notkun lyfja og endurnýjun lyfseðla',
              'Sykursýki, blóðþrýstingur og hreyfing í daglegu lífi',
              'Geðheilsa og hvar hægt er að fá aðstoð',
              'Rafræn heilbrigðisþjónusta og sjúkraskrá á netinu',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Á árunum 2018–2024 tóku um 1.400 manns þátt í hópum á arabísku, sómölsku, darí, rússnesku og soraní. Ytra mat sýndi greinilega aukningu á heilsulæsi milli mælinga fyrir og eftir námskeið og komum þátttakenda á bráðamóttöku fækkaði um fimmtung miðað við árið á undan.' },
        ],
        participantVoice: '„Í fyrsta sinn skildi ég af hverju ég þarf að taka blóðþrýstingslyfið á hverjum degi, jafnvel þótt mér líði vel.“',
        indicators: 'Niðurstöður mælinga á heilsulæsi fyrir og eftir námskeið, fjöldi koma á bráðamóttöku og hlutfall sem lýkur námskeiðinu.',
        resources: 'Tveir verkefnastjórar og um 15 heilsuleiðbeinendur á tímakaupi, fjármagnað af fjárveitingu borgarinnar til aðlögunar og samningi við heilbrigðisumdæmið.',
        transferability: [
          { type: 'p', text: 'Líkanið má yfirfæra á sveitarfélög og heilbrigðisumdæmi þar sem nógu margir íbúar tala sama tungumál. Mikilvægast er vönduð þjálfun heilsuleiðbeinenda og náið samstarf við heilsugæsluna.' },
        ],
        dos: [
          'Ráðið heilsuleiðbeinendur sem njóta trausts í sínu samfélagi',
          'Notið myndir og raunverulegar lyfjaumbúðir',
          'Haldið fundina á kunnuglegum stöðum nálægt heimilum fólks',
        ],
        donts: [
          'Notið ekki heilsuleiðbeinanda í stað túlks hjá lækni',
          'Reynið ekki að fara yfir of mikið efni á einum fundi',
          'Gleymið ekki að bjóða körlum upp á sérstaka hópa',
        ],
      },
      en: {
        title: 'Health information in your own language: health literacy groups in Vantaa',
        summary:
          'Health advisers trained by the City of Vantaa run groups in participants’ mother tongues on using health services, medicines and chronic conditions. The groups meet in libraries and community centres.',
        challenge: [
          { type: 'p', text: 'Many older immigrants and women at home with children did not know how the Finnish health system works. They went to emergency departments with complaints that a health centre could have treated, and care for diabetes and high blood pressure was often inadequate. Written information was available almost only in Finnish and English.' },
        ],
        goals: [
          { type: 'p', text: 'The aim is to improve participants’ health literacy, reduce unnecessary emergency visits and support self-care for chronic conditions.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Each group meets six times for two hours. It is led by a health adviser who speaks the participants’ mother tongue and has completed 40 hours of training. A public health nurse or pharmacist joins the group twice.' },
          {
            type: 'ul',
            items: [
              'How appointments, health centres and emergency services work',
              'Using medicines and renewing prescriptions',
              'Diabetes, blood pressure and physical activity in daily life',
              'Mental health and where to find help',
              'The national patient portal and other e-services',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Between 2018 and 2024 some 1,400 people took part in groups in Arabic, Somali, Dari, Russian and Sorani. An external evaluation found a clear improvement in health literacy between the before and after measurements, and participants’ emergency visits fell by about a fifth compared with the previous year.' },
        ],
        participantVoice: '“For the first time I understood why I have to take my blood pressure medicine every day, even when I feel fine.”',
        indicators: 'Health literacy scores before and after the group, number of emergency visits among participants and completion rate.',
        resources: 'Two coordinators and around 15 health advisers paid by the hour, funded from the city’s integration budget and an agreement with the wellbeing services county.',
        transferability: [
          { type: 'p', text: 'The model can be transferred to municipalities and health regions where enough residents share a language. What matters most is thorough training of the health advisers and close cooperation with health centres.' },
        ],
        dos: [
          'Recruit health advisers who are respected in their communities',
          'Use pictures and real medicine packages',
          'Hold groups in familiar places close to home',
        ],
        donts: [
          'Don’t use a health adviser instead of an interpreter at appointments',
          'Don’t try to cover too much in one session',
          'Don’t forget to offer groups for men as well',
        ],
      },
    },
  },
  {
    slug: 'oulu-apprenticeship-pathway-young-immigrants',
    country: 'FI',
    region: 'Pohjois-Pohjanmaa',
    municipality: 'Oulu',
    organisations: ['fi-oulu-city'],
    partners: 'Alueen ammattiopisto, Oulun seudun työllisyyspalvelut sekä rakennus-, logistiikka- ja hoiva-alan yrityksiä',
    themes: ['labour-market', 'children-and-youth'],
    targetGroups: ['youth', 'newly-arrived-refugees'],
    actorType: 'municipality',
    startDate: '2020-08-10',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    contact: {
      name: 'Mikko Heikkinen',
      role: 'Oppisopimusohjaaja',
      email: 'mikko.heikkinen@ouka.example',
      phone: '+358 8 0000 0000',
      consent: true,
    },
    links: [{ label: 'Oppisopimuspolku', url: 'https://ouka.example/tyollisyys/oppisopimuspolku' }],
    originalLanguage: 'fi',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      fi: {
        title: 'Oppisopimuspolku nuorille maahan muuttaneille Oulussa',
        summary:
          'Oulun kaupunki ohjaa 18–29-vuotiaita maahan muuttaneita nuoria oppisopimuskoulutukseen rakennus-, logistiikka- ja hoiva-alalle. Ennen oppisopimusta nuoret käyvät kolmen kuukauden valmentavan jakson, jossa opiskellaan alan suomea.',
        challenge: [
          { type: 'p', text: 'Moni Ouluun muuttanut nuori aikuinen oli liian vanha perusopetukseen, mutta suomen kieli ei vielä riittänyt ammatilliseen koulutukseen. Samaan aikaan alueen rakennus- ja hoiva-alan yritykset kärsivät työvoimapulasta. Nuoret jäivät helposti pitkiksi ajoiksi kotoutumiskoulutuksen ja työttömyyden väliin.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena on, että vähintään 60 prosenttia valmentavan jakson aloittaneista solmii oppisopimuksen ja että puolet suorittaa tutkinnon tai tutkinnon osan kahden vuoden kuluessa.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Nuori ja ohjaaja laativat yhdessä henkilökohtaisen suunnitelman. Valmentavalla jaksolla opiskellaan alan suomea, suoritetaan työturvallisuuskortti ja tehdään lyhyitä työkokeiluja.' },
          {
            type: 'ul',
            items: [
              'Kolmen kuukauden valmentava jakso ammattiopistossa',
              'Työkokeilu kahdessa yrityksessä ennen oppisopimusta',
              'Työpaikkaohjaajille koulutus selkokielestä ja monikulttuurisesta ohjauksesta',
              'Kaupungin ohjaaja tapaa nuoren ja työpaikkaohjaajan kuukausittain',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuosina 2020–2024 valmentavan jakson aloitti 186 nuorta. Heistä 118 solmi oppisopimuksen, ja 71 oli suorittanut tutkinnon tai tutkinnon osan vuoden 2024 loppuun mennessä. Keskeytykset vähenivät selvästi sen jälkeen, kun työpaikkaohjaajien koulutus otettiin mukaan.' },
        ],
        participantVoice: '”Työmaalla opin suomea nopeammin kuin kurssilla, koska minun piti ymmärtää turvallisuusohjeet.”',
        indicators: 'Oppisopimuksen solmineiden osuus, suoritetut tutkinnot ja tutkinnon osat sekä keskeytysten määrä.',
        resources: 'Kolme ohjaajaa kaupungin työllisyyspalveluissa. Oppisopimuskoulutus rahoitetaan tavanomaisella ammatillisen koulutuksen rahoituksella, ja työnantajat saavat koulutuskorvausta.',
        transferability: [
          { type: 'p', text: 'Malli sopii kaupunkeihin, joissa on ammattiopisto ja työvoimapulaa. Pienemmissä kunnissa sen voi toteuttaa seudullisena yhteistyönä.' },
        ],
        dos: [
          'Kouluta työpaikkaohjaajat ennen kuin nuori aloittaa',
          'Anna nuoren kokeilla useampaa alaa',
          'Pidä yhteyttä myös oppisopimuksen aikana',
        ],
        donts: [
          'Älä edellytä sujuvaa suomea ennen työkokeilua',
          'Älä jätä työnantajaa yksin ongelmatilanteissa',
        ],
      },
      en: {
        title: 'Apprenticeship pathway for young immigrants in Oulu',
        summary:
          'The City of Oulu guides young immigrants aged 18–29 into apprenticeships in construction, logistics and care. Before signing an apprenticeship contract they complete a three-month preparatory period focused on job-related Finnish.',
        challenge: [
          { type: 'p', text: 'Many young adults who moved to Oulu were too old for basic education, but their Finnish was not yet good enough for vocational school. At the same time, local construction and care companies faced labour shortages. Young people easily got stuck between integration training and unemployment for long periods.' },
        ],
        goals: [
          { type: 'p', text: 'At least 60 per cent of those who start the preparatory period should sign an apprenticeship contract, and half should complete a qualification or part of one within two years.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Each young person draws up a personal plan with an adviser. The preparatory period covers job-related Finnish, an occupational safety card and short work trials.' },
          {
            type: 'ul',
            items: [
              'A three-month preparatory period at the vocational college',
              'Work trials with two companies before the apprenticeship',
              'Training for workplace instructors in plain language and intercultural guidance',
              'Monthly meetings between the city adviser, the young person and the workplace instructor',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'From 2020 to 2024, 186 young people started the preparatory period. Of these, 118 signed an apprenticeship contract and 71 had completed a qualification or part of one by the end of 2024. Drop-outs fell markedly once training for workplace instructors was added.' },
        ],
        participantVoice: '“On the building site I learned Finnish faster than on the course, because I had to understand the safety instructions.”',
        indicators: 'Share signing an apprenticeship contract, qualifications and qualification units completed, and number of drop-outs.',
        resources: 'Three advisers in the city’s employment services. Apprenticeships are funded through regular vocational education funding, and employers receive a training allowance.',
        transferability: [
          { type: 'p', text: 'The model suits cities with a vocational college and labour shortages. Smaller municipalities can run it as a regional partnership.' },
        ],
        dos: [
          'Train workplace instructors before the young person starts',
          'Let young people try more than one trade',
          'Stay in touch throughout the apprenticeship',
        ],
        donts: [
          'Don’t require fluent Finnish before the work trial',
          'Don’t leave the employer alone when problems arise',
        ],
      },
    },
  },
  {
    slug: 'vantaa-library-multilingual-digital-help',
    country: 'FI',
    region: 'Uusimaa',
    municipality: 'Vantaa',
    organisations: ['fi-vantaa-city', 'fi-refugee-advice-ngo'],
    partners: 'Vantaan kaupunginkirjasto ja maahan muuttaneita digitukijoita työllistävä sosiaalinen yritys',
    themes: ['social-services'],
    targetGroups: ['older-immigrants', 'newly-arrived-refugees'],
    actorType: 'social-enterprise',
    startDate: '2019-03-04',
    runState: 'regular-service',
    evaluation: 'internal',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Aino Lehtonen',
      role: 'Palvelupäällikkö',
      email: 'digituki@vantaa.example',
      consent: false,
    },
    originalLanguage: 'fi',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'transferable'],
    translations: {
      fi: {
        title: 'Monikielinen digituki kirjastoissa: apua Kelan, pankin ja Omakannan kanssa',
        summary:
          'Maahan muuttaneita työllistävä sosiaalinen yritys tarjoaa monikielistä digitukea Vantaan kirjastoissa. Asiakkaat saavat omalla kielellään apua esimerkiksi vahvaan tunnistautumiseen, Kelan hakemuksiin ja muuhun sähköiseen asiointiin.',
        challenge: [
          { type: 'p', text: 'Lähes kaikki viranomaisasiointi tapahtuu Suomessa verkossa. Moni maahan muuttanut ei ymmärrä palvelujen kieltä tai ei ole tottunut sähköiseen asiointiin, ja apua pyydetään usein lapsilta tai naapureilta. Tämä johtaa virheisiin, myöhästyneisiin hakemuksiin ja tietosuojaongelmiin.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena on, että asiakkaat oppivat asioimaan verkossa itsenäisesti ja että digituki työllistää maahan muuttaneita, joilla on kielitaitoa ja tietoteknistä osaamista.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Digitukijat päivystävät viidessä kirjastossa kolmesti viikossa. Asiakas voi tulla ilman ajanvarausta tai varata ajan puhelimitse.' },
          {
            type: 'ul',
            items: [
              'Palvelua arabiaksi, dariksi, somaliksi, venäjäksi, ukrainaksi ja englanniksi',
              'Digitukija ei asioi asiakkaan puolesta vaan neuvoo vaihe vaiheelta',
              'Asiakas saa kotiin kuvitetun muistilistan',
              'Vaikeat tapaukset ohjataan kaupungin neuvontaan tai järjestön oikeudelliseen neuvontaan',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuonna 2024 digituessa oli noin 5 200 asiointikertaa. Sisäisen seurannan mukaan kolmannes asiakkaista palasi eri asian kanssa, mutta yhä useampi kertoi hoitaneensa osan asioista itse. Yritys työllistää kahdeksan digitukijaa.' },
        ],
        participantVoice: '”Nyt osaan itse tarkistaa Kelan päätökset, eikä minun tarvitse odottaa, että poikani tulee koulusta.”',
        indicators: 'Asiointikertojen määrä kielittäin, itsenäisesti asioivien osuus asiakaskyselyssä ja työllistettyjen digitukijoiden määrä.',
        resources: 'Kaupunki ostaa palvelun sosiaaliselta yritykseltä vuosisopimuksella, ja kirjastot tarjoavat tilat ja laitteet maksutta.',
        transferability: [
          { type: 'p', text: 'Malli sopii kaikkiin kuntiin, joissa on kirjastoja ja monikielistä väestöä. Pienemmissä kunnissa digituki voi toimia etäyhteydellä usean kunnan yhteisenä palveluna.' },
        ],
        dos: [
          'Opeta asiakasta tekemään itse, älä tee hänen puolestaan',
          'Kouluta digitukijat tietosuojaan ja vaitiolovelvollisuuteen',
          'Sijoita palvelu paikkaan, jonne on helppo tulla',
        ],
        donts: [
          'Älä koskaan pyydä asiakkaan pankkitunnuksia tai salasanoja',
          'Älä lupaa oikeudellista neuvontaa, jota digitukija ei voi antaa',
        ],
      },
    },
  },
  {
    slug: 'jakobstad-civic-orientation-mother-tongue',
    country: 'FI',
    region: 'Österbotten',
    municipality: 'Jakobstad',
    organisations: ['fi-ostrobothnia-welfare-area', 'fi-integration-competence-centre'],
    partners: 'Jakobstad, Pedersöre, Nykarleby och Larsmo kommun samt medborgarinstitutet',
    themes: ['social-services', 'regional-development'],
    targetGroups: ['newly-arrived-refugees', 'labour-migrants'],
    actorType: 'region',
    startDate: '2016-09-05',
    runState: 'regular-service',
    evaluation: 'external',
    evidenceLevel: 'promising',
    contact: {
      name: 'Johanna Nylund',
      role: 'Koordinator för samhällsorientering',
      email: 'johanna.nylund@osterbotten-valfard.example',
      phone: '+358 6 000 0000',
      consent: true,
    },
    links: [{ label: 'Samhällsorientering i Jakobstadsregionen', url: 'https://osterbotten-valfard.example/samhallsorientering' }],
    originalLanguage: 'sv',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      sv: {
        title: 'Samhällsorientering på modersmålet i Jakobstadsregionen',
        summary:
          'Nyinflyttade i Jakobstadsregionen får 60 timmar samhällsorientering på sitt eget språk, ledd av utbildade samhällsorienterare. Kursen ges på arabiska, dari, somaliska, ukrainska, vietnamesiska och tagalog.',
        challenge: [
          { type: 'p', text: 'Regionen tar emot både kvotflyktingar och arbetskraftsinvandrare till industrin, men det tar tid att lära sig svenska eller finska. Under de första åren förstod många inte hur skolan, vården eller arbetslivet fungerar, och fick sin information via rykten och sociala medier.' },
        ],
        goals: [
          { type: 'p', text: 'Alla nyinflyttade ska inom det första halvåret få grundläggande kunskap om det finländska samhället och om sina rättigheter och skyldigheter, oberoende av språkkunskaper.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Samhällsorienteringen startade 2016 som ett samarbete mellan kommunerna i regionen och drivs sedan 2023 av välfärdsområdet tillsammans med kommunerna. Kursen består av tio träffar på sex timmar.' },
          {
            type: 'ul',
            items: [
              'Att bo i Finland: bostad, hyra, grannar och sopsortering',
              'Arbetsliv, fackföreningar och skatt',
              'Skola, småbarnspedagogik och föräldraskap',
              'Hälso- och sjukvård, tandvård och psykisk hälsa',
              'Demokrati, jämställdhet och de två nationalspråken',
              'Studiebesök hos polisen, på biblioteket och på en arbetsplats',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Omkring 900 personer har deltagit sedan 2016. En extern utvärdering 2021 visade att deltagarna klarade ett kunskapstest om samhället bättre än nyinflyttade som inte hade deltagit, och att de oftare vände sig till rätt myndighet. Utvärderingen hade ingen slumpmässig kontrollgrupp.' },
        ],
        participantVoice: '”Jag hade bott här i ett år, men först på kursen förstod jag varför min lön blev lägre efter skatt.”',
        indicators: 'Antal deltagare per språk, resultat i kunskapstest före och efter kursen samt andel som fullföljer kursen.',
        resources: 'En koordinator och åtta timavlönade samhällsorienterare. Verksamheten finansieras av välfärdsområdet och kommunerna med statlig ersättning för integrationsåtgärder.',
        transferability: [
          { type: 'p', text: 'Modellen fungerar i tvåspråkiga regioner och där det finns minst tio deltagare per språkgrupp. Digitala träffar kan komplettera där deltagarna bor utspritt.' },
        ],
        dos: [
          'Utbilda samhällsorienterarna i både innehåll och pedagogik',
          'Ta med studiebesök – dem minns deltagarna bäst',
          'Förklara tvåspråkigheten tidigt',
        ],
        donts: [
          'Vänta inte med kursen tills språkkursen är klar – då kommer den för sent',
          'Låt inte samhällsorienterarna ge personlig rådgivning i enskilda ärenden',
        ],
      },
      fi: {
        title: 'Äidinkielinen yhteiskuntaorientaatio Pietarsaaren seudulla',
        summary:
          'Pietarsaaren seudulle muuttaneet saavat 60 tuntia yhteiskuntaorientaatiota omalla kielellään koulutettujen ohjaajien johdolla. Kurssia järjestetään arabiaksi, dariksi, somaliksi, ukrainaksi, vietnamiksi ja tagalogiksi.',
        challenge: [
          { type: 'p', text: 'Seudulle muuttaa sekä kiintiöpakolaisia että teollisuuden tarvitsemaa ulkomaista työvoimaa, mutta ruotsin tai suomen oppiminen vie aikaa. Ensimmäisinä vuosina moni ei ymmärtänyt, miten koulu, terveydenhuolto tai työelämä toimivat, ja tieto kulki huhujen ja sosiaalisen median kautta.' },
        ],
        goals: [
          { type: 'p', text: 'Kaikkien uusien asukkaiden tulee saada ensimmäisen puolen vuoden aikana perustiedot suomalaisesta yhteiskunnasta sekä omista oikeuksistaan ja velvollisuuksistaan kielitaidosta riippumatta.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Yhteiskuntaorientaatio alkoi vuonna 2016 seudun kuntien yhteistyönä, ja vuodesta 2023 sitä on järjestänyt hyvinvointialue yhdessä kuntien kanssa. Kurssi koostuu kymmenestä kuuden tunnin tapaamisesta.' },
          {
            type: 'ul',
            items: [
              'Asuminen Suomessa: asunto, vuokra, naapurit ja jätteiden lajittelu',
              'Työelämä, ammattiliitot ja verotus',
              'Koulu, varhaiskasvatus ja vanhemmuus',
              'Terveydenhuolto, hammashoito ja mielenterveys',
              'Demokratia, tasa-arvo ja kaksi kansalliskieltä',
              'Vierailut poliisilla, kirjastossa ja työpaikalla',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Kurssille on osallistunut noin 900 henkilöä vuodesta 2016. Vuonna 2021 tehdyn ulkoisen arvioinnin mukaan osallistujat menestyivät yhteiskuntatietoa mittaavassa testissä paremmin kuin osallistumattomat uudet asukkaat ja ottivat useammin yhteyttä oikeaan viranomaiseen. Arvioinnissa ei ollut satunnaistettua vertailuryhmää.' },
        ],
        participantVoice: '”Olin asunut täällä vuoden, mutta vasta kurssilla ymmärsin, miksi palkkani pieneni verojen jälkeen.”',
        indicators: 'Osallistujamäärä kielittäin, tietotestin tulokset ennen ja jälkeen kurssin sekä kurssin loppuun suorittaneiden osuus.',
        resources: 'Yksi koordinaattori ja kahdeksan tuntipalkkaista ohjaajaa. Toimintaa rahoittavat hyvinvointialue ja kunnat valtion kotoutumiskorvausten turvin.',
        transferability: [
          { type: 'p', text: 'Malli toimii kaksikielisillä alueilla ja siellä, missä kussakin kieliryhmässä on vähintään kymmenen osallistujaa. Etätapaamiset voivat täydentää toimintaa harvaan asutuilla alueilla.' },
        ],
        dos: [
          'Kouluta ohjaajat sekä sisältöön että pedagogiikkaan',
          'Ota mukaan vierailuja – ne osallistujat muistavat parhaiten',
          'Selitä kaksikielisyys jo alussa',
        ],
        donts: [
          'Älä siirrä kurssia kielikurssin jälkeen – silloin se tulee liian myöhään',
          'Älä anna ohjaajien neuvoa yksittäisissä henkilökohtaisissa asioissa',
        ],
      },
      en: {
        title: 'Civic orientation in the mother tongue in the Jakobstad region',
        summary:
          'Newcomers to the Jakobstad region receive 60 hours of civic orientation in their own language, led by trained civic orientation instructors. The course is offered in Arabic, Dari, Somali, Ukrainian, Vietnamese and Tagalog.',
        challenge: [
          { type: 'p', text: 'The region receives both resettled refugees and labour migrants for local industry, but learning Swedish or Finnish takes time. In their first years many did not understand how schools, health care or working life function, and got their information from rumours and social media.' },
        ],
        goals: [
          { type: 'p', text: 'All newcomers should gain basic knowledge of Finnish society and of their rights and obligations within their first six months, regardless of their language skills.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Civic orientation began in 2016 as a joint effort by the municipalities of the region, and since 2023 it has been run by the wellbeing services county together with the municipalities. The course consists of ten six-hour sessions.' },
          {
            type: 'ul',
            items: [
              'Living in Finland: housing, rent, neighbours and recycling',
              'Working life, trade unions and taxes',
              'School, early childhood education and parenting',
              'Health care, dental care and mental health',
              'Democracy, equality and Finland’s two national languages',
              'Visits to the police, the library and a workplace',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Around 900 people have taken part since 2016. An external evaluation in 2021 found that participants scored better on a test of civic knowledge than newcomers who had not taken part, and more often contacted the right authority. The evaluation had no randomised control group.' },
        ],
        participantVoice: '“I had lived here for a year, but only on the course did I understand why my pay was lower after tax.”',
        indicators: 'Number of participants per language, test scores before and after the course and completion rate.',
        resources: 'One coordinator and eight instructors paid by the hour, funded by the wellbeing services county and the municipalities with state reimbursement for integration measures.',
        transferability: [
          { type: 'p', text: 'The model works in bilingual regions and wherever there are at least ten participants per language group. Online sessions can complement it where participants live far apart.' },
        ],
        dos: [
          'Train instructors in both content and teaching methods',
          'Include study visits – they are what participants remember best',
          'Explain bilingualism early on',
        ],
        donts: [
          'Don’t postpone the course until after language training – by then it is too late',
          'Don’t let instructors give personal advice on individual cases',
        ],
      },
    },
  },
  {
    slug: 'narpes-supported-housing-unaccompanied-youth',
    country: 'FI',
    region: 'Österbotten',
    municipality: 'Närpes',
    organisations: ['fi-ostrobothnia-welfare-area'],
    partners: 'Närpes stad (huvudman 2016–2021), lokala idrotts- och ungdomsföreningar samt frivilliga kontaktfamiljer',
    themes: ['housing', 'children-and-youth'],
    targetGroups: ['unaccompanied-minors', 'youth'],
    actorType: 'municipality',
    startDate: '2016-02-01',
    endDate: '2021-06-30',
    runState: 'ended',
    evaluation: 'external',
    evidenceLevel: 'documented',
    links: [{ label: 'Utvärdering av stödboendena (2020)', url: 'https://osterbotten-valfard.example/arkiv/stodboende-narpes-2020.pdf' }],
    originalLanguage: 'sv',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      sv: {
        title: 'Små stödboenden för ensamkommande unga i Närpes',
        summary:
          'Närpes stad ersatte ett stort grupphem med små stödboenden för två till fyra ensamkommande unga, var och en med en kontaktfamilj i närheten. Modellen användes 2016–2021, tills de sista ungdomarna hade flyttat till egna bostäder.',
        challenge: [
          { type: 'p', text: 'Hösten 2015 kom många ensamkommande unga till Närpes. Det stora grupphemmet blev snabbt trångt och oroligt, och de unga hade lite kontakt med jämnåriga finländare. Inför 18-årsdagen saknade många de kunskaper som behövs för att bo på egen hand.' },
        ],
        goals: [
          { type: 'p', text: 'Att ge ungdomarna en trygg vardag, stegvis förbereda dem för eget boende, studier och arbete samt knyta dem till lokalsamhället.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Ungdomarna bodde två till fyra i vanliga lägenheter i olika bostadsområden. Personal fanns på plats dagtid, och nattjouren delades mellan enheterna. Varje lägenhet hade en frivillig kontaktfamilj i närheten.' },
          {
            type: 'ul',
            items: [
              'En individuell plan för boende, skola och fritid',
              'Hushållsskola: budget, matlagning och tvätt',
              'En fritidsaktivitet i en lokal förening för alla',
              'Eftervård upp till 25 års ålder',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Sammanlagt 47 unga bodde i stödboendena. En extern utvärdering 2020 visade att 85 procent studerade eller arbetade vid 20 års ålder och att de flesta fortfarande hade kontakt med sin kontaktfamilj. Kostnaden per plats var lägre än i det tidigare grupphemmet.' },
        ],
        participantVoice: '”Min kontaktfamilj tog med mig på fiske och till sitt växthus. Jag hälsar fortfarande på dem varje jul.”',
        indicators: 'Andel i studier eller arbete vid 20 års ålder, antal avbrutna placeringar och kontakt med kontaktfamiljen efter två år.',
        resources: 'Finansierades med statlig ersättning för mottagande av ensamkommande minderåriga; som mest hade verksamheten elva anställda.',
        transferability: [
          { type: 'p', text: 'Modellen passar mindre orter med tillgång till vanliga hyresbostäder och ett aktivt föreningsliv. Den kräver noggrann rekrytering och handledning av kontaktfamiljerna.' },
        ],
        dos: [
          'Placera boendena mitt i vanliga bostadsområden',
          'Börja träna vardagskunskaper långt före 18-årsdagen',
          'Erbjud eftervård',
        ],
        donts: [
          'Placera inte för många unga i samma lägenhet',
          'Låt inte kontaktfamiljen ersätta professionellt stöd',
        ],
      },
      fi: {
        title: 'Pienet tukiasunnot ilman huoltajaa tulleille nuorille Närpiössä',
        summary:
          'Närpiön kaupunki korvasi suuren ryhmäkodin pienillä tukiasunnoilla, joissa asui kahdesta neljään ilman huoltajaa tullutta nuorta ja joiden lähellä oli tukiperhe. Mallia käytettiin vuosina 2016–2021, kunnes viimeisetkin nuoret olivat muuttaneet omiin asuntoihinsa.',
        challenge: [
          { type: 'p', text: 'Syksyllä 2015 Närpiöön saapui paljon ilman huoltajaa tulleita nuoria. Suuri ryhmäkoti kävi nopeasti ahtaaksi ja levottomaksi, eikä nuorilla ollut juuri yhteyksiä suomalaisiin ikätovereihin. Kun 18 vuoden ikä lähestyi, monelta puuttuivat itsenäisessä asumisessa tarvittavat taidot.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena oli tarjota nuorille turvallinen arki, valmistaa heitä vähitellen omaan asumiseen, opiskeluun ja työhön sekä kiinnittää heidät paikalliseen yhteisöön.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Nuoret asuivat kahdesta neljään tavallisissa vuokra-asunnoissa eri asuinalueilla. Henkilökunta oli paikalla päivisin, ja yöpäivystys jaettiin yksiköiden kesken. Jokaisella asunnolla oli lähistöllä vapaaehtoinen tukiperhe.' },
          {
            type: 'ul',
            items: [
              'Henkilökohtainen suunnitelma asumiseen, koulunkäyntiin ja vapaa-aikaan',
              'Kotitalouskoulu: budjetti, ruoanlaitto ja pyykinpesu',
              'Jokaiselle harrastus paikallisessa yhdistyksessä',
              'Jälkihuolto 25 ikävuoteen asti',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Tukiasunnoissa asui yhteensä 47 nuorta. Vuonna 2020 tehdyn ulkoisen arvioinnin mukaan 85 prosenttia opiskeli tai oli työssä 20-vuotiaana, ja useimmat pitivät edelleen yhteyttä tukiperheeseensä. Kustannukset paikkaa kohden olivat pienemmät kuin aiemmassa ryhmäkodissa.' },
        ],
        participantVoice: '”Tukiperheeni vei minut kalaan ja kasvihuoneelleen. Käyn yhä heidän luonaan joka joulu.”',
        indicators: 'Opiskelevien tai työssä olevien osuus 20-vuotiaana, keskeytyneiden sijoitusten määrä ja yhteys tukiperheeseen kahden vuoden jälkeen.',
        resources: 'Rahoitus tuli valtion korvauksista ilman huoltajaa tulleiden alaikäisten vastaanotosta; enimmillään toiminnassa oli yksitoista työntekijää.',
        transferability: [
          { type: 'p', text: 'Malli sopii pienille paikkakunnille, joilla on tavallisia vuokra-asuntoja ja vireää yhdistystoimintaa. Se edellyttää tukiperheiden huolellista valintaa ja ohjausta.' },
        ],
        dos: [
          'Sijoita asunnot tavallisten asuinalueiden keskelle',
          'Aloita arjen taitojen harjoittelu hyvissä ajoin ennen 18 vuoden ikää',
          'Tarjoa jälkihuoltoa',
        ],
        donts: [
          'Älä sijoita liian monta nuorta samaan asuntoon',
          'Älä anna tukiperheen korvata ammatillista tukea',
        ],
      },
    },
  },
  {
    slug: 'vaasa-family-counselling-mother-tongue',
    country: 'FI',
    region: 'Pohjanmaa',
    municipality: 'Vaasa',
    organisations: ['fi-refugee-advice-ngo', 'fi-ostrobothnia-welfare-area'],
    partners: 'Vaasan koulut ja päiväkodit sekä hyvinvointialueen perheneuvola',
    themes: ['social-services', 'children-and-youth'],
    targetGroups: ['children-and-families', 'newly-arrived-refugees'],
    actorType: 'ngo',
    startDate: '2022-09-01',
    runState: 'ongoing',
    evaluation: 'none',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Rasmus Björkqvist',
      role: 'Toiminnanjohtaja',
      email: 'perheneuvonta@pakolaisneuvonta-vaasa.example',
      consent: false,
    },
    originalLanguage: 'fi',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year'],
    translations: {
      fi: {
        title: 'Omakielinen perheneuvonta Vaasassa: tukea vanhemmuuteen uudessa maassa',
        summary:
          'Järjestön perheneuvojat tarjoavat maahan muuttaneille perheille keskusteluapua arabiaksi, dariksi ja ukrainaksi. Tavoitteena on tukea vanhempia ennen kuin ongelmat kasvavat lastensuojelun asiakkuudeksi.',
        challenge: [
          { type: 'p', text: 'Uudessa maassa vanhemmuus muuttuu: lapset oppivat kielen vanhempiaan nopeammin, ja kasvatuskäsitykset voivat törmätä koulun ja päiväkodin odotuksiin. Perheet hakevat harvoin apua perheneuvolasta, ja moni pelkää lastensuojelua. Ongelmat tulevat usein esiin vasta kriisissä.' },
        ],
        goals: [
          { type: 'p', text: 'Madaltaa kynnystä hakea apua, vahvistaa vanhempien luottamusta palveluihin ja vähentää kiireellisiä lastensuojelutoimia maahan muuttaneissa perheissä.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Perhe voi ottaa yhteyttä suoraan tai tulla ohjatuksi koulusta, päiväkodista tai neuvolasta. Perheneuvoja tapaa perhettä 1–6 kertaa joko järjestön tiloissa tai kotona.' },
          {
            type: 'ul',
            items: [
              'Keskusteluja vanhemmuudesta, rajoista ja lasten oikeuksista Suomessa',
              'Vanhempien vertaisryhmät kahdesti kuukaudessa',
              'Tarvittaessa saattaen vaihtaen hyvinvointialueen perheneuvolaan',
              'Koulutusta koulujen ja päiväkotien henkilöstölle',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuosina 2022–2024 palvelu tavoitti noin 210 perhettä. Toimintaa ei ole arvioitu, mutta työntekijöiden mukaan yhä useampi perhe ottaa yhteyttä itse ja jo varhaisessa vaiheessa.' },
        ],
        participantVoice: '”Pelkäsin, että lapseni otetaan pois, jos kerron ongelmistamme. Täällä minua kuunneltiin.”',
        indicators: 'Perheiden määrä, yhteydenottojen lähde (oma-aloitteinen tai ohjattu) ja jatko-ohjaukset hyvinvointialueen palveluihin.',
        resources: 'Kaksi perheneuvojaa. Rahoitus tulee sosiaali- ja terveysjärjestöjen avustuksista ja hyvinvointialueen ostopalvelusopimuksesta.',
        transferability: [
          { type: 'p', text: 'Sopii kaupunkeihin, joissa toimii järjestöjä, joilla on monikielistä henkilöstöä ja toimiva yhteys hyvinvointialueeseen. Toiminta kannattaa arvioida alusta alkaen.' },
        ],
        dos: [
          'Kerro avoimesti, mitä lastensuojelu tekee ja mitä se ei tee',
          'Tee yhteistyötä koulujen ja päiväkotien kanssa',
          'Tarjoa vertaisryhmiä myös isille',
        ],
        donts: [
          'Älä lupaa ehdotonta vaitioloa – lastensuojeluilmoituksen velvollisuus koskee myös järjestöjä',
          'Älä jätä perhettä tyhjän päälle siirron jälkeen',
        ],
      },
      sv: {
        title: 'Familjerådgivning på modersmålet i Vasa: stöd i föräldraskapet i ett nytt land',
        summary:
          'Organisationens familjerådgivare erbjuder samtalsstöd på arabiska, dari och ukrainska för invandrarfamiljer. Målet är att stödja föräldrarna innan problemen växer till ett barnskyddsärende.',
        challenge: [
          { type: 'p', text: 'I ett nytt land förändras föräldraskapet: barnen lär sig språket snabbare än föräldrarna, och synen på uppfostran kan krocka med skolans och daghemmets förväntningar. Familjerna söker sällan hjälp på familjerådgivningen, och många är rädda för barnskyddet. Problemen kommer ofta fram först i en kris.' },
        ],
        goals: [
          { type: 'p', text: 'Att sänka tröskeln för att söka hjälp, stärka föräldrarnas förtroende för samhällets tjänster och minska brådskande barnskyddsåtgärder i invandrarfamiljer.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Familjen kan ta kontakt direkt eller hänvisas av skolan, daghemmet eller rådgivningen. Familjerådgivaren träffar familjen en till sex gånger, antingen i organisationens lokaler eller i hemmet.' },
          {
            type: 'ul',
            items: [
              'Samtal om föräldraskap, gränser och barns rättigheter i Finland',
              'Kamratgrupper för föräldrar två gånger i månaden',
              'Vid behov en överlämning till välfärdsområdets familjerådgivning där rådgivaren följer med',
              'Utbildning för personal i skolor och daghem',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Under 2022–2024 nådde tjänsten omkring 210 familjer. Verksamheten har inte utvärderats, men enligt personalen tar allt fler familjer själva kontakt, och i ett tidigare skede.' },
        ],
        participantVoice: '”Jag var rädd att de skulle ta mitt barn om jag berättade om våra problem. Här blev jag lyssnad på.”',
        indicators: 'Antal familjer, hur kontakten uppstod (på eget initiativ eller via hänvisning) och antal hänvisningar vidare till välfärdsområdets tjänster.',
        resources: 'Två familjerådgivare. Finansieringen kommer från understöd till social- och hälsoorganisationer och ett köptjänstavtal med välfärdsområdet.',
        transferability: [
          { type: 'p', text: 'Passar städer där det finns organisationer med flerspråkig personal och ett fungerande samarbete med välfärdsområdet. Verksamheten bör utvärderas från början.' },
        ],
        dos: [
          'Berätta öppet vad barnskyddet gör och inte gör',
          'Samarbeta med skolor och daghem',
          'Erbjud kamratgrupper även för pappor',
        ],
        donts: [
          'Lova inte absolut tystnadsplikt – anmälningsplikten till barnskyddet gäller också organisationer',
          'Lämna inte familjen ensam efter överlämningen',
        ],
      },
    },
  },
  {
    slug: 'oulu-nurse-licensing-pathway-trial',
    country: 'FI',
    region: 'Pohjois-Pohjanmaa',
    municipality: 'Oulu',
    organisations: ['fi-migration-research-network', 'fi-oulu-city'],
    partners: 'Alueen ammattikorkeakoulu ja Pohjois-Pohjanmaan hyvinvointialue',
    themes: ['labour-market'],
    targetGroups: ['professionals-and-employers', 'labour-migrants'],
    actorType: 'research-institution',
    startDate: '2019-01-14',
    endDate: '2023-06-30',
    runState: 'ended',
    evaluation: 'experimental',
    evidenceLevel: 'proven',
    contact: {
      name: 'Satu Karjalainen',
      role: 'Tutkimusjohtaja',
      email: 'satu.karjalainen@muuttoliiketutkimus.example',
      consent: true,
    },
    links: [
      { label: 'Tutkimusraportti', url: 'https://muuttoliiketutkimus.example/julkaisut/hoitajapolku-2023.pdf' },
      { label: 'Tiivistelmä englanniksi', url: 'https://muuttoliiketutkimus.example/en/nurse-pathway-summary' },
    ],
    originalLanguage: 'fi',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      fi: {
        title: 'Tuettu pätevöitymispolku ulkomailla koulutetuille sairaanhoitajille',
        summary:
          'Oulussa selvitettiin arvontaan perustuvalla koeasetelmalla, nopeuttaako ohjattu polku EU:n ulkopuolella koulutettujen sairaanhoitajien laillistamista. Polkuun kuuluivat hoitoalan suomen kurssi, täydentävät opinnot, mentori ja palkallinen harjoittelu.',
        challenge: [
          { type: 'p', text: 'Pohjois-Pohjanmaalla oli pulaa sairaanhoitajista, mutta kymmenet ulkomailla koulutetut hoitajat työskentelivät hoiva-avustajina tai siivoojina. Laillistaminen kesti usein vuosia, koska hakijat joutuivat itse selvittämään, mitä opintoja heiltä puuttui, ja rahoittamaan ne.' },
        ],
        goals: [
          { type: 'p', text: 'Selvittää, lyheneekö laillistamiseen kuluva aika ohjatulla polulla, ja tuottaa luotettavaa tietoa kansallisen mallin pohjaksi.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Hakijoita oli enemmän kuin paikkoja, joten paikat arvottiin. Arvonnassa paikatta jääneet saivat tavanomaisen neuvonnan ja muodostivat vertailuryhmän.' },
          {
            type: 'ul',
            items: [
              'Henkilökohtainen suunnitelma puuttuvista opinnoista Valviran päätöksen pohjalta',
              'Hoitoalan suomen kurssi tasolle B1–B2',
              'Täydentävät opinnot ammattikorkeakoulussa',
              'Kokenut sairaanhoitaja mentorina',
              'Palkallinen harjoittelu osastolla opintojen aikana',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Tutkimukseen osallistui 148 hoitajaa. Kolmen vuoden kuluttua 64 prosenttia polun osallistujista oli laillistettuja sairaanhoitajia, vertailuryhmästä 29 prosenttia. Ero oli tilastollisesti merkitsevä, ja polku on otettu pysyväksi osaksi alueen rekrytointia.' },
        ],
        participantVoice: '”Tein sairaanhoitajan työtä kymmenen vuotta Filippiineillä. Nyt teen sitä taas, suomeksi.”',
        indicators: 'Laillistettujen osuus 24 ja 36 kuukauden kuluttua, sairaanhoitajan tehtävissä työskentelevien osuus ja hoitoalan suomen kielitaito.',
        resources: 'Noin 1,2 miljoonaa euroa neljässä vuodessa Euroopan sosiaalirahastosta, kaupungilta ja hyvinvointialueelta. Tutkimusverkosto vastasi arvioinnista.',
        transferability: [
          { type: 'p', text: 'Mallia voi soveltaa muihin säänneltyihin ammatteihin, kuten lääkäreihin ja lähihoitajiin. Arvonta on perusteltu ja eettisesti kestävä silloin, kun paikkoja on vähemmän kuin hakijoita.' },
        ],
        dos: [
          'Suunnittele tutkimusasetelma yhdessä viranomaisten kanssa',
          'Maksa harjoittelusta palkkaa',
          'Anna jokaiselle oma mentori',
        ],
        donts: [
          'Älä oleta, että hakijat löytävät täydentävät opinnot itse',
          'Älä jätä vertailuryhmää kokonaan ilman tukea',
        ],
      },
      en: {
        title: 'Supported licensing pathway for internationally trained nurses',
        summary:
          'A randomised trial in Oulu tested whether a guided pathway speeds up the licensing of nurses trained outside the EU. The pathway combined a Finnish course for health care, bridging studies, a mentor and paid work practice.',
        challenge: [
          { type: 'p', text: 'North Ostrobothnia was short of nurses, yet dozens of nurses trained abroad were working as care assistants or cleaners. Licensing often took years, because applicants had to find out for themselves which studies they were missing and pay for them.' },
        ],
        goals: [
          { type: 'p', text: 'To find out whether a guided pathway shortens the time to licensing, and to produce reliable evidence for a national model.' },
        ],
        howItWorks: [
          { type: 'p', text: 'There were more applicants than places, so places were allocated by lottery. Those not drawn received the usual advice and formed the comparison group.' },
          {
            type: 'ul',
            items: [
              'A personal plan for the missing studies based on the decision of the national supervisory authority',
              'A Finnish course for health care up to level B1–B2',
              'Bridging studies at a university of applied sciences',
              'An experienced nurse as mentor',
              'Paid work practice on a hospital ward during the studies',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'The study included 148 nurses. After three years, 64 per cent of pathway participants were licensed nurses, compared with 29 per cent of the comparison group. The difference was statistically significant, and the pathway is now a permanent part of recruitment in the region.' },
        ],
        participantVoice: '“I worked as a nurse for ten years in the Philippines. Now I am doing it again, in Finnish.”',
        indicators: 'Share licensed after 24 and 36 months, share working as nurses and level of Finnish for health care.',
        resources: 'About EUR 1.2 million over four years from the European Social Fund, the city and the wellbeing services county. The research network was responsible for the evaluation.',
        transferability: [
          { type: 'p', text: 'The model can be applied to other regulated professions, such as doctors and practical nurses. A lottery is justified and ethical when there are fewer places than applicants.' },
        ],
        dos: [
          'Design the study together with the authorities',
          'Pay participants during work practice',
          'Give everyone a personal mentor',
        ],
        donts: [
          'Don’t assume applicants will find the bridging studies on their own',
          'Don’t leave the comparison group entirely without support',
        ],
      },
    },
  },
  // ── Iceland ────────────────────────────────────────────────────────
  {
    slug: 'reykjavik-icelandic-at-work',
    country: 'IS',
    region: 'Höfuðborgarsvæðið',
    municipality: 'Reykjavík',
    organisations: ['is-reykjavik-city', 'is-directorate-of-labour'],
    partners: 'Símenntunarmiðstöðvar og um 60 vinnustaðir í ferðaþjónustu, byggingariðnaði og umönnun',
    themes: ['labour-market', 'social-services'],
    targetGroups: ['labour-migrants', 'newly-arrived-refugees'],
    actorType: 'partnership',
    startDate: '2019-09-02',
    runState: 'ongoing',
    evaluation: 'external',
    evidenceLevel: 'documented',
    contact: {
      name: 'Guðrún Ásgeirsdóttir',
      role: 'Verkefnastjóri',
      email: 'gudrun.asgeirsdottir@reykjavik.example',
      phone: '+354 411 0000',
      consent: true,
    },
    links: [{ label: 'Íslenska á vinnutíma', url: 'https://reykjavik.example/islenska-a-vinnutima' }],
    originalLanguage: 'is',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      is: {
        title: 'Íslenska á vinnutíma: tungumálanám fullorðinna á vinnustöðum',
        summary:
          'Reykjavíkurborg og Vinnumálastofnun bjóða fyrirtækjum íslenskunámskeið sem kennd eru á vinnustaðnum og á vinnutíma. Kennslan byggir á orðaforða og aðstæðum úr daglegum störfum þátttakenda.',
        challenge: [
          { type: 'p', text: 'Stór hluti innflytjenda á Íslandi vinnur langan vinnudag í ferðaþjónustu, byggingariðnaði og umönnun. Kvöldnámskeið í íslensku henta illa þeim sem vinna vaktavinnu og margir hætta eftir fáeinar vikur. Án íslensku er erfitt að vinna sig upp í starfi eða taka virkan þátt í samfélaginu.' },
        ],
        goals: [
          { type: 'p', text: 'Markmiðið er að fleiri innflytjendur nái grunnfærni í íslensku (stigi A2) innan árs og að vinnustaðir verði betri staðir til að læra og nota íslensku.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Fyrirtæki sækir um námskeið og leggur til aðstöðu og tvær klukkustundir af vinnutíma á viku. Kennari kemur á vinnustaðinn og lagar efnið að störfunum.' },
          {
            type: 'ul',
            items: [
              'Tólf vikna námskeið, tvisvar í viku, klukkustund í senn',
              'Orðaforði úr starfinu: öryggi, vaktaskipti og samskipti við viðskiptavini',
              'Íslenskumælandi samstarfsfólk er þjálfað sem „málvinir“ sem tala hægt og skýrt',
              'Stöðupróf í upphafi og lok námskeiðs',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Frá árinu 2019 hafa um 2.400 starfsmenn á 64 vinnustöðum tekið þátt. Ytra mat árið 2023 sýndi að 71 prósent luku námskeiði, samanborið við um 45 prósent á hefðbundnum kvöldnámskeiðum, og að meirihluti þátttakenda hækkaði um eitt færnistig. Fyrirtækin greindu frá betri samskiptum og færri mistökum.' },
        ],
        participantVoice: '„Nú get ég svarað gestunum í móttökunni á íslensku og þeir brosa alltaf.“',
        indicators: 'Hlutfall sem lýkur námskeiði, breyting á færnistigi milli prófa og fjöldi vinnustaða sem halda áfram eftir fyrsta námskeið.',
        resources: 'Borgin og Vinnumálastofnun greiða kennslukostnað en fyrirtækin leggja til vinnutíma og aðstöðu. Starfsmenntasjóðir stéttarfélaga styrkja sum námskeið.',
        transferability: [
          { type: 'p', text: 'Hentar vel þar sem margir innflytjendur vinna hjá sömu vinnuveitendum. Smærri fyrirtæki á sama svæði geta sameinast um námskeið.' },
        ],
        dos: [
          'Kennið á vinnutíma, ekki eftir langa vakt',
          'Notið raunverulegar aðstæður úr starfinu',
          'Fáið stjórnendur til að hvetja til notkunar íslensku í daglegu starfi',
        ],
        donts: [
          'Skiptið ekki yfir í ensku um leið og samtalið verður erfitt',
          'Blandið ekki saman byrjendum og lengra komnum í einum hópi',
        ],
      },
      nb: {
        title: 'Islandsk i arbeidstiden: språkopplæring for voksne på arbeidsplassen',
        summary:
          'Reykjavík kommune og det islandske arbeidsdirektoratet tilbyr bedrifter islandskkurs som holdes på arbeidsplassen og i arbeidstiden. Undervisningen bygger på ordforråd og situasjoner fra deltakernes egen arbeidshverdag.',
        challenge: [
          { type: 'p', text: 'En stor del av innvandrerne på Island har lange arbeidsdager i reiseliv, bygg og omsorg. Kveldskurs i islandsk passer dårlig for dem som jobber skift, og mange slutter etter noen få uker. Uten islandsk er det vanskelig å avansere i jobben eller delta aktivt i samfunnet.' },
        ],
        goals: [
          { type: 'p', text: 'Målet er at flere innvandrere skal nå grunnleggende ferdigheter i islandsk (nivå A2) i løpet av et år, og at arbeidsplassene blir bedre steder å lære og bruke islandsk.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Bedriften søker om kurs og stiller med lokaler og to timer arbeidstid i uka. Læreren kommer til arbeidsplassen og tilpasser innholdet til arbeidsoppgavene.' },
          {
            type: 'ul',
            items: [
              'Kurs over tolv uker, to ganger i uka à én time',
              'Ordforråd fra jobben: sikkerhet, vaktskifter og kontakt med kunder',
              'Islandsktalende kolleger får opplæring som «språkvenner» som snakker sakte og tydelig',
              'Nivåtest ved kursstart og kursslutt',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Siden 2019 har rundt 2 400 ansatte på 64 arbeidsplasser deltatt. En ekstern evaluering i 2023 viste at 71 prosent fullførte kurset, mot om lag 45 prosent på ordinære kveldskurs, og at flertallet gikk opp ett ferdighetsnivå. Bedriftene meldte om bedre kommunikasjon og færre feil.' },
        ],
        participantVoice: '«Nå kan jeg svare gjestene i resepsjonen på islandsk, og de smiler alltid.»',
        indicators: 'Andel som fullfører, endring i ferdighetsnivå mellom testene og antall arbeidsplasser som fortsetter etter det første kurset.',
        resources: 'Kommunen og arbeidsdirektoratet betaler undervisningen, mens bedriftene stiller med arbeidstid og lokaler. Fagforeningenes utdanningsfond støtter enkelte kurs.',
        transferability: [
          { type: 'p', text: 'Passer godt der mange innvandrere jobber hos de samme arbeidsgiverne. Mindre bedrifter i samme område kan gå sammen om et kurs.' },
        ],
        dos: [
          'Undervis i arbeidstiden, ikke etter en lang vakt',
          'Bruk ekte situasjoner fra jobben',
          'Få lederne til å oppmuntre til bruk av islandsk i hverdagen',
        ],
        donts: [
          'Ikke bytt til engelsk med en gang samtalen blir vanskelig',
          'Ikke bland nybegynnere og viderekomne i samme gruppe',
        ],
      },
      sv: {
        title: 'Isländska på arbetstid: språkundervisning för vuxna på arbetsplatsen',
        summary:
          'Reykjavíks stad och det isländska arbetsdirektoratet erbjuder företag kurser i isländska som hålls på arbetsplatsen och på arbetstid. Undervisningen utgår från ordförråd och situationer i deltagarnas egen arbetsvardag.',
        challenge: [
          { type: 'p', text: 'En stor del av invandrarna på Island har långa arbetsdagar inom turism, byggbranschen och omsorgen. Kvällskurser i isländska passar dåligt för skiftarbetare, och många hoppar av efter några veckor. Utan isländska är det svårt att avancera i arbetet eller delta aktivt i samhället.' },
        ],
        goals: [
          { type: 'p', text: 'Målet är att fler invandrare ska nå grundläggande färdigheter i isländska (nivå A2) inom ett år och att arbetsplatserna ska bli bättre ställen att lära sig och använda isländska på.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Företaget ansöker om en kurs och ställer lokaler och två timmars arbetstid i veckan till förfogande. Läraren kommer till arbetsplatsen och anpassar innehållet efter arbetsuppgifterna.' },
          {
            type: 'ul',
            items: [
              'Kurs under tolv veckor, två gånger i veckan en timme i taget',
              'Ordförråd från jobbet: säkerhet, skiftbyten och kontakt med kunder',
              'Isländsktalande kolleger utbildas till ”språkvänner” som talar långsamt och tydligt',
              'Nivåtest vid kursens början och slut',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Sedan 2019 har omkring 2 400 anställda på 64 arbetsplatser deltagit. En extern utvärdering 2023 visade att 71 procent slutförde kursen, jämfört med omkring 45 procent på vanliga kvällskurser, och att majoriteten höjde sig en färdighetsnivå. Företagen rapporterade bättre kommunikation och färre misstag.' },
        ],
        participantVoice: '”Nu kan jag svara gästerna i receptionen på isländska, och de ler alltid.”',
        indicators: 'Andel som slutför kursen, förändring i färdighetsnivå mellan testerna och antal arbetsplatser som fortsätter efter den första kursen.',
        resources: 'Staden och arbetsdirektoratet betalar undervisningen, medan företagen bidrar med arbetstid och lokaler. Fackförbundens utbildningsfonder stöder vissa kurser.',
        transferability: [
          { type: 'p', text: 'Passar bra där många invandrare arbetar hos samma arbetsgivare. Mindre företag i samma område kan gå samman om en kurs.' },
        ],
        dos: [
          'Undervisa på arbetstid, inte efter ett långt skift',
          'Använd verkliga situationer från arbetet',
          'Få cheferna att uppmuntra till isländska i vardagen',
        ],
        donts: [
          'Byt inte till engelska så fort samtalet blir svårt',
          'Blanda inte nybörjare och mer avancerade i samma grupp',
        ],
      },
      da: {
        title: 'Islandsk i arbejdstiden: sprogundervisning for voksne på arbejdspladsen',
        summary:
          'Reykjavík Kommune og det islandske arbejdsdirektorat tilbyder virksomheder kurser i islandsk, der foregår på arbejdspladsen og i arbejdstiden. Undervisningen bygger på ordforråd og situationer fra deltagernes egen arbejdsdag.',
        challenge: [
          { type: 'p', text: 'En stor del af indvandrerne i Island har lange arbejdsdage inden for turisme, byggeri og omsorg. Aftenkurser i islandsk passer dårligt til skifteholdsarbejde, og mange stopper efter få uger. Uden islandsk er det svært at avancere i jobbet eller deltage aktivt i samfundet.' },
        ],
        goals: [
          { type: 'p', text: 'Målet er, at flere indvandrere når et grundlæggende niveau i islandsk (A2) inden for et år, og at arbejdspladserne bliver bedre steder at lære og bruge islandsk.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Virksomheden søger om et kursus og stiller lokaler og to timers arbejdstid om ugen til rådighed. Underviseren kommer ud på arbejdspladsen og tilpasser indholdet til arbejdsopgaverne.' },
          {
            type: 'ul',
            items: [
              'Kursus over tolv uger, to gange om ugen à en time',
              'Ordforråd fra jobbet: sikkerhed, vagtskifte og kontakt med kunder',
              'Islandsktalende kolleger uddannes som »sprogvenner«, der taler langsomt og tydeligt',
              'Niveautest ved kursets start og afslutning',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Siden 2019 har omkring 2.400 ansatte på 64 arbejdspladser deltaget. En ekstern evaluering i 2023 viste, at 71 procent gennemførte kurset mod omkring 45 procent på almindelige aftenkurser, og at flertallet steg et niveau. Virksomhederne oplevede bedre kommunikation og færre fejl.' },
        ],
        participantVoice: '»Nu kan jeg svare gæsterne i receptionen på islandsk, og de smiler altid.«',
        indicators: 'Andel, der gennemfører, ændring i sprogniveau mellem testene og antal arbejdspladser, der fortsætter efter det første kursus.',
        resources: 'Kommunen og arbejdsdirektoratet betaler undervisningen, mens virksomhederne bidrager med arbejdstid og lokaler. Fagforeningernes uddannelsesfonde støtter enkelte kurser.',
        transferability: [
          { type: 'p', text: 'Egner sig godt, hvor mange indvandrere arbejder hos de samme arbejdsgivere. Mindre virksomheder i samme område kan gå sammen om et kursus.' },
        ],
        dos: [
          'Undervis i arbejdstiden, ikke efter en lang vagt',
          'Brug virkelige situationer fra jobbet',
          'Få lederne til at opmuntre til brug af islandsk i hverdagen',
        ],
        donts: [
          'Skift ikke til engelsk, så snart samtalen bliver svær',
          'Bland ikke begyndere og øvede i samme hold',
        ],
      },
      fi: {
        title: 'Islantia työajalla: aikuisten kieliopetus työpaikoilla Reykjavíkissa',
        summary:
          'Reykjavíkin kaupunki ja Islannin työvoimavirasto tarjoavat yrityksille islannin kursseja, jotka pidetään työpaikalla työajalla. Opetus perustuu osallistujien omassa työssä tarvittavaan sanastoon ja tilanteisiin.',
        challenge: [
          { type: 'p', text: 'Suuri osa Islannin maahanmuuttajista tekee pitkiä työpäiviä matkailu-, rakennus- ja hoiva-alalla. Iltakurssit sopivat huonosti vuorotyöläisille, ja moni lopettaa muutaman viikon jälkeen. Ilman islannin taitoa on vaikea edetä urallaan tai osallistua aktiivisesti yhteiskuntaan.' },
        ],
        goals: [
          { type: 'p', text: 'Tavoitteena on, että yhä useampi maahanmuuttaja saavuttaa islannin perustaidot (taso A2) vuoden kuluessa ja että työpaikoista tulee parempia paikkoja oppia ja käyttää islantia.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Yritys hakee kurssia ja tarjoaa tilat sekä kaksi tuntia työaikaa viikossa. Opettaja tulee työpaikalle ja sovittaa sisällön työtehtäviin.' },
          {
            type: 'ul',
            items: [
              'Kahdentoista viikon kurssi, kahdesti viikossa tunti kerrallaan',
              'Työn sanastoa: turvallisuus, vuoronvaihdot ja asiakaspalvelu',
              'Islantia puhuvat työtoverit koulutetaan ”kielikavereiksi”, jotka puhuvat hitaasti ja selkeästi',
              'Tasotesti kurssin alussa ja lopussa',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Vuodesta 2019 mukana on ollut noin 2 400 työntekijää 64 työpaikalta. Vuoden 2023 ulkoisen arvioinnin mukaan 71 prosenttia suoritti kurssin loppuun, kun tavallisilla iltakursseilla osuus oli noin 45 prosenttia, ja suurin osa osallistujista nousi yhden taitotason. Yritykset kertoivat viestinnän parantuneen ja virheiden vähentyneen.' },
        ],
        participantVoice: '”Nyt osaan vastata vastaanoton asiakkaille islanniksi, ja he hymyilevät aina.”',
        indicators: 'Kurssin suorittaneiden osuus, taitotason muutos testien välillä ja niiden työpaikkojen määrä, jotka jatkavat ensimmäisen kurssin jälkeen.',
        resources: 'Kaupunki ja työvoimavirasto maksavat opetuksen, ja yritykset antavat työaikaa ja tilat. Ammattiliittojen koulutusrahastot tukevat osaa kursseista.',
        transferability: [
          { type: 'p', text: 'Sopii hyvin sinne, missä monet maahanmuuttajat työskentelevät samoilla työnantajilla. Saman alueen pienemmät yritykset voivat järjestää kurssin yhdessä.' },
        ],
        dos: [
          'Opeta työajalla, älä pitkän vuoron jälkeen',
          'Käytä todellisia työtilanteita',
          'Pyydä esihenkilöitä kannustamaan islannin käyttöön arjessa',
        ],
        donts: [
          'Älä vaihda englantiin heti, kun keskustelu käy vaikeaksi',
          'Älä sekoita aloittelijoita ja pidemmälle edenneitä samaan ryhmään',
        ],
      },
      en: {
        title: 'Icelandic at work: adult language classes in the workplace',
        summary:
          'The City of Reykjavík and the Directorate of Labour offer companies Icelandic courses held at the workplace during working hours. Teaching is built on the vocabulary and situations of participants’ own working day.',
        challenge: [
          { type: 'p', text: 'Many immigrants in Iceland work long days in tourism, construction and care. Evening classes in Icelandic are a poor fit for shift workers, and many drop out after a few weeks. Without Icelandic it is hard to progress at work or take an active part in society.' },
        ],
        goals: [
          { type: 'p', text: 'The aim is for more immigrants to reach basic Icelandic (level A2) within a year, and for workplaces to become better places to learn and use Icelandic.' },
        ],
        howItWorks: [
          { type: 'p', text: 'A company applies for a course and provides a room and two hours of working time a week. The teacher comes to the workplace and adapts the content to the job.' },
          {
            type: 'ul',
            items: [
              'A twelve-week course, two one-hour sessions a week',
              'Vocabulary from the job: safety, shift handovers and dealing with customers',
              'Icelandic-speaking colleagues are trained as “language buddies” who speak slowly and clearly',
              'A placement test at the start and end of the course',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Since 2019 around 2,400 employees at 64 workplaces have taken part. An external evaluation in 2023 found that 71 per cent completed the course, compared with about 45 per cent in ordinary evening classes, and that most participants moved up one proficiency level. Companies reported better communication and fewer mistakes.' },
        ],
        participantVoice: '“Now I can answer the guests at reception in Icelandic, and they always smile.”',
        indicators: 'Completion rate, change in proficiency level between tests and number of workplaces continuing after the first course.',
        resources: 'The city and the Directorate of Labour pay for teaching; companies contribute working time and premises. Trade union training funds support some courses.',
        transferability: [
          { type: 'p', text: 'Works well where many immigrants are employed by the same employers. Smaller companies in the same area can share a course.' },
        ],
        dos: [
          'Teach during working hours, not after a long shift',
          'Use real situations from the job',
          'Get managers to encourage everyday use of Icelandic',
        ],
        donts: [
          'Don’t switch to English as soon as the conversation gets difficult',
          'Don’t mix beginners and more advanced learners in one group',
        ],
      },
    },
  },
  {
    slug: 'reykjanesbaer-school-reception-asylum-families',
    country: 'IS',
    region: 'Suðurnes',
    municipality: 'Reykjanesbær',
    organisations: ['is-reykjanesbaer-municipality'],
    partners: 'Grunnskólar og leikskólar Reykjanesbæjar og þjónustuteymi fyrir umsækjendur um alþjóðlega vernd',
    themes: ['children-and-youth'],
    targetGroups: ['asylum-seekers', 'children-and-families'],
    actorType: 'municipality',
    startDate: '2022-08-22',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    contact: {
      name: 'Helga Sigurðardóttir',
      role: 'Deildarstjóri móttökudeildar',
      email: 'helga.sigurdardottir@reykjanesbaer.example',
      consent: false,
    },
    originalLanguage: 'is',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      is: {
        title: 'Móttökudeild og foreldrafræðsla fyrir börn umsækjenda um vernd',
        summary:
          'Reykjanesbær tekur á móti börnum umsækjenda um alþjóðlega vernd í sérstakri móttökudeild í átta vikur áður en þau hefja nám í sínum hverfisskóla. Foreldrarnir fá á sama tíma fræðslu um íslenska skólakerfið á eigin tungumáli.',
        challenge: [
          { type: 'p', text: 'Margir umsækjendur um alþjóðlega vernd búa í Reykjanesbæ og börnum sem hefja skólagöngu á miðju skólaári fjölgaði hratt. Kennarar höfðu lítinn tíma til að meta stöðu barnanna og foreldrar þekktu ekki skólakerfið. Sum börn höfðu verið utan skóla mánuðum saman á flótta.' },
        ],
        goals: [
          { type: 'p', text: 'Að öll börn umsækjenda hefji skólagöngu innan tveggja vikna frá komu, að kennarar fái gott mat á námsstöðu þeirra og að foreldrar geti átt virkt samstarf við skólann.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Í móttökudeildinni er lögð áhersla á íslensku, öryggi og fasta dagskrá. Kennarar meta lestur, stærðfræði og líðan barnsins og senda upplýsingarnar áfram til hverfisskólans.' },
          {
            type: 'ul',
            items: [
              'Átta vikur í móttökudeild í litlum hópum',
              'Túlkuð foreldrafræðsla einu sinni í viku',
              'Brúarsmiðir sem tala arabísku, spænsku og úkraínsku fylgja fjölskyldunum',
              'Skipulögð yfirfærsla í hverfisskóla með heimsókn og móttökufundi',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Á árunum 2022–2024 fóru um 380 börn í gegnum móttökudeildina. Meðaltími frá komu til skólabyrjunar styttist úr sex vikum í níu daga. Í innra mati segja kennarar í hverfisskólunum að börnin komi betur undirbúin og að foreldrar mæti oftar á foreldrafundi.' },
        ],
        participantVoice: '„Dóttir mín grét fyrstu dagana en eftir tvær vikur vildi hún ekki fara heim úr skólanum.“',
        indicators: 'Dagar frá komu til skólabyrjunar, fjöldi barna sem flytjast í hverfisskóla og mæting foreldra á fundi.',
        resources: 'Fjórir kennarar og tveir brúarsmiðir, fjármagnaðir af sveitarfélaginu með framlagi ríkisins vegna þjónustu við umsækjendur um vernd.',
        transferability: [
          { type: 'p', text: 'Nýtist sveitarfélögum sem taka á móti mörgum börnum á stuttum tíma. Gæta þarf þess að móttökudeildin verði ekki varanlegur aðskilnaður frá öðrum börnum.' },
        ],
        dos: [
          'Hefjið skólagöngu eins fljótt og hægt er',
          'Deilið mati á námsstöðu með hverfisskólanum',
          'Talið við foreldrana á þeirra eigin tungumáli',
        ],
        donts: [
          'Hafið börnin ekki lengur í móttökudeild en nauðsyn krefur',
          'Gleymið ekki líðan barnanna – mörg hafa orðið fyrir áföllum',
        ],
      },
      en: {
        title: 'Reception class and parent sessions for children of asylum seekers',
        summary:
          'Reykjanesbær welcomes the children of asylum seekers in a dedicated reception class for eight weeks before they move on to their local school. At the same time, parents learn about the Icelandic school system in their own language.',
        challenge: [
          { type: 'p', text: 'Many applicants for international protection live in Reykjanesbær, and the number of children starting school in the middle of the school year grew fast. Teachers had little time to assess the children, and parents did not know the school system. Some children had been out of school for months while fleeing.' },
        ],
        goals: [
          { type: 'p', text: 'All children of asylum seekers should start school within two weeks of arrival, teachers should get a sound assessment of their learning, and parents should be able to work actively with the school.' },
        ],
        howItWorks: [
          { type: 'p', text: 'The reception class focuses on Icelandic, safety and a steady routine. Teachers assess the child’s reading, maths and well-being and pass the information on to the local school.' },
          {
            type: 'ul',
            items: [
              'Eight weeks in the reception class in small groups',
              'Interpreted parent sessions once a week',
              'Bridge builders who speak Arabic, Spanish and Ukrainian accompany the families',
              'A planned move to the local school with a visit and a welcome meeting',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Some 380 children passed through the reception class in 2022–2024. The average time from arrival to starting school fell from six weeks to nine days. In an internal evaluation, teachers at the local schools say the children arrive better prepared and that parents attend meetings more often.' },
        ],
        participantVoice: '“My daughter cried the first few days, but after two weeks she did not want to leave school.”',
        indicators: 'Days from arrival to starting school, number of children moving on to local schools and parents’ attendance at meetings.',
        resources: 'Four teachers and two bridge builders, funded by the municipality with a state contribution for services to applicants for protection.',
        transferability: [
          { type: 'p', text: 'Useful for municipalities that receive many children in a short time. Make sure the reception class does not become a permanent separation from other children.' },
        ],
        dos: [
          'Start schooling as early as possible',
          'Share the learning assessment with the local school',
          'Talk to parents in their own language',
        ],
        donts: [
          'Don’t keep children in the reception class longer than necessary',
          'Don’t overlook children’s well-being – many have experienced trauma',
        ],
      },
    },
  },
  {
    slug: 'iceland-mentored-summer-jobs-trial',
    country: 'IS',
    region: 'Höfuðborgarsvæðið',
    municipality: 'Hafnarfjörður',
    organisations: ['is-directorate-of-labour'],
    partners: 'Hafnarfjarðarbær, framhaldsskólar á svæðinu og rannsóknarhópur við háskóla',
    themes: ['labour-market', 'children-and-youth'],
    targetGroups: ['youth'],
    actorType: 'state-authority',
    startDate: '2017-05-15',
    endDate: '2020-09-30',
    runState: 'ended',
    evaluation: 'experimental',
    evidenceLevel: 'documented',
    links: [{ label: 'Lokaskýrsla', url: 'https://vinnumalastofnun.example/skyrslur/sumarstorf-med-leidbeinanda.pdf' }],
    originalLanguage: 'is',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'evidence-of-results', 'transferable'],
    translations: {
      is: {
        title: 'Sumarstörf með leiðbeinanda fyrir ungmenni af erlendum uppruna',
        summary:
          'Vinnumálastofnun prófaði að bjóða ungmennum af erlendum uppruna sumarstörf með föstum leiðbeinanda á vinnustað. Dregið var um plássin og þátttakendur bornir saman við þá sem ekki fengu pláss.',
        challenge: [
          { type: 'p', text: 'Ungmenni af erlendum uppruna fengu síður sumarstörf en jafnaldrar þeirra, meðal annars vegna þess að þau skorti tengslanet. Brottfall úr framhaldsskóla var einnig meira í þessum hópi. Sumarstarf er oft fyrsta skrefið inn á vinnumarkaðinn.' },
        ],
        goals: [
          { type: 'p', text: 'Að kanna hvort sumarstarf með leiðbeinanda auki líkur á áframhaldandi námi og atvinnu ári síðar.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Ungmenni á aldrinum 16–20 ára sóttu um í gegnum skóla og félagsmiðstöðvar. Þar sem umsækjendur voru fleiri en störfin var dregið um plássin.' },
          {
            type: 'ul',
            items: [
              'Sjö vikna launað sumarstarf hjá sveitarfélagi eða fyrirtæki',
              'Leiðbeinandi á vinnustað sem fékk stutta þjálfun',
              'Vikulegur hópfundur um réttindi á vinnumarkaði og ferilskrá',
              'Meðmælabréf í lok sumars',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Alls tóku 212 ungmenni þátt í hlutkestinu á þremur sumrum. Ári síðar voru þátttakendur oftar í námi eða starfi en samanburðarhópurinn (84 á móti 76 prósentum), en munurinn var ekki tölfræðilega marktækur í öllum árgöngum vegna lítils úrtaks.' },
        ],
        participantVoice: '„Þetta var fyrsta launaða vinnan mín og meðmælin frá leiðbeinandanum hjálpuðu mér að fá vinnu næsta sumar.“',
        indicators: 'Hlutfall í námi eða starfi tólf mánuðum eftir sumarstarfið, borið saman við samanburðarhóp, og hlutfall sem lauk sumarstarfinu.',
        resources: 'Vinnumálastofnun og sveitarfélagið greiddu laun og þjálfun leiðbeinenda; rannsóknin var unnin í samstarfi við háskóla.',
        transferability: [
          { type: 'p', text: 'Hentar sveitarfélögum sem þegar bjóða ungmennum sumarstörf. Til að sýna fram á áhrif með vissu þarf stærra úrtak en í þessari tilraun.' },
        ],
        dos: [
          'Þjálfið leiðbeinendur áður en sumarið hefst',
          'Skráið niðurstöður frá byrjun',
          'Náið til ungmenna í gegnum skóla og félagsmiðstöðvar',
        ],
        donts: [
          'Dragið ekki of víðtækar ályktanir af litlu úrtaki',
          'Bjóðið ekki störf án raunverulegra verkefna',
        ],
      },
      en: {
        title: 'Mentored summer jobs for young people of immigrant background',
        summary:
          'The Directorate of Labour tested offering summer jobs with a dedicated workplace mentor to young people of immigrant background. Places were allocated by lottery, and participants were compared with those who did not get a place.',
        challenge: [
          { type: 'p', text: 'Young people of immigrant background were less likely than their peers to get summer jobs, partly because they lacked networks. Drop-out from upper secondary school was also higher in this group. A summer job is often the first step into the labour market.' },
        ],
        goals: [
          { type: 'p', text: 'To find out whether a mentored summer job increases the likelihood of being in education or work a year later.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Young people aged 16–20 applied through schools and youth centres. As there were more applicants than jobs, places were drawn by lot.' },
          {
            type: 'ul',
            items: [
              'A seven-week paid summer job with the municipality or a company',
              'A workplace mentor who received brief training',
              'A weekly group meeting on workers’ rights and writing a CV',
              'A reference letter at the end of the summer',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'A total of 212 young people took part in the lottery over three summers. A year later, participants were more often in education or work than the comparison group (84 versus 76 per cent), but the difference was not statistically significant in every cohort because of the small sample.' },
        ],
        participantVoice: '“It was my first paid job, and the reference from my mentor helped me get a job the next summer.”',
        indicators: 'Share in education or work twelve months after the summer job compared with the comparison group, and share completing the summer job.',
        resources: 'The Directorate of Labour and the municipality paid wages and mentor training; the study was carried out with a university.',
        transferability: [
          { type: 'p', text: 'Suits municipalities that already offer summer jobs for young people. Proving the effect with certainty requires a larger sample than in this trial.' },
        ],
        dos: [
          'Train mentors before the summer starts',
          'Record outcomes from day one',
          'Reach young people through schools and youth centres',
        ],
        donts: [
          'Don’t draw sweeping conclusions from a small sample',
          'Don’t offer jobs without real tasks',
        ],
      },
    },
  },
  // ── Faroe Islands and Greenland ────────────────────────────────────
  {
    slug: 'klaksvik-faroese-fish-industry-language',
    country: 'FO',
    region: 'Norðoyar',
    municipality: 'Klaksvík',
    organisations: ['fo-klaksvik-municipality'],
    partners: 'To fiskeforarbejdningsvirksomheder i Klaksvík og det lokale voksenuddannelsescenter',
    themes: ['labour-market', 'regional-development'],
    targetGroups: ['labour-migrants', 'professionals-and-employers'],
    actorType: 'private-company',
    startDate: '2021-01-11',
    runState: 'ongoing',
    evaluation: 'none',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Rúni Joensen',
      role: 'Kultur- og integrationskonsulent',
      email: 'runi.joensen@klaksvik.example',
      phone: '+298 000000',
      consent: true,
    },
    originalLanguage: 'da',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year', 'transferable'],
    translations: {
      da: {
        title: 'Færøsk på fabriksgulvet: sprogundervisning i fiskeindustrien i Klaksvík',
        summary:
          'To fiskefabrikker i Klaksvík tilbyder deres udenlandske medarbejdere færøskundervisning i arbejdstiden. Undervisningen foregår i kantinen og tager udgangspunkt i arbejdsgange, sikkerhed og hverdagslivet i byen.',
        challenge: [
          { type: 'p', text: 'Fiskeindustrien i Klaksvík er afhængig af arbejdskraft fra blandt andet Filippinerne, Polen og Thailand. Mange medarbejdere arbejder på skiftehold og har svært ved at deltage i aftenundervisning. Uden færøsk bliver de let isolerede, og mange rejser igen efter få år.' },
        ],
        goals: [
          { type: 'p', text: 'Medarbejderne skal lære nok færøsk til at forstå sikkerhedsinstruktioner og klare hverdagssamtaler, og flere skal vælge at blive boende på Færøerne.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Undervisningen foregår to gange om ugen i 45 minutter lige efter skiftet og tæller som arbejdstid. Underviseren er ansat af kommunen og deler sin tid mellem de to fabrikker.' },
          {
            type: 'ul',
            items: [
              'Ordforråd fra produktionen: maskiner, hygiejne og sikkerhed',
              'Hverdagsfærøsk: indkøb, læge, skole og fritid',
              'Familieaftener i kulturhuset, hvor ægtefæller og børn er velkomne',
              'Færøske kolleger som sprogmakkere i pauserne',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Omkring 120 medarbejdere har deltaget siden 2021. Virksomhederne oplever færre misforståelser om sikkerhed og lavere personaleudskiftning, men resultaterne er ikke evalueret systematisk. Flere deltagere har fået deres familie til Klaksvík.' },
        ],
        participantVoice: '»Nu kan jeg snakke med mine kolleger i frokostpausen – og ikke kun med dem fra mit eget land.«',
        indicators: 'Antal deltagere, fremmøde, personaleudskiftning i virksomhederne og antal familiesammenføringer i kommunen.',
        resources: 'Kommunen betaler underviseren, og virksomhederne betaler arbejdstiden og stiller lokaler til rådighed.',
        transferability: [
          { type: 'p', text: 'Kan overføres til andre små samfund med en dominerende arbejdsplads og mange arbejdsmigranter, fx i Nordnorge, Island og Grønland.' },
        ],
        dos: [
          'Læg undervisningen i arbejdstiden',
          'Inddrag familierne',
          'Brug lokale kolleger som sprogmakkere',
        ],
        donts: [
          'Gør ikke deltagelse til et krav for at beholde jobbet',
          'Undervis ikke kun i arbejdssprog – hverdagslivet betyder lige så meget',
        ],
      },
      en: {
        title: 'Faroese on the factory floor: language classes in Klaksvík’s fish industry',
        summary:
          'Two fish processing plants in Klaksvík offer their foreign employees Faroese classes during working hours. Lessons take place in the canteen and are built around work routines, safety and everyday life in the town.',
        challenge: [
          { type: 'p', text: 'The fish industry in Klaksvík depends on workers from the Philippines, Poland, Thailand and elsewhere. Many work shifts and find it hard to attend evening classes. Without Faroese they easily become isolated, and many leave again after a few years.' },
        ],
        goals: [
          { type: 'p', text: 'Employees should learn enough Faroese to understand safety instructions and manage everyday conversations, and more of them should choose to stay in the Faroe Islands.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Classes take place twice a week for 45 minutes right after the shift and count as working time. The teacher is employed by the municipality and divides her time between the two plants.' },
          {
            type: 'ul',
            items: [
              'Vocabulary from production: machinery, hygiene and safety',
              'Everyday Faroese: shopping, the doctor, school and leisure',
              'Family evenings at the cultural centre, open to spouses and children',
              'Faroese colleagues as language buddies during breaks',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'Around 120 employees have taken part since 2021. The companies see fewer misunderstandings about safety and lower staff turnover, but the results have not been systematically evaluated. Several participants have brought their families to Klaksvík.' },
        ],
        participantVoice: '“Now I can talk to my colleagues at lunch – not only to the ones from my own country.”',
        indicators: 'Number of participants, attendance, staff turnover at the companies and number of family reunifications in the municipality.',
        resources: 'The municipality pays the teacher; the companies pay for the working time and provide the premises.',
        transferability: [
          { type: 'p', text: 'Transferable to other small communities with one dominant employer and many labour migrants, for example in northern Norway, Iceland and Greenland.' },
        ],
        dos: [
          'Hold classes during working hours',
          'Involve the families',
          'Use local colleagues as language buddies',
        ],
        donts: [
          'Don’t make attendance a condition for keeping the job',
          'Don’t teach only work language – everyday life matters just as much',
        ],
      },
    },
  },
  {
    slug: 'nuuk-welcome-desk-labour-migrants',
    country: 'GL',
    municipality: 'Kommuneqarfik Sermersooq',
    organisations: ['gl-sermersooq-municipality'],
    partners: 'Arbejdsgivere i byggeri, hotel og rengøring samt fagforeningen i Nuuk',
    themes: ['housing', 'regional-development'],
    targetGroups: ['labour-migrants', 'professionals-and-employers'],
    actorType: 'municipality',
    startDate: '2023-10-02',
    runState: 'ongoing',
    evaluation: 'none',
    evidenceLevel: 'emerging',
    contact: {
      name: 'Naja Lyberth',
      role: 'Teamleder, Borgerservice',
      email: 'velkomst@sermersooq.example',
      consent: false,
    },
    links: [{ label: 'Velkomstskranken', url: 'https://sermersooq.example/velkomst' }],
    originalLanguage: 'da',
    criteriaMet: ['clear-context', 'clear-goals', 'described-activities', 'running-one-year'],
    translations: {
      da: {
        title: 'Velkomstskranke for arbejdstagere fra udlandet i Nuuk',
        summary:
          'Kommunen har åbnet en velkomstskranke, hvor nye arbejdstagere fra udlandet og deres arbejdsgivere får hjælp til bolig, registrering og praktiske forhold. Vejledningen gives på dansk, engelsk og tagalog, og der er korte introduktioner til grønlandsk sprog og kultur.',
        challenge: [
          { type: 'p', text: 'Antallet af arbejdstagere fra lande uden for Norden er steget hurtigt i Nuuk, især i byggeri, hotel og restauration og rengøring. Mange bor i personaleboliger, som arbejdsgiveren stiller til rådighed, og kender ikke deres rettigheder som lejere. Kommunen og arbejdsgiverne manglede et fælles sted at henvise til.' },
        ],
        goals: [
          { type: 'p', text: 'Nye arbejdstagere skal hurtigt blive registreret, kende deres rettigheder som lejere og ansatte og få et første kendskab til grønlandsk sprog og samfund.' },
        ],
        howItWorks: [
          { type: 'p', text: 'Skranken har åbent to eftermiddage og én aften om ugen i borgerservice, og der er en telefonlinje. Arbejdsgivere kan booke et fælles introduktionsmøde for nye medarbejdere.' },
          {
            type: 'ul',
            items: [
              'Hjælp til registrering, skattekort og sundhedsydelser',
              'Vejledning om lejekontrakter og personaleboliger',
              'Introduktion til grønlandsk sprog, kultur og lokale foreninger',
              'Henvisning til fagforening eller myndigheder ved problemer',
            ],
          },
        ],
        results: [
          { type: 'p', text: 'I det første år havde skranken omkring 650 henvendelser. Der er endnu ikke lavet en evaluering, men flere sager om for høj husleje i personaleboliger er blevet løst efter henvendelse til skranken.' },
        ],
        participantVoice: '»Jeg vidste ikke, at min husleje blev trukket direkte i lønnen. Her fik jeg min kontrakt forklaret.«',
        indicators: 'Antal henvendelser fordelt på emne og sprog, antal deltagere i introduktionsmøder og antal boligsager, der er henvist videre.',
        resources: 'En medarbejder på fuld tid og en på deltid, finansieret over kommunens budget. Arbejdsgivere betaler et mindre gebyr for introduktionsmøder.',
        transferability: [
          { type: 'p', text: 'Relevant for andre byer i Arktis med mange arbejdstagere fra udlandet og et presset boligmarked. Modellen forudsætter et godt samarbejde med arbejdsgiverne.' },
        ],
        dos: [
          'Inddrag arbejdsgiverne fra starten',
          'Giv vejledning på de sprog, de nye medarbejdere faktisk taler',
          'Tag grønlandsk sprog og kultur med fra første dag',
        ],
        donts: [
          'Lad ikke skranken blive arbejdsgivernes personaleafdeling',
          'Hold ikke kun åbent i almindelig arbejdstid – mange arbejder på skiftehold',
        ],
      },
    },
  },
]
