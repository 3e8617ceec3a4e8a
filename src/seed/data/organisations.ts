import type { OrganisationSeed } from './practice-types.js'

/**
 * Demo organisations behind the practices, proposals and replications.
 * Names are fictional but plausible and written the way the organisation
 * itself would write them; websites use the reserved .example domain.
 * Descriptions are in the organisation's own language(s) and in English.
 */
export const organisations: OrganisationSeed[] = [
  // ── Denmark ────────────────────────────────────────────────────────
  {
    key: 'dk-vejle-municipality',
    name: 'Vejle Kommune – Jobcenter',
    type: 'municipality',
    country: 'DK',
    website: 'https://vejle-kommune.example',
    description: {
      da: 'Jobcenter Vejle hjælper borgere i job og uddannelse og har ansvaret for nyankomne flygtninges vej til beskæftigelse. Jobcentret arbejder tæt sammen med lokale virksomheder om praktik og løntilskud.',
      en: 'Vejle Job Centre helps residents into work and education and is responsible for newly arrived refugees’ path to employment. It works closely with local businesses on work placements and wage-subsidised jobs.',
    },
  },
  {
    key: 'dk-aarhus-municipality',
    name: 'Aarhus Kommune – Beskæftigelsesforvaltningen',
    type: 'municipality',
    country: 'DK',
    website: 'https://aarhus-kommune.example',
    description: {
      da: 'Beskæftigelsesforvaltningen i Aarhus Kommune tilbyder job- og uddannelsesrettede forløb til flygtninge og indvandrere. Forvaltningen samarbejder med sprogcentre, virksomheder og frivillige foreninger.',
      en: 'The Employment Department of Aarhus Municipality offers job- and education-oriented programmes for refugees and immigrants. It works with language centres, employers and voluntary associations.',
    },
  },
  {
    key: 'dk-odense-municipality',
    name: 'Odense Kommune – Børn- og Ungeforvaltningen',
    type: 'municipality',
    country: 'DK',
    website: 'https://odense-kommune.example',
    description: {
      da: 'Børn- og Ungeforvaltningen i Odense Kommune har ansvaret for dagtilbud, skoler og familieindsatser, herunder modtagelsen af nyankomne børn. Forvaltningen arbejder særligt med tosprogede børns læring og med forældresamarbejde.',
      en: 'The Children and Youth Department of Odense Municipality is responsible for early childhood education, schools and family services, including the reception of newly arrived children. It focuses in particular on bilingual children’s learning and on cooperation with parents.',
    },
  },
  {
    key: 'dk-integration-agency',
    name: 'Styrelsen for Integration',
    type: 'state-authority',
    country: 'DK',
    website: 'https://integrationsstyrelsen.example',
    description: {
      da: 'Styrelsen for Integration administrerer integrationsloven og fordeler flygtninge til kommunerne. Styrelsen indsamler og udbreder viden om virksomme indsatser og rådgiver kommunerne.',
      en: 'The Danish Agency for Integration administers the Integration Act and allocates refugees to municipalities. It collects and disseminates knowledge about effective measures and advises municipalities.',
    },
  },
  {
    key: 'dk-volunteer-network',
    name: 'Frivilligt Flygtningenetværk',
    type: 'ngo',
    country: 'DK',
    website: 'https://flygtningenetvaerk.example',
    description: {
      da: 'Frivilligt Flygtningenetværk samler lokale frivilliggrupper, der tilbyder lektiehjælp, mentorordninger og sociale aktiviteter for flygtninge. Netværket uddanner frivillige og deler erfaringer på tværs af landet.',
      en: 'The Volunteer Refugee Network brings together local volunteer groups offering homework help, mentoring and social activities for refugees. The network trains volunteers and shares experience across the country.',
    },
  },
  // ── Sweden ─────────────────────────────────────────────────────────
  {
    key: 'se-malmo-city',
    name: 'Malmö stad – Arbetsmarknads- och socialförvaltningen',
    type: 'municipality',
    country: 'SE',
    website: 'https://malmo-stad.example',
    description: {
      sv: 'Arbetsmarknads- och socialförvaltningen i Malmö stad ansvarar för arbetsmarknadsinsatser, vuxenutbildning och ekonomiskt bistånd. Förvaltningen samarbetar nära med Arbetsförmedlingen och det lokala näringslivet.',
      en: 'The Labour Market and Social Services Department of the City of Malmö is responsible for employment measures, adult education and income support. It works closely with the Public Employment Service and local businesses.',
    },
  },
  {
    key: 'se-gothenburg-city',
    name: 'Göteborgs Stad – Förvaltningen för arbetsmarknad och vuxenutbildning',
    type: 'municipality',
    country: 'SE',
    website: 'https://goteborgs-stad.example',
    description: {
      sv: 'Förvaltningen för arbetsmarknad och vuxenutbildning i Göteborgs Stad erbjuder sfi, samhällsorientering och arbetsmarknadsinsatser för nyanlända. Förvaltningen driver flera projekt tillsammans med civilsamhället.',
      en: 'The Labour Market and Adult Education Department of the City of Gothenburg offers Swedish for immigrants, civic orientation and employment measures for newcomers. It runs several projects together with civil society.',
    },
  },
  {
    key: 'se-umea-municipality',
    name: 'Umeå kommun',
    type: 'municipality',
    country: 'SE',
    website: 'https://umea-kommun.example',
    description: {
      sv: 'Umeå kommun tar emot nyanlända flyktingar och erbjuder bostad, sfi och introduktion till arbetslivet. Kommunen samarbetar med föreningslivet för att nyanlända snabbt ska få ett socialt nätverk.',
      en: 'Umeå Municipality receives newly arrived refugees and provides housing, Swedish tuition and an introduction to working life. It cooperates with local associations so that newcomers quickly build a social network.',
    },
  },
  {
    key: 'se-region-vastra-gotaland',
    name: 'Västra Götalandsregionen',
    type: 'region',
    country: 'SE',
    website: 'https://vastra-gotalandsregionen.example',
    description: {
      sv: 'Västra Götalandsregionen ansvarar för hälso- och sjukvård och regional utveckling i Västsverige. Regionen har bland annat hälsokommunikatörer som informerar nyanlända om vården på deras egna språk.',
      en: 'Region Västra Götaland is responsible for health care and regional development in western Sweden. Among other things, it employs health communicators who inform newcomers about the health-care system in their own languages.',
    },
  },
  {
    key: 'se-integration-research-institute',
    name: 'Institutet för integrationsforskning',
    type: 'research-institution',
    country: 'SE',
    website: 'https://integrationsforskning.example',
    description: {
      sv: 'Institutet för integrationsforskning är ett oberoende forskningsinstitut som studerar arbetsmarknadsetablering, boende och utbildning bland invandrare. Institutet utvärderar också kommunala insatser på uppdrag av stat och kommuner.',
      en: 'The Institute for Integration Research is an independent research institute studying labour-market entry, housing and education among immigrants. It also evaluates municipal measures on behalf of the state and municipalities.',
    },
  },
  {
    key: 'se-civil-society-forum',
    name: 'Civilsamhällets integrationsforum',
    type: 'ngo',
    country: 'SE',
    website: 'https://integrationsforum.example',
    description: {
      sv: 'Civilsamhällets integrationsforum är ett nätverk av ideella föreningar, trossamfund och studieförbund som arbetar med nyanlända. Forumet samordnar volontärinsatser och för civilsamhällets talan gentemot myndigheterna.',
      en: 'The Civil Society Integration Forum is a network of voluntary associations, faith communities and adult-education associations working with newcomers. It coordinates volunteer efforts and speaks for civil society in dealings with public authorities.',
    },
  },
  // ── Norway ─────────────────────────────────────────────────────────
  {
    key: 'no-bergen-municipality',
    name: 'Bergen kommune – Introduksjonssenteret',
    type: 'municipality',
    country: 'NO',
    website: 'https://bergen-kommune.example',
    description: {
      nb: 'Introduksjonssenteret i Bergen kommune har ansvar for introduksjonsprogrammet og opplæring i norsk og samfunnskunnskap for nyankomne flyktninger. Senteret samarbeider tett med NAV og lokale arbeidsgivere.',
      en: 'The Introduction Centre of Bergen Municipality runs the introduction programme and tuition in Norwegian and social studies for newly arrived refugees. It works closely with the Labour and Welfare Administration (NAV) and local employers.',
    },
  },
  {
    key: 'no-oslo-municipality',
    name: 'Oslo kommune – Velferdsetaten',
    type: 'municipality',
    country: 'NO',
    website: 'https://oslo-kommune.example',
    description: {
      nb: 'Velferdsetaten i Oslo kommune gir faglig støtte til bydelene i arbeidet med bosetting og integrering av flyktninger. Etaten koordinerer også tilskuddsordninger for frivillige organisasjoner.',
      en: 'The Welfare Agency of the City of Oslo gives professional support to the city districts in settling and integrating refugees. It also coordinates grant schemes for voluntary organisations.',
    },
  },
  {
    key: 'no-nordland-county',
    name: 'Nordland fylkeskommune',
    type: 'region',
    country: 'NO',
    website: 'https://nordland-fylkeskommune.example',
    description: {
      nb: 'Nordland fylkeskommune har ansvar for videregående opplæring og regional utvikling og støtter kommunene i fylket i integreringsarbeidet. Fylkeskommunen prioriterer kvalifisering av innvandrere til yrker med stort rekrutteringsbehov.',
      en: 'Nordland County Council is responsible for upper secondary education and regional development and supports the municipalities of the county in their integration work. It gives priority to qualifying immigrants for occupations with large recruitment needs.',
    },
  },
  {
    key: 'no-integration-directorate',
    name: 'Direktoratet for integrering',
    type: 'state-authority',
    country: 'NO',
    website: 'https://integreringsdirektoratet.example',
    description: {
      nb: 'Direktoratet for integrering gjennomfører statens integreringspolitikk, sørger for bosetting av flyktninger i kommunene og gir veiledning om introduksjonsprogrammet. Direktoratet forvalter også tilskudd til kommuner og frivillige organisasjoner.',
      en: 'The Directorate for Integration implements the state’s integration policy, arranges the settlement of refugees in municipalities and gives guidance on the introduction programme. It also administers grants to municipalities and voluntary organisations.',
    },
  },
  {
    key: 'no-ministry-of-integration',
    name: 'Integreringsdepartementet',
    type: 'ministry',
    country: 'NO',
    website: 'https://integreringsdepartementet.example',
    description: {
      nb: 'Integreringsdepartementet har det overordnede ansvaret for regjeringens integreringspolitikk og for regelverket om introduksjonsprogram og opplæring. Departementet finansierer forsøk og utredninger om nye integreringstiltak.',
      en: 'The Ministry of Integration has overall responsibility for the government’s integration policy and for the rules on the introduction programme and tuition. It funds pilots and studies of new integration measures.',
    },
  },
  {
    key: 'no-language-volunteers',
    name: 'Språkvenner – frivillig nettverk',
    type: 'ngo',
    country: 'NO',
    website: 'https://sprakvenner.example',
    description: {
      nb: 'Språkvenner er et landsdekkende nettverk av frivillige som møter innvandrere til samtaletrening på norsk. Nettverket driver språkkafeer på bibliotek og i frivilligsentraler.',
      en: 'Language Friends is a nationwide network of volunteers who meet immigrants for conversation practice in Norwegian. The network runs language cafés in libraries and volunteer centres.',
    },
  },
  // ── Finland ────────────────────────────────────────────────────────
  {
    key: 'fi-vantaa-city',
    name: 'Vantaan kaupunki – Maahanmuuttajapalvelut',
    type: 'municipality',
    country: 'FI',
    website: 'https://vantaan-kaupunki.example',
    description: {
      fi: 'Vantaa on yksi Suomen monikielisimmistä kaupungeista. Kaupungin maahanmuuttajapalvelut tarjoavat alkukartoituksia, kotoutumisohjelmia ja kielikoulutusta yhdessä työllisyyspalvelujen kanssa.',
      en: 'Vantaa is one of the most multilingual cities in Finland. Its immigrant services offer initial assessments, integration programmes and language training together with the city’s employment services.',
    },
  },
  {
    key: 'fi-oulu-city',
    name: 'Oulun kaupunki',
    type: 'municipality',
    country: 'FI',
    website: 'https://oulun-kaupunki.example',
    description: {
      fi: 'Oulun kaupunki vastaa pakolaisten vastaanotosta ja kotoutumista tukevista palveluista Pohjois-Suomen suurimmassa kaupungissa. Palveluja kehitetään yhteistyössä oppilaitosten, yritysten ja järjestöjen kanssa.',
      en: 'The City of Oulu is responsible for receiving refugees and for integration services in the largest city in northern Finland. The services are developed together with educational institutions, businesses and NGOs.',
    },
  },
  {
    key: 'fi-ostrobothnia-welfare-area',
    name: 'Österbottens välfärdsområde – Pohjanmaan hyvinvointialue',
    type: 'region',
    country: 'FI',
    website: 'https://osterbottens-valfardsomrade.example',
    description: {
      sv: 'Österbottens välfärdsområde ansvarar för social- och hälsovården i regionen, bland annat för hälsogranskningar och psykosocialt stöd till nyanlända. Välfärdsområdet är tvåspråkigt och ger service på svenska och finska.',
      fi: 'Pohjanmaan hyvinvointialue vastaa alueen sosiaali- ja terveyspalveluista, muun muassa äskettäin maahan muuttaneiden terveystarkastuksista ja psykososiaalisesta tuesta. Hyvinvointialue on kaksikielinen ja palvelee ruotsiksi ja suomeksi.',
      en: 'The Ostrobothnia Wellbeing Services County is responsible for social and health services in the region, including health checks and psychosocial support for newcomers. It is bilingual and serves residents in Swedish and Finnish.',
    },
  },
  {
    key: 'fi-integration-competence-centre',
    name: 'Kotoutumisen osaamiskeskus',
    type: 'state-authority',
    country: 'FI',
    website: 'https://kotoutumisen-osaamiskeskus.example',
    description: {
      fi: 'Kotoutumisen osaamiskeskus kokoaa ja levittää tietoa toimivista kotoutumisen käytännöistä ja tukee kuntia kotoutumislain toimeenpanossa. Keskus toimii osana valtionhallintoa.',
      en: 'The Competence Centre for Integration gathers and disseminates knowledge about effective integration practices and supports municipalities in implementing the Integration Act. The centre is part of central government.',
    },
  },
  {
    key: 'fi-refugee-advice-ngo',
    name: 'Pakolaisten neuvontapiste ry',
    type: 'ngo',
    country: 'FI',
    website: 'https://pakolaisten-neuvontapiste.example',
    description: {
      fi: 'Pakolaisten neuvontapiste ry on kansalaisjärjestö, joka antaa maksutonta oikeudellista neuvontaa turvapaikanhakijoille ja pakolaisille. Yhdistys kouluttaa myös vapaaehtoisia ja kuntien työntekijöitä.',
      en: 'The Refugee Advice Point is an NGO providing free legal advice to asylum seekers and refugees. It also trains volunteers and municipal staff.',
    },
  },
  {
    key: 'fi-migration-research-network',
    name: 'Muuttoliiketutkimuksen verkosto',
    type: 'research-institution',
    country: 'FI',
    website: 'https://muuttoliiketutkimus.example',
    description: {
      fi: 'Muuttoliiketutkimuksen verkosto yhdistää maahanmuuttoa ja kotoutumista tutkivia tutkijoita suomalaisista yliopistoista ja tutkimuslaitoksista. Verkosto tuottaa arviointeja ja katsauksia päättäjien ja käytännön toimijoiden käyttöön.',
      en: 'The Migration Research Network connects researchers studying migration and integration at Finnish universities and research institutes. It produces evaluations and reviews for policymakers and practitioners.',
    },
  },
  // ── Iceland ────────────────────────────────────────────────────────
  {
    key: 'is-reykjanesbaer-municipality',
    name: 'Reykjanesbær – Velferðarsvið',
    type: 'municipality',
    country: 'IS',
    website: 'https://reykjanesbaer.example',
    description: {
      is: 'Reykjanesbær er sveitarfélag á Suðurnesjum þar sem hlutfall íbúa af erlendum uppruna er með því hæsta á landinu. Velferðarsvið bæjarins annast móttöku flóttafólks og veitir ráðgjöf og stuðning á mörgum tungumálum.',
      en: 'Reykjanesbær is a municipality on the Reykjanes peninsula with one of the highest shares of residents of foreign origin in Iceland. Its Welfare Division receives refugees and offers advice and support in many languages.',
    },
  },
  {
    key: 'is-reykjavik-city',
    name: 'Reykjavíkurborg – Velferðarsvið',
    type: 'municipality',
    country: 'IS',
    website: 'https://reykjavikurborg.example',
    description: {
      is: 'Velferðarsvið Reykjavíkurborgar veitir íbúum borgarinnar félagsþjónustu og ráðgjöf, meðal annars flóttafólki og innflytjendum. Sviðið rekur fjölmenningarteymi sem styður fjölskyldur fyrstu mánuðina eftir komuna til landsins.',
      en: 'The Welfare Department of the City of Reykjavík provides social services and advice to the city’s residents, including refugees and immigrants. It runs a multicultural team that supports families during their first months in the country.',
    },
  },
  {
    key: 'is-directorate-of-labour',
    name: 'Vinnumálastofnun',
    type: 'state-authority',
    country: 'IS',
    website: 'https://vinnumalastofnun.example',
    description: {
      is: 'Vinnumálastofnun annast vinnumiðlun og atvinnuleysistryggingar á landsvísu og ber ábyrgð á samræmdri móttöku flóttafólks. Stofnunin styður innflytjendur í atvinnuleit og við íslenskunám.',
      en: 'The Directorate of Labour runs public employment services and unemployment insurance nationwide and is responsible for the coordinated reception of refugees. It supports immigrants in finding work and learning Icelandic.',
    },
  },
  // ── Åland, Faroe Islands, Greenland ────────────────────────────────
  {
    key: 'ax-mariehamn-town',
    name: 'Mariehamns stad',
    type: 'municipality',
    country: 'AX',
    website: 'https://mariehamns-stad.example',
    description: {
      sv: 'Mariehamns stad är Ålands enda stad och tar emot kvotflyktingar i samarbete med landskapsregeringen. Staden erbjuder svenskundervisning och personlig handledning genom sin integrationssamordnare.',
      en: 'Mariehamn is the only town in Åland and receives quota refugees in cooperation with the Government of Åland. The town offers Swedish tuition and personal guidance through its integration coordinator.',
    },
  },
  {
    key: 'fo-klaksvik-municipality',
    name: 'Klaksvíkar kommuna',
    type: 'municipality',
    country: 'FO',
    website: 'https://klaksvikar-kommuna.example',
    description: {
      da: 'Klaksvíkar kommuna er Færøernes næststørste kommune, og den voksende fiskeindustri tiltrækker arbejdstagere fra mange lande. Kommunen tilbyder færøskundervisning og en velkomstsamtale til alle nytilflyttede.',
      en: 'Klaksvík is the second-largest municipality in the Faroe Islands, and its growing fishing industry attracts workers from many countries. The municipality offers Faroese classes and a welcome meeting for every new resident.',
    },
  },
  {
    key: 'gl-sermersooq-municipality',
    name: 'Kommuneqarfik Sermersooq',
    type: 'municipality',
    country: 'GL',
    website: 'https://sermersooq.example',
    description: {
      da: 'Kommuneqarfik Sermersooq er Grønlands største kommune med hovedstaden Nuuk, hvor en stigende andel af arbejdsstyrken kommer fra udlandet. Kommunen arbejder med at tage godt imod udenlandsk arbejdskraft og deres familier.',
      en: 'Kommuneqarfik Sermersooq is Greenland’s largest municipality and includes the capital Nuuk, where a growing share of the workforce comes from abroad. The municipality works to give foreign workers and their families a good welcome.',
    },
  },
  // ── Nordic ─────────────────────────────────────────────────────────
  {
    key: 'nordic-welfare-network',
    name: 'Nordiskt nätverk för välfärd och integration',
    type: 'nordic-body',
    country: 'SE',
    website: 'https://nordiskt-valfardsnatverk.example',
    description: {
      sv: 'Nordiskt nätverk för välfärd och integration samlar myndigheter, kommuner och forskare från hela Norden för erfarenhetsutbyte om integration. Nätverket anordnar årliga konferenser och tar fram nordiska jämförelser.',
      en: 'The Nordic Network for Welfare and Integration brings together authorities, municipalities and researchers from across the Nordic region to exchange experience on integration. The network organises annual conferences and produces Nordic comparisons.',
    },
  },
]
