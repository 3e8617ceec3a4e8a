import type { NewsSeed } from './types.js'

/**
 * Demo news items, oldest first. Language coverage is deliberately uneven:
 * some items exist in all six languages, others only in one or a few, so that
 * the fallback notice and language filters have something to show.
 */
export const news: NewsSeed[] = [
  // ── 2025 ───────────────────────────────────────────────────────────
  {
    slug: 'finnish-municipalities-take-over-integration',
    publishedAt: '2025-01-10',
    themes: ['labour-market', 'social-services'],
    countries: ['FI'],
    image: 'classroom',
    translations: {
      sv: {
        title: 'Finländska kommuner tar över ansvaret för integrationen',
        summary:
          'En ny integrationslag trädde i kraft den 1 januari 2025. Kommunerna ansvarar nu för integrationstjänsterna och, i och med reformen av arbetskraftsservicen, också för att hjälpa nyanlända till arbete.',
        body: [
          {
            type: 'p',
            text: 'Från och med 2025 har kommunerna i Finland huvudansvaret för integrationen av invandrare. Den nya lagen om främjande av integration sammanfaller med att den offentliga arbetskraftsservicen flyttas från staten till kommunerna. Språkutbildning, vägledning och stöd i arbetssökandet kan därmed planeras under samma tak.',
          },
          { type: 'h2', text: 'Vad ändras för nyanlända?' },
          {
            type: 'ul',
            items: [
              'Alla nyanlända har rätt till en inledande kartläggning av kompetens, språkkunskaper och behov',
              'En integrationsplan görs upp tillsammans med den nyanlände och följs upp regelbundet',
              'Kommunerna samordnar flerspråkig vägledning och samhällsorientering',
              'I många regioner arbetar arbetskrafts- och integrationstjänsterna som ett gemensamt team',
            ],
          },
          {
            type: 'p',
            text: 'Flera större kommuner har bildat gemensamma sysselsättningsområden med grannkommunerna. Integrationshandläggare som vi har talat med välkomnar den tydligare ansvarsfördelningen men påpekar att mindre kommuner behöver tid och resurser för att bygga upp kompetensen.',
          },
        ],
      },
      nb: {
        title: 'Finske kommuner overtar ansvaret for integreringen',
        summary:
          'En ny integreringslov trådte i kraft 1. januar 2025. Kommunene har nå ansvaret for integreringstjenestene og, gjennom reformen av arbeidsformidlingen, også for å hjelpe nyankomne ut i arbeid.',
        body: [
          {
            type: 'p',
            text: 'Fra 2025 har kommunene i Finland hovedansvaret for integreringen av innvandrere. Den nye loven om fremme av integrering faller sammen med at den offentlige arbeidsformidlingen flyttes fra staten til kommunene. Dermed kan språkopplæring, veiledning og hjelp til jobbsøking planlegges under ett tak.',
          },
          { type: 'h2', text: 'Hva endres for nyankomne?' },
          {
            type: 'ul',
            items: [
              'Alle nyankomne har rett til en innledende kartlegging av kompetanse, språkferdigheter og behov',
              'Det utarbeides en integreringsplan sammen med den enkelte, og den følges opp jevnlig',
              'Kommunene samordner flerspråklig veiledning og samfunnskunnskap',
              'I mange regioner jobber arbeids- og integreringstjenestene som ett team',
            ],
          },
          {
            type: 'p',
            text: 'Flere større kommuner har gått sammen med nabokommunene i felles sysselsettingsområder. Integreringsmedarbeidere vi har snakket med, ønsker den tydeligere ansvarsfordelingen velkommen, men peker på at små kommuner trenger tid og ressurser for å bygge opp kompetanse.',
          },
        ],
      },
      da: {
        title: 'Finske kommuner overtager ansvaret for integrationen',
        summary:
          'En ny integrationslov trådte i kraft den 1. januar 2025. Kommunerne har nu ansvaret for integrationsindsatsen og, med reformen af beskæftigelsesindsatsen, også for at hjælpe nyankomne i job.',
        body: [
          {
            type: 'p',
            text: 'Fra 2025 har kommunerne i Finland hovedansvaret for integrationen af indvandrere. Den nye lov om fremme af integration falder sammen med, at den offentlige beskæftigelsesindsats flyttes fra staten til kommunerne. Dermed kan sprogundervisning, vejledning og hjælp til jobsøgning tilrettelægges under samme tag.',
          },
          { type: 'h2', text: 'Hvad ændrer sig for nyankomne?' },
          {
            type: 'ul',
            items: [
              'Alle nyankomne har ret til en indledende afdækning af kompetencer, sprogfærdigheder og behov',
              'Der udarbejdes en integrationsplan sammen med den enkelte, og den følges løbende op',
              'Kommunerne koordinerer flersproget vejledning og samfundsorientering',
              'I mange regioner arbejder beskæftigelses- og integrationsindsatsen som ét team',
            ],
          },
          {
            type: 'p',
            text: 'Flere større kommuner er gået sammen med nabokommunerne i fælles beskæftigelsesområder. Integrationsmedarbejdere, vi har talt med, byder den klarere ansvarsfordeling velkommen, men påpeger, at mindre kommuner har brug for tid og ressourcer til at opbygge ekspertisen.',
          },
        ],
      },
      fi: {
        title: 'Suomen kunnat ottavat vastuun kotoutumisesta',
        summary:
          'Uusi kotoutumislaki tuli voimaan 1.1.2025. Kunnat vastaavat nyt kotoutumispalveluista ja TE-uudistuksen myötä myös siitä, että maahan muuttaneet pääsevät töihin.',
        body: [
          {
            type: 'p',
            text: 'Vuoden 2025 alusta kunnilla on päävastuu maahan muuttaneiden kotoutumisesta. Uusi laki kotoutumisen edistämisestä tuli voimaan samaan aikaan, kun julkiset työvoimapalvelut siirtyivät valtiolta kunnille. Kielikoulutus, ohjaus ja työnhaun tuki voidaan nyt suunnitella saman katon alla.',
          },
          { type: 'h2', text: 'Mikä muuttuu maahan muuttaneille?' },
          {
            type: 'ul',
            items: [
              'Jokaisella on oikeus alkukartoitukseen, jossa selvitetään osaaminen, kielitaito ja palvelutarpeet',
              'Kotoutumissuunnitelma laaditaan yhdessä asiakkaan kanssa, ja sen toteutumista seurataan säännöllisesti',
              'Kunnat koordinoivat monikielistä ohjausta ja yhteiskuntaorientaatiota',
              'Monilla alueilla työvoimapalvelut ja kotoutumispalvelut toimivat yhtenä tiiminä',
            ],
          },
          {
            type: 'p',
            text: 'Useat suuret kunnat ovat muodostaneet naapurikuntiensa kanssa yhteisiä työllisyysalueita. Haastattelemamme kotoutumistyön ammattilaiset pitävät selkeämpää vastuunjakoa hyvänä asiana, mutta muistuttavat, että pienet kunnat tarvitsevat aikaa ja resursseja osaamisen kartuttamiseen.',
          },
        ],
      },
      is: {
        title: 'Finnsk sveitarfélög taka við ábyrgð á inngildingu',
        summary:
          'Ný lög um inngildingu tóku gildi í Finnlandi 1. janúar 2025. Sveitarfélögin bera nú ábyrgð á þjónustu við innflytjendur og, með breytingum á vinnumiðlun, einnig á því að aðstoða nýkomið fólk við að fá vinnu.',
        body: [
          {
            type: 'p',
            text: 'Frá ársbyrjun 2025 bera finnsk sveitarfélög meginábyrgð á inngildingu innflytjenda. Nýju lögin tóku gildi á sama tíma og opinber vinnumiðlun fluttist frá ríkinu til sveitarfélaganna. Þar með er hægt að skipuleggja tungumálakennslu, ráðgjöf og stuðning við atvinnuleit á einum stað.',
          },
          { type: 'h2', text: 'Hvað breytist fyrir nýkomið fólk?' },
          {
            type: 'ul',
            items: [
              'Allir nýkomnir eiga rétt á upphafsmati á færni, tungumálakunnáttu og þörfum',
              'Gerð er áætlun um inngildingu í samráði við hvern og einn og henni fylgt eftir reglulega',
              'Sveitarfélögin samræma ráðgjöf á mörgum tungumálum og samfélagsfræðslu',
              'Víða starfa vinnumiðlun og þjónusta við innflytjendur sem eitt teymi',
            ],
          },
          {
            type: 'p',
            text: 'Nokkur stærri sveitarfélög hafa myndað sameiginleg atvinnusvæði með nágrönnum sínum. Starfsfólk sem við ræddum við fagnar skýrari verkaskiptingu en bendir á að minni sveitarfélög þurfi tíma og fjármagn til að byggja upp þekkingu.',
          },
        ],
      },
      en: {
        title: 'Finnish municipalities take over responsibility for integration',
        summary:
          'A new Integration Act entered into force on 1 January 2025. Municipalities are now responsible for integration services and, following the employment services reform, for helping newcomers into work.',
        body: [
          {
            type: 'p',
            text: 'From the beginning of 2025, Finnish municipalities carry the main responsibility for the integration of immigrants. The new Act on the Promotion of Integration coincides with the transfer of public employment services from the state to the municipalities, which means that language training, guidance and job-seeking support can now be planned under one roof.',
          },
          { type: 'h2', text: 'What changes for newcomers?' },
          {
            type: 'ul',
            items: [
              'Every newcomer is entitled to an initial assessment of skills, language proficiency and needs',
              'An integration plan is drawn up together with each person and followed up regularly',
              'Municipalities coordinate multilingual guidance and civic orientation',
              'In many regions, employment and integration services work as a single team',
            ],
          },
          {
            type: 'p',
            text: 'Several larger municipalities have formed joint employment areas with their neighbours. Integration officers we spoke to welcome the clearer division of responsibility but point out that smaller municipalities need time and resources to build up expertise.',
          },
        ],
      },
    },
  },
  {
    slug: 'iceland-plans-more-icelandic-teaching-for-adults',
    publishedAt: '2025-01-28',
    themes: ['labour-market', 'social-services'],
    countries: ['IS'],
    translations: {
      is: {
        title: 'Aukin og betri íslenskukennsla fyrir fullorðna innflytjendur',
        summary:
          'Ný aðgerðaáætlun miðar að því að fullorðnir innflytjendur fái fleiri kennslustundir í íslensku, fleiri námskeið á vinnustað og skýrari leið frá byrjendastigi til góðrar færni.',
        body: [
          {
            type: 'p',
            text: 'Nærri fimmti hver íbúi á Íslandi er fæddur erlendis, sem er eitt hæsta hlutfall á Norðurlöndum. Margir fullorðnir innflytjendur segja þó að erfitt sé að samræma íslenskunámskeið vinnu og að námskeiðum ljúki áður en þeir ná þeirri færni sem þarf til að nota málið í starfi.',
          },
          {
            type: 'p',
            text: 'Í áætluninni er lagt til að námskeið verði í boði á fleiri stöðum og á fleiri tímum, meðal annars á vinnustöðum á vinnutíma, og að ríkið og atvinnurekendur deili kostnaðinum. Þar er einnig kallað eftir sameiginlegum hæfniviðmiðum svo að nemendur sjái framfarir sínar og atvinnurekendur geti tekið mið af þeim.',
          },
          {
            type: 'p',
            text: 'Símenntunarmiðstöðvar um allt land fagna áætluninni en benda á að framkvæmdin velti á því hversu margir menntaðir kennarar í íslensku sem öðru máli fáist til starfa.',
          },
        ],
      },
      en: {
        title: 'Iceland plans more and better Icelandic teaching for adults',
        summary:
          'A new action plan aims to give adult immigrants in Iceland more hours of Icelandic teaching, more courses at the workplace and a clearer path from beginner level to fluency.',
        body: [
          {
            type: 'p',
            text: 'Nearly one in five people living in Iceland was born abroad, one of the highest shares in the Nordic region. Yet many adult immigrants say that Icelandic courses are hard to combine with work, and that courses end before they reach a level that allows them to use the language on the job.',
          },
          {
            type: 'p',
            text: 'The plan proposes that courses be offered in more places and at more times, including at the workplace during working hours, with the state and employers sharing the cost. It also calls for a common framework of levels, so that learners can see their progress and employers can recognise it.',
          },
          {
            type: 'p',
            text: 'Adult learning centres around the country welcome the plan but say that its success will depend on how many qualified teachers of Icelandic as a second language can be recruited.',
          },
        ],
      },
    },
  },
  {
    slug: 'vejle-job-from-the-first-week',
    publishedAt: '2025-02-12',
    themes: ['labour-market'],
    countries: ['DK'],
    image: 'job-fair',
    translations: {
      da: {
        title: 'Vejle sender nyankomne flygtninge i job fra første uge',
        summary:
          'I Vejle Kommune møder nyankomne flygtninge en virksomhedskonsulent allerede i den første uge. Målet er, at alle er i praktik eller løntimer inden for tre måneder.',
        body: [
          {
            type: 'p',
            text: 'Vejle Kommune har lagt sin modtagelse af flygtninge om, så jobbet kommer først, og resten af forløbet bygges op omkring det. Allerede i den første uge har hver nyankommen en samtale med en virksomhedskonsulent, der afdækker erfaringer og ønsker og tager kontakt til lokale virksomheder.',
          },
          {
            type: 'p',
            text: 'Danskundervisningen er lagt om, så den kan følges om aftenen eller online, og flere virksomheder har fået mulighed for at have sprogundervisning ude på arbejdspladsen. Kommunen samarbejder især med virksomheder inden for byggeri, transport, industri og ældrepleje.',
          },
          { type: 'h2', text: 'Erfaringer efter det første år' },
          {
            type: 'ul',
            items: [
              'Langt flere er kommet i praktik eller løntimer inden for de første tre måneder',
              'Virksomhederne efterspørger en fast kontaktperson i kommunen',
              'Kvinder med små børn har brug for en mere fleksibel start, blandt andet hurtig adgang til dagtilbud',
            ],
          },
          {
            type: 'p',
            text: 'Kommunen vil nu dele sine erfaringer med andre kommuner i et netværk om virksomhedsrettet integration.',
          },
        ],
      },
    },
  },
  {
    slug: 'norway-introduction-programme-evaluation',
    publishedAt: '2025-03-11',
    themes: ['labour-market', 'social-services'],
    countries: ['NO'],
    translations: {
      nb: {
        title: 'Evaluering: Introduksjonsprogrammet gir mer utdanning',
        summary:
          'En ny evaluering av integreringsloven viser at flere deltakere i introduksjonsprogrammet tar formell utdanning, men at kommunene har svært ulik praksis for oppfølging.',
        body: [
          {
            type: 'p',
            text: 'Integreringsloven trådte i kraft i 2021 og ga introduksjonsprogrammet et tydeligere mål: Deltakerne skal fullføre videregående opplæring eller komme i varig arbeid. Programmet kan nå vare fra tre måneder til fire år, avhengig av den enkeltes utdanningsbakgrunn og mål.',
          },
          {
            type: 'p',
            text: 'Evalueringen viser at langt flere unge voksne nå kombinerer introduksjonsprogrammet med grunnskole eller videregående opplæring. Samtidig varierer det mye hvordan kommunene bruker kartleggingen og karriereveiledningen som loven krever, og deltakere i små kommuner har færre valgmuligheter.',
          },
          { type: 'h2', text: 'Evaluatorene anbefaler' },
          {
            type: 'ul',
            items: [
              'Bedre samarbeid mellom flyktningtjenesten, Nav og fylkeskommunen',
              'Flere tilbud som kombinerer opplæring og arbeidspraksis',
              'Tettere oppfølging av deltakere som avslutter programmet uten å ha nådd målet',
            ],
          },
        ],
      },
      en: {
        title: 'Evaluation: Norway’s introduction programme leads to more education',
        summary:
          'A new evaluation of Norway’s Integration Act finds that more participants in the introduction programme now take formal education, but that municipalities differ widely in how they follow people up.',
        body: [
          {
            type: 'p',
            text: 'The Integration Act came into force in 2021 and gave the introduction programme a clearer goal: participants should complete upper secondary education or find lasting employment. The programme can now last from three months to four years, depending on each person’s educational background and goals.',
          },
          {
            type: 'p',
            text: 'The evaluation shows that far more young adults now combine the introduction programme with primary or upper secondary education. At the same time, municipalities vary widely in how they use the skills assessment and career guidance required by the Act, and participants in small municipalities have fewer options.',
          },
          { type: 'h2', text: 'The evaluators recommend' },
          {
            type: 'ul',
            items: [
              'Better co-operation between municipal refugee services, the Labour and Welfare Administration (NAV) and the county authorities',
              'More courses that combine education with work practice',
              'Closer follow-up of participants who leave the programme without reaching their goal',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'sweden-establishment-programme-follow-up',
    publishedAt: '2025-03-25',
    themes: ['labour-market'],
    countries: ['SE'],
    translations: {
      sv: {
        title: 'Fler i arbete eller studier efter etableringsprogrammet',
        summary:
          'Andelen nyanlända som är i arbete eller studier 90 dagar efter etableringsprogrammet har ökat, visar en ny uppföljning. Skillnaderna mellan kvinnor och män är dock fortsatt stora.',
        body: [
          {
            type: 'p',
            text: 'Etableringsprogrammet ska ge nyanlända flyktingar och deras anhöriga en grund för att komma in på arbetsmarknaden, med svenska för invandrare, samhällsorientering och arbetsförberedande insatser. Den senaste uppföljningen visar att drygt hälften av deltagarna var i arbete eller studier tre månader efter programmet, en ökning jämfört med tidigare år.',
          },
          {
            type: 'p',
            text: 'Skillnaderna mellan kvinnor och män är dock fortsatt stora, och deltagare med kort utbildning har svårast att hitta en väg vidare. Kommuner som har kombinerat svenskundervisning med yrkesutbildning, så kallade yrkesspår, når bättre resultat.',
          },
          {
            type: 'ul',
            items: [
              'Yrkesinriktade utbildningar med integrerad svenska',
              'Tidiga kontakter med arbetsgivare',
              'Särskilda insatser för föräldralediga och för kvinnor med kort utbildning',
            ],
          },
        ],
      },
      en: {
        title: 'More people in work or study after Sweden’s establishment programme',
        summary:
          'The share of newly arrived refugees in work or education 90 days after completing the establishment programme has risen, according to new follow-up figures. The gap between women and men remains wide.',
        body: [
          {
            type: 'p',
            text: 'Sweden’s establishment programme aims to give newly arrived refugees and their family members a foundation for entering the labour market, combining Swedish tuition, civic orientation and work-preparation activities. The latest follow-up shows that just over half of participants were in work or education three months after the programme, an increase on previous years.',
          },
          {
            type: 'p',
            text: 'However, the gap between women and men remains wide, and participants with little formal education find it hardest to move on. Municipalities that have combined Swedish tuition with vocational training, known as vocational tracks, report better results.',
          },
          {
            type: 'ul',
            items: [
              'Vocational courses with integrated Swedish tuition',
              'Early contact with employers',
              'Targeted support for parents on parental leave and for women with little formal education',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'aland-swedish-from-day-one',
    publishedAt: '2025-04-08',
    themes: ['regional-development', 'labour-market'],
    countries: ['AX'],
    image: 'village',
    translations: {
      sv: {
        title: 'Åland satsar på svenska från första dagen',
        summary:
          'På Åland får nyinflyttade med ett annat modersmål nu erbjudande om svenskundervisning redan under den första månaden. Arbetsgivare inom turism och vård har varit med och utformat kurserna.',
        body: [
          {
            type: 'p',
            text: 'Åland är enspråkigt svenskt, och goda kunskaper i svenska är en förutsättning för de flesta jobb och för att kunna delta i samhällslivet. Samtidigt har inflyttningen från andra länder ökat, och i dag har en betydande del av befolkningen ett annat modersmål än svenska.',
          },
          {
            type: 'p',
            text: 'Den nya modellen innebär att alla nyinflyttade får en kartläggning och ett erbjudande om kurs inom en månad. Kurserna ges både dagtid och kvällstid, och flera av dem är inriktade på språket inom vård, restaurang och sjöfart.',
          },
          {
            type: 'p',
            text: 'Arbetsgivarna har varit med och tagit fram ordlistor och övningar som bygger på verkliga arbetssituationer. Modellen ska utvärderas efter två år.',
          },
        ],
      },
    },
  },
  {
    slug: 'nordic-mentoring-schemes-overview',
    publishedAt: '2025-04-23',
    themes: ['labour-market'],
    countries: ['DK', 'NO', 'SE'],
    image: 'mentoring',
    translations: {
      sv: {
        title: 'Mentorskap hjälper nyanlända att bygga yrkesnätverk',
        summary:
          'En ny översikt över mentorsprogram i Danmark, Norge och Sverige visar att en genomtänkt matchning och tydliga mål betyder mer än hur länge programmet pågår.',
        body: [
          {
            type: 'p',
            text: 'Många nyanlända har utbildning och arbetslivserfarenhet men saknar de personliga kontakter som så ofta leder till jobb i Norden. Mentorsprogram, där en nyanländ får en mentor som är etablerad inom samma yrke, ska fylla den luckan.',
          },
          {
            type: 'p',
            text: 'Översikten omfattar ett tjugotal program som drivs av kommuner, fackförbund och ideella organisationer. De mest framgångsrika har några saker gemensamt:',
          },
          {
            type: 'ul',
            items: [
              'Noggrann matchning utifrån yrke och mål, inte bara utifrån vem som har tid',
              'En tydlig överenskommelse om hur ofta paret ska träffas och vad de vill uppnå',
              'Stöd och utbildning för mentorerna, bland annat i interkulturell kommunikation',
              'Uppföljning efter sex och tolv månader',
            ],
          },
          {
            type: 'p',
            text: 'Mentorerna säger ofta att de själva lär sig mycket, inte minst om de hinder som nyanlända möter när de söker jobb. Flera program rekryterar nu också tidigare adepter som mentorer.',
          },
        ],
      },
      nb: {
        title: 'Mentorordninger gir nyankomne faglige nettverk',
        summary:
          'En ny gjennomgang av mentorordninger i Danmark, Norge og Sverige viser at god matching og tydelige mål betyr mer enn hvor lenge ordningen varer.',
        body: [
          {
            type: 'p',
            text: 'Mange nyankomne har utdanning og arbeidserfaring, men mangler de personlige nettverkene som så ofte fører til jobb i Norden. Mentorordninger, der en nyankommen får en mentor som er etablert i samme yrke, skal tette det gapet.',
          },
          {
            type: 'p',
            text: 'Gjennomgangen omfatter rundt tjue ordninger som drives av kommuner, fagforeninger og frivillige organisasjoner. De mest vellykkede har noen fellestrekk:',
          },
          {
            type: 'ul',
            items: [
              'Grundig matching basert på yrke og mål, ikke bare på hvem som har tid',
              'En tydelig avtale om hvor ofte paret skal møtes, og hva de vil oppnå',
              'Støtte og opplæring for mentorene, blant annet i interkulturell kommunikasjon',
              'Oppfølging etter seks og tolv måneder',
            ],
          },
          {
            type: 'p',
            text: 'Mentorene forteller ofte at de selv lærer mye, ikke minst om hvilke hindringer nyankomne møter når de søker jobb. Flere ordninger rekrutterer nå også tidligere mentees som mentorer.',
          },
        ],
      },
      da: {
        title: 'Mentorordninger giver nyankomne faglige netværk',
        summary:
          'En ny gennemgang af mentorordninger i Danmark, Norge og Sverige viser, at god matchning og klare mål betyder mere end forløbets længde.',
        body: [
          {
            type: 'p',
            text: 'Mange nyankomne har uddannelse og erhvervserfaring, men mangler det personlige netværk, som så ofte fører til job i Norden. Mentorordninger, hvor en nyankommen får en mentor, der er etableret i samme fag, skal lukke det hul.',
          },
          {
            type: 'p',
            text: 'Gennemgangen omfatter omkring tyve ordninger drevet af kommuner, fagforeninger og frivillige organisationer. De mest vellykkede har nogle fællestræk:',
          },
          {
            type: 'ul',
            items: [
              'Omhyggelig matchning ud fra fag og mål, ikke kun ud fra hvem der har tid',
              'En klar aftale om, hvor tit parret mødes, og hvad de vil opnå',
              'Støtte og uddannelse til mentorerne, blandt andet i interkulturel kommunikation',
              'Opfølgning efter seks og tolv måneder',
            ],
          },
          {
            type: 'p',
            text: 'Mentorerne fortæller ofte, at de selv lærer meget, ikke mindst om de barrierer, nyankomne møder, når de søger job. Flere ordninger rekrutterer nu også tidligere mentees som mentorer.',
          },
        ],
      },
      fi: {
        title: 'Mentorointi auttaa maahan muuttaneita luomaan ammatillisia verkostoja',
        summary:
          'Tanskan, Norjan ja Ruotsin mentorointiohjelmia koskeva uusi selvitys osoittaa, että huolellinen parien muodostaminen ja selkeät tavoitteet ovat tärkeämpiä kuin ohjelman kesto.',
        body: [
          {
            type: 'p',
            text: 'Monella maahan muuttaneella on koulutusta ja työkokemusta, mutta heiltä puuttuvat ne henkilökohtaiset verkostot, jotka Pohjoismaissa niin usein johtavat työpaikkaan. Mentorointiohjelmissa maahan muuttanut saa parikseen samalla alalla vakiintuneen mentorin, ja tavoitteena on paikata juuri tätä aukkoa.',
          },
          {
            type: 'p',
            text: 'Selvityksessä tarkastellaan noin kahtakymmentä kuntien, ammattiliittojen ja järjestöjen ohjelmaa. Onnistuneimmilla on muutamia yhteisiä piirteitä:',
          },
          {
            type: 'ul',
            items: [
              'Parit muodostetaan huolellisesti ammatin ja tavoitteiden perusteella eikä vain sen mukaan, kenellä on aikaa',
              'Pari sopii selkeästi, kuinka usein tavataan ja mihin pyritään',
              'Mentorit saavat tukea ja koulutusta, muun muassa kulttuurienvälisestä viestinnästä',
              'Tilannetta seurataan kuuden ja kahdentoista kuukauden kuluttua',
            ],
          },
          {
            type: 'p',
            text: 'Mentorit kertovat usein oppivansa itsekin paljon, etenkin niistä esteistä, joita maahan muuttaneet kohtaavat työnhaussa. Useat ohjelmat rekrytoivat nyt mentoreiksi myös entisiä aktoreita.',
          },
        ],
      },
      is: {
        title: 'Mentorar hjálpa nýkomnum að byggja upp fagleg tengslanet',
        summary:
          'Ný úttekt á mentoraverkefnum í Danmörku, Noregi og Svíþjóð sýnir að vel ígrundað val á pörum og skýr markmið skipta meira máli en lengd verkefnisins.',
        body: [
          {
            type: 'p',
            text: 'Margir sem flytjast til Norðurlanda hafa menntun og starfsreynslu en skortir þau persónulegu tengsl sem svo oft leiða til starfs. Í mentoraverkefnum fær nýkominn einstaklingur mentor sem hefur fest sig í sessi í sömu starfsgrein, og markmiðið er að brúa þetta bil.',
          },
          {
            type: 'p',
            text: 'Úttektin nær til um tuttugu verkefna á vegum sveitarfélaga, stéttarfélaga og félagasamtaka. Þau sem best hafa gefist eiga ýmislegt sameiginlegt:',
          },
          {
            type: 'ul',
            items: [
              'Vandlega er parað saman eftir starfsgrein og markmiðum, ekki aðeins eftir því hver hefur tíma',
              'Parið gerir skýrt samkomulag um hversu oft það hittist og hverju það vill ná',
              'Mentorar fá stuðning og þjálfun, meðal annars í samskiptum milli menningarheima',
              'Eftirfylgni fer fram eftir sex og tólf mánuði',
            ],
          },
          {
            type: 'p',
            text: 'Mentorarnir segjast oft sjálfir læra mikið, ekki síst um þær hindranir sem nýkomnir mæta í atvinnuleit. Nokkur verkefni fá nú einnig fyrrverandi þátttakendur til að gerast mentorar.',
          },
        ],
      },
      en: {
        title: 'Mentoring helps newcomers build professional networks',
        summary:
          'A new overview of mentoring schemes in Denmark, Norway and Sweden shows that careful matching and clear goals matter more than how long a scheme lasts.',
        body: [
          {
            type: 'p',
            text: 'Many newcomers arrive with education and work experience but without the personal networks that so often lead to jobs in the Nordic countries. Mentoring schemes, in which a newcomer is paired with someone established in the same profession, aim to fill that gap.',
          },
          {
            type: 'p',
            text: 'The overview covers around twenty schemes run by municipalities, trade unions and voluntary organisations. The most successful ones share a few features:',
          },
          {
            type: 'ul',
            items: [
              'Careful matching based on profession and goals, not only on who happens to be available',
              'A clear agreement on how often the pair will meet and what they want to achieve',
              'Support and training for mentors, including in intercultural communication',
              'Follow-up after six and twelve months',
            ],
          },
          {
            type: 'p',
            text: 'Mentors often say that they learn a great deal themselves, not least about the barriers newcomers face when applying for jobs. Several schemes now also recruit former mentees as mentors.',
          },
        ],
      },
    },
  },
  {
    slug: 'faroe-islands-welcome-service',
    publishedAt: '2025-05-07',
    themes: ['social-services', 'regional-development'],
    countries: ['FO'],
    image: 'harbour',
    translations: {
      en: {
        title: 'New welcome service for newcomers in the Faroe Islands',
        summary:
          'A new information service in Tórshavn helps people moving to the Faroe Islands from abroad with registration, housing, schools and Faroese lessons, all in one place.',
        body: [
          {
            type: 'p',
            text: 'The population of the Faroe Islands has grown in recent years, partly because people have moved from abroad to work in fishing, aquaculture, construction and health care. Many of them have found practical matters hard to navigate, from registering their address to finding a school place for their children.',
          },
          {
            type: 'p',
            text: 'The new welcome service brings information from several public bodies together at one desk and on one website, in Faroese, Danish and English. Staff can book interpreters for other languages, and the service also runs introductory evenings about Faroese society, working life and culture.',
          },
          {
            type: 'p',
            text: 'Faroese lessons for adults have been expanded at the same time, with evening classes and short courses for parents whose children attend school. Employers have asked for courses that can be held at the workplace, and this is now being explored.',
          },
        ],
      },
    },
  },
  {
    slug: 'nordic-dispersal-policies-compared',
    publishedAt: '2025-05-20',
    themes: ['housing', 'regional-development'],
    countries: ['DK', 'NO', 'SE'],
    image: 'housing-meeting',
    translations: {
      sv: {
        title: 'Så bestämmer de nordiska länderna var flyktingar bosätts',
        summary:
          'En jämförande studie av bosättningspolitiken i Danmark, Norge och Sverige visar att mottagandet fungerar bäst när bostäder, jobb och kommunal service planeras tillsammans.',
        body: [
          {
            type: 'p',
            text: 'Alla tre skandinaviska länder fördelar nyanlända flyktingar mellan kommunerna, men på olika sätt. Danmark fördelar flyktingar genom regionala och kommunala kvoter, Norge bygger på överenskommelser mellan staten och varje kommun, och i Sverige är alla kommuner sedan 2016 skyldiga att ta emot ett visst antal nyanlända.',
          },
          {
            type: 'p',
            text: 'Studien visar att anvisningssystemen fördelar ansvaret jämnare, men att många flyktingar senare flyttar till större städer, särskilt när den första kommunen har få jobb eller brist på bostäder med rimliga hyror. Där kommunerna har kunnat kombinera bostad med praktik, språkutbildning och en kontaktperson har fler valt att stanna.',
          },
          { type: 'h2', text: 'Rekommendationer' },
          {
            type: 'ul',
            items: [
              'Ta hänsyn till den lokala arbetsmarknaden när flyktingar anvisas',
              'Ge kommunerna tillräckligt med tid att ordna lämpliga bostäder',
              'Undvik tillfälliga boendelösningar som tvingar familjer att flytta flera gånger',
            ],
          },
        ],
      },
      nb: {
        title: 'Slik bestemmer de nordiske landene hvor flyktninger bosettes',
        summary:
          'En sammenlignende studie av bosettingspolitikken i Danmark, Norge og Sverige viser at bosettingen fungerer best når bolig, arbeid og kommunale tjenester planlegges samlet.',
        body: [
          {
            type: 'p',
            text: 'Alle de tre skandinaviske landene fordeler nyankomne flyktninger på kommunene, men på ulike måter. Danmark fordeler flyktninger gjennom regionale og kommunale kvoter, Norge bygger på avtaler mellom staten og den enkelte kommune, og i Sverige har alle kommuner siden 2016 vært forpliktet til å ta imot et bestemt antall nyankomne.',
          },
          {
            type: 'p',
            text: 'Studien viser at spredt bosetting fordeler ansvaret jevnere, men at mange flyktninger senere flytter til større byer, særlig når den første kommunen har få jobber eller lite rimelige boliger. Der kommunene har klart å kombinere bolig med arbeidspraksis, språkopplæring og en fast kontaktperson, har flere valgt å bli.',
          },
          { type: 'h2', text: 'Anbefalinger' },
          {
            type: 'ul',
            items: [
              'Ta hensyn til det lokale arbeidsmarkedet når flyktninger skal bosettes',
              'Gi kommunene god nok tid til å skaffe egnede boliger',
              'Unngå midlertidige botilbud som gjør at familier må flytte flere ganger',
            ],
          },
        ],
      },
      da: {
        title: 'Sådan beslutter de nordiske lande, hvor flygtninge skal bo',
        summary:
          'Et sammenlignende studie af boligplaceringen i Danmark, Norge og Sverige viser, at modtagelsen fungerer bedst, når bolig, job og kommunale tilbud planlægges samlet.',
        body: [
          {
            type: 'p',
            text: 'Alle tre skandinaviske lande fordeler nyankomne flygtninge mellem kommunerne, men på forskellig vis. Danmark fordeler flygtninge via regions- og kommunekvoter, Norge bygger på aftaler mellem staten og den enkelte kommune, og i Sverige har alle kommuner siden 2016 været forpligtet til at modtage et bestemt antal nyankomne.',
          },
          {
            type: 'p',
            text: 'Studiet viser, at fordelingen spreder ansvaret mere ligeligt, men at mange flygtninge senere flytter til de større byer, især når den første kommune har få job eller mangler billige boliger. Hvor kommunerne har kunnet kombinere bolig med praktik, sprogundervisning og en fast kontaktperson, har flere valgt at blive.',
          },
          { type: 'h2', text: 'Anbefalinger' },
          {
            type: 'ul',
            items: [
              'Tag højde for det lokale arbejdsmarked, når flygtninge visiteres til kommunerne',
              'Giv kommunerne tilstrækkelig tid til at finde egnede boliger',
              'Undgå midlertidige boligløsninger, der tvinger familier til at flytte flere gange',
            ],
          },
        ],
      },
      fi: {
        title: 'Näin Pohjoismaat päättävät, minne pakolaiset sijoittuvat',
        summary:
          'Tanskan, Norjan ja Ruotsin kuntiin osoittamista vertaileva tutkimus osoittaa, että vastaanotto onnistuu parhaiten, kun asuminen, työ ja kunnan palvelut suunnitellaan yhdessä.',
        body: [
          {
            type: 'p',
            text: 'Kaikki kolme Skandinavian maata jakavat uudet pakolaiset kuntiin, mutta eri tavoin. Tanska jakaa pakolaiset alueellisten ja kuntakohtaisten kiintiöiden perusteella, Norja valtion ja kunkin kunnan välisten sopimusten kautta, ja Ruotsissa kaikki kunnat ovat vuodesta 2016 lähtien olleet velvollisia vastaanottamaan tietyn määrän uusia tulijoita.',
          },
          {
            type: 'p',
            text: 'Tutkimuksen mukaan kuntiin osoittaminen jakaa vastuuta tasaisemmin, mutta moni pakolainen muuttaa myöhemmin suurempiin kaupunkeihin, etenkin jos ensimmäisessä kunnassa on vähän työpaikkoja tai kohtuuhintaisia asuntoja. Niissä kunnissa, joissa asuminen on voitu yhdistää työharjoitteluun, kielikoulutukseen ja omaan yhteyshenkilöön, useampi on päättänyt jäädä.',
          },
          { type: 'h2', text: 'Suositukset' },
          {
            type: 'ul',
            items: [
              'Paikalliset työmarkkinat otetaan huomioon, kun pakolaisia osoitetaan kuntiin',
              'Kunnille annetaan riittävästi aikaa sopivien asuntojen hankkimiseen',
              'Vältetään tilapäisiä asumisratkaisuja, joiden vuoksi perheet joutuvat muuttamaan useaan kertaan',
            ],
          },
        ],
      },
      is: {
        title: 'Hvernig Norðurlöndin ákveða hvar flóttafólk sest að',
        summary:
          'Samanburðarrannsókn á búsetustefnu í Danmörku, Noregi og Svíþjóð sýnir að móttakan gengur best þegar húsnæði, atvinna og þjónusta sveitarfélaga eru skipulögð í samhengi.',
        body: [
          {
            type: 'p',
            text: 'Öll þrjú skandinavísku löndin dreifa nýkomnu flóttafólki á milli sveitarfélaga, en með ólíkum hætti. Danmörk úthlutar flóttafólki eftir kvótum fyrir landshluta og sveitarfélög, Noregur byggir á samningum milli ríkisins og hvers sveitarfélags, og í Svíþjóð hafa öll sveitarfélög frá árinu 2016 verið skyldug til að taka á móti ákveðnum fjölda nýkominna.',
          },
          {
            type: 'p',
            text: 'Rannsóknin sýnir að dreifingin jafnar ábyrgðina en að margir flytja síðar til stærri borga, einkum þegar fyrsta sveitarfélagið býður fá störf eða lítið af húsnæði á viðráðanlegu verði. Þar sem sveitarfélögum hefur tekist að tengja saman húsnæði, starfsþjálfun, tungumálanám og fastan tengilið hafa fleiri kosið að vera um kyrrt.',
          },
          { type: 'h2', text: 'Tillögur' },
          {
            type: 'ul',
            items: [
              'Taka skal mið af vinnumarkaði á hverjum stað þegar flóttafólki er úthlutað búsetu',
              'Sveitarfélög þurfa nægan fyrirvara til að útvega hentugt húsnæði',
              'Forðast ber bráðabirgðalausnir sem neyða fjölskyldur til að flytja oft',
            ],
          },
        ],
      },
      en: {
        title: 'How the Nordic countries decide where refugees settle',
        summary:
          'A comparative study of dispersal policies in Denmark, Norway and Sweden finds that settlement works best when housing, jobs and local services are planned together.',
        body: [
          {
            type: 'p',
            text: 'All three Scandinavian countries distribute newly arrived refugees among municipalities, but they do so in different ways. Denmark allocates refugees through regional and municipal quotas, Norway relies on agreements between the state and each municipality, and in Sweden all municipalities have been obliged since 2016 to receive a set number of newcomers.',
          },
          {
            type: 'p',
            text: 'The study finds that dispersal spreads responsibility more evenly, but that many refugees later move to larger cities, particularly when the first municipality offers few jobs or little affordable housing. Where municipalities have been able to combine housing with work placements, language training and a named contact person, more people have chosen to stay.',
          },
          { type: 'h2', text: 'Recommendations' },
          {
            type: 'ul',
            items: [
              'Take local labour market conditions into account when allocating refugees',
              'Give municipalities enough lead time to find suitable housing',
              'Avoid temporary housing solutions that force families to move several times',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'unaccompanied-minors-support-after-18',
    publishedAt: '2025-06-04',
    themes: ['children-and-youth', 'social-services'],
    countries: ['FI', 'NO', 'SE'],
    translations: {
      sv: {
        title: 'Ensamkommande unga behöver stöd även efter 18 års ålder',
        summary:
          'En nordisk rapport om unga som kom ensamma som barn visar att övergången till vuxenlivet är en kritisk period och att eftervård gör en tydlig skillnad.',
        body: [
          {
            type: 'p',
            text: 'Åren 2015–2016 tog de nordiska länderna emot tiotusentals ensamkommande barn. De flesta av dem är i dag unga vuxna. En ny rapport som bygger på intervjuer och kommunala uppgifter från Finland, Norge och Sverige följer hur det har gått för dem.',
          },
          {
            type: 'p',
            text: 'Rapporten visar att 18-årsdagen ofta innebär att man på en gång förlorar sin kontaktperson, sitt boende och ibland grunden för sitt uppehållstillstånd. Unga som hade kvar en vuxen de litade på och som erbjöds fortsatt stöd med boende och studier var betydligt oftare i arbete eller studier fem år senare.',
          },
          {
            type: 'ul',
            items: [
              'Planera övergången till vuxenlivet i god tid före 18-årsdagen',
              'Erbjud eftervård till 21 års ålder eller längre vid behov',
              'Se till att stöd för psykisk hälsa är lätt att nå',
            ],
          },
        ],
      },
      nb: {
        title: 'Enslige mindreårige trenger støtte også etter fylte 18 år',
        summary:
          'En nordisk rapport om unge som kom alene som barn, viser at overgangen til voksenlivet er en kritisk fase, og at ettervern gir målbare resultater.',
        body: [
          {
            type: 'p',
            text: 'I 2015 og 2016 tok de nordiske landene imot titusenvis av enslige mindreårige. De fleste av dem er i dag unge voksne. En ny rapport, basert på intervjuer og kommunale data fra Finland, Norge og Sverige, følger hvordan det har gått med dem.',
          },
          {
            type: 'p',
            text: 'Rapporten viser at 18-årsdagen ofte betyr at de mister kontaktperson, bolig og noen ganger grunnlaget for oppholdstillatelsen på én gang. Unge som beholdt en voksen de stolte på, og som fikk fortsatt hjelp med bolig og utdanning, var langt oftere i arbeid eller utdanning fem år senere.',
          },
          {
            type: 'ul',
            items: [
              'Planlegg overgangen til voksenlivet i god tid før 18-årsdagen',
              'Tilby ettervern fram til 21 år, eller lenger ved behov',
              'Sørg for at psykisk helsehjelp er lett tilgjengelig',
            ],
          },
        ],
      },
      da: {
        title: 'Uledsagede unge har brug for støtte efter det fyldte 18. år',
        summary:
          'En nordisk rapport om unge, der kom alene som børn, viser, at overgangen til voksenlivet er en kritisk periode, og at efterværn gør en målbar forskel.',
        body: [
          {
            type: 'p',
            text: 'I 2015 og 2016 modtog de nordiske lande titusinder af uledsagede mindreårige. De fleste er i dag unge voksne. En ny rapport, der bygger på interview og kommunale data fra Finland, Norge og Sverige, følger, hvordan det er gået dem.',
          },
          {
            type: 'p',
            text: 'Rapporten viser, at 18-årsdagen ofte betyder, at de på én gang mister deres kontaktperson, deres bolig og nogle gange grundlaget for deres opholdstilladelse. Unge, der bevarede en voksen, de havde tillid til, og som fik fortsat støtte til bolig og uddannelse, var langt oftere i job eller uddannelse fem år senere.',
          },
          {
            type: 'ul',
            items: [
              'Planlæg overgangen til voksenlivet i god tid før 18-årsdagen',
              'Tilbyd efterværn til 21 år eller længere, hvis der er behov',
              'Sørg for, at hjælp til mental sundhed er let at få adgang til',
            ],
          },
        ],
      },
      fi: {
        title: 'Ilman huoltajaa tulleet nuoret tarvitsevat tukea myös täysi-ikäisinä',
        summary:
          'Pohjoismainen raportti lapsina yksin tulleista nuorista osoittaa, että siirtymä aikuisuuteen on kriittinen vaihe ja että jälkihuolto tekee mitattavan eron.',
        body: [
          {
            type: 'p',
            text: 'Vuosina 2015 ja 2016 Pohjoismaihin saapui kymmeniätuhansia ilman huoltajaa tulleita alaikäisiä. Useimmat heistä ovat nyt nuoria aikuisia. Uudessa raportissa seurataan haastattelujen ja kuntien aineistojen avulla, miten heidän on käynyt Suomessa, Norjassa ja Ruotsissa.',
          },
          {
            type: 'p',
            text: 'Raportin mukaan 18 vuoden täyttäminen merkitsee usein sitä, että nuori menettää kerralla yhteyshenkilönsä, asuntonsa ja joskus myös oleskelulupansa perusteen. Ne nuoret, joiden elämässä säilyi luotettava aikuinen ja jotka saivat edelleen tukea asumiseen ja opiskeluun, olivat viiden vuoden kuluttua selvästi useammin töissä tai opiskelemassa.',
          },
          {
            type: 'ul',
            items: [
              'Siirtymä aikuisuuteen suunnitellaan hyvissä ajoin ennen 18 vuoden ikää',
              'Jälkihuoltoa tarjotaan 21 vuoden ikään asti tai tarvittaessa pidempään',
              'Mielenterveyspalvelut tehdään helposti saavutettaviksi',
            ],
          },
        ],
      },
      is: {
        title: 'Fylgdarlaus ungmenni þurfa stuðning eftir 18 ára aldur',
        summary:
          'Norræn skýrsla um ungt fólk sem kom eitt síns liðs sem börn sýnir að umskiptin yfir í fullorðinsár eru viðkvæmt tímabil og að áframhaldandi stuðningur skilar mælanlegum árangri.',
        body: [
          {
            type: 'p',
            text: 'Árin 2015 og 2016 tóku Norðurlöndin á móti tugþúsundum fylgdarlausra barna. Flest þeirra eru nú ungt fullorðið fólk. Í nýrri skýrslu, sem byggð er á viðtölum og gögnum frá sveitarfélögum í Finnlandi, Noregi og Svíþjóð, er fylgst með því hvernig þeim hefur reitt af.',
          },
          {
            type: 'p',
            text: 'Skýrslan sýnir að 18 ára afmælið þýðir oft að ungmennin missa í einu vetfangi tengilið sinn, húsnæði og stundum grundvöll dvalarleyfis síns. Þau sem héldu tengslum við fullorðinn einstakling sem þau treystu og fengu áframhaldandi stuðning við húsnæði og nám voru mun oftar í vinnu eða námi fimm árum síðar.',
          },
          {
            type: 'ul',
            items: [
              'Undirbúa þarf umskiptin yfir í fullorðinsár löngu fyrir 18 ára afmælið',
              'Bjóða á áframhaldandi stuðning til 21 árs aldurs eða lengur ef þörf krefur',
              'Tryggja þarf greiðan aðgang að geðheilbrigðisþjónustu',
            ],
          },
        ],
      },
      en: {
        title: 'Unaccompanied minors need support beyond their 18th birthday',
        summary:
          'A Nordic report on young people who arrived alone as children shows that the transition to adulthood is a critical period, and that aftercare makes a measurable difference.',
        body: [
          {
            type: 'p',
            text: 'In 2015 and 2016 the Nordic countries received tens of thousands of unaccompanied minors. Most of them are now young adults. A new report based on interviews and municipal data from Finland, Norway and Sweden follows how they have fared.',
          },
          {
            type: 'p',
            text: 'The report shows that turning 18 often means losing a contact person, a place to live and sometimes the grounds for a residence permit all at once. Young people who kept a trusted adult in their lives and were offered continued support with housing and education were far more likely to be in work or study five years later.',
          },
          {
            type: 'ul',
            items: [
              'Plan the transition to adulthood well before the 18th birthday',
              'Offer aftercare up to the age of 21, or longer where needed',
              'Make sure mental health support is easy to reach',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'vantaa-employer-network',
    publishedAt: '2025-06-17',
    themes: ['labour-market'],
    countries: ['FI'],
    image: 'job-fair',
    translations: {
      fi: {
        title: 'Vantaan työnantajaverkosto avaa ovia maahan muuttaneille',
        summary:
          'Vantaalla yli 40 yritystä on liittynyt verkostoon, joka tarjoaa maahan muuttaneille työkokeiluja, rekrytointikoulutuksia ja mentoreita. Kaupunki koordinoi yhteistyötä osana uutta työllisyysaluetta.',
        body: [
          {
            type: 'p',
            text: 'Työvoimapula koskettaa yhä useampaa alaa pääkaupunkiseudulla, ja samaan aikaan moni maahan muuttanut etsii ensimmäistä työpaikkaansa Suomessa. Vantaan työnantajaverkosto kokoaa yhteen logistiikan, rakennusalan, kiinteistöhuollon ja hoiva-alan yrityksiä, jotka haluavat rekrytoida aiempaa monipuolisemmin.',
          },
          {
            type: 'p',
            text: 'Verkoston kautta yritykset voivat tarjota työkokeiluja ja räätälöityjä rekrytointikoulutuksia, joissa suomen kielen opetus on yhdistetty ammatillisiin opintoihin. Työnantajille järjestetään lisäksi koulutusta selkokielestä ja monimuotoisen työyhteisön johtamisesta.',
          },
          {
            type: 'ul',
            items: [
              'Työkokeiluja 1–3 kuukauden ajan',
              'Rekrytointikoulutuksia yhdessä oppilaitosten kanssa',
              'Vapaaehtoisia mentoreita yritysten henkilöstöstä',
            ],
          },
        ],
      },
      sv: {
        title: 'Vandas arbetsgivarnätverk öppnar dörrar för invandrare',
        summary:
          'I Vanda har över 40 företag gått med i ett nätverk som erbjuder invandrare arbetsprövning, rekryteringsutbildningar och mentorer. Staden samordnar samarbetet inom det nya sysselsättningsområdet.',
        body: [
          {
            type: 'p',
            text: 'Arbetskraftsbristen berör allt fler branscher i huvudstadsregionen, samtidigt som många invandrare söker sitt första jobb i Finland. Vandas arbetsgivarnätverk samlar företag inom logistik, byggbranschen, fastighetsskötsel och omsorg som vill rekrytera bredare än tidigare.',
          },
          {
            type: 'p',
            text: 'Via nätverket kan företagen erbjuda arbetsprövning och skräddarsydda rekryteringsutbildningar där undervisning i finska kombineras med yrkesstudier. För arbetsgivarna ordnas dessutom utbildning i lätt språk och i ledarskap på en mångfaldig arbetsplats.',
          },
          {
            type: 'ul',
            items: [
              'Arbetsprövning i 1–3 månader',
              'Rekryteringsutbildningar tillsammans med läroanstalter',
              'Frivilliga mentorer bland företagens anställda',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'temporary-protection-ukraine-extended-to-2027',
    publishedAt: '2025-07-03',
    themes: ['social-services', 'labour-market'],
    countries: ['FI', 'NO', 'SE'],
    translations: {
      sv: {
        title: 'Tillfälligt skydd för ukrainare förlängs till 2027',
        summary:
          'EU-länderna har kommit överens om att förlänga det tillfälliga skyddet för människor som flytt kriget i Ukraina till mars 2027. Kommuner i hela Norden går nu från akut mottagande till långsiktig integration.',
        body: [
          {
            type: 'p',
            text: 'Finland och Sverige tillämpar EU-beslutet direkt, medan Norge, Danmark och Island har egna nationella regler som i stort sett följer samma linje. Sedan 2022 har långt över 200 000 personer från Ukraina fått skydd i de nordiska länderna.',
          },
          {
            type: 'p',
            text: 'För kommunerna ger förlängningen en viss förutsägbarhet men väcker också nya frågor. Många ukrainare har fått arbete, ofta under sin utbildningsnivå, och barnen har kommit in i skolan. Samtidigt gör den tillfälliga statusen det svårt för familjerna att planera, och tillgången till etableringsinsatser och språkundervisning skiljer sig åt mellan länderna.',
          },
          { type: 'h2', text: 'Det efterfrågar kommunerna' },
          {
            type: 'ul',
            items: [
              'Tydlig nationell vägledning om vad som händer efter 2027',
              'Lika tillgång till språkundervisning oavsett status',
              'Snabbare erkännande av ukrainska utbildningar, särskilt inom vård och skola',
            ],
          },
        ],
      },
      nb: {
        title: 'Midlertidig beskyttelse for ukrainere forlenges til 2027',
        summary:
          'EU-landene er enige om å forlenge den midlertidige beskyttelsen for mennesker som har flyktet fra krigen i Ukraina, til mars 2027. Kommuner i hele Norden går nå fra akuttmottak til langsiktig integrering.',
        body: [
          {
            type: 'p',
            text: 'Finland og Sverige følger EU-vedtaket direkte, mens Norge, Danmark og Island har egne nasjonale ordninger som i stor grad følger samme linje. Siden 2022 har godt over 200 000 personer fra Ukraina fått beskyttelse i de nordiske landene.',
          },
          {
            type: 'p',
            text: 'For kommunene gir forlengelsen noe forutsigbarhet, men den reiser også nye spørsmål. Mange ukrainere har kommet i arbeid, ofte under sitt utdanningsnivå, og barna har funnet seg til rette på skolen. Samtidig gjør den midlertidige statusen det vanskelig for familiene å planlegge, og tilgangen til introduksjonsprogram og språkopplæring varierer mellom landene.',
          },
          { type: 'h2', text: 'Dette etterlyser kommunene' },
          {
            type: 'ul',
            items: [
              'Tydelige nasjonale retningslinjer for hva som skjer etter 2027',
              'Lik tilgang til språkopplæring uavhengig av status',
              'Raskere godkjenning av ukrainsk utdanning, særlig innen helse og skole',
            ],
          },
        ],
      },
      da: {
        title: 'Midlertidig beskyttelse af ukrainere forlænges til 2027',
        summary:
          'EU-landene er blevet enige om at forlænge den midlertidige beskyttelse af mennesker, der er flygtet fra krigen i Ukraine, til marts 2027. Kommuner i hele Norden går nu fra akut modtagelse til langsigtet integration.',
        body: [
          {
            type: 'p',
            text: 'Finland og Sverige anvender EU-beslutningen direkte, mens Norge, Danmark og Island har deres egne nationale ordninger, som i vid udstrækning følger samme linje. Siden 2022 har langt over 200.000 personer fra Ukraine fået beskyttelse i de nordiske lande.',
          },
          {
            type: 'p',
            text: 'For kommunerne giver forlængelsen en vis forudsigelighed, men den rejser også nye spørgsmål. Mange ukrainere er kommet i job, ofte under deres uddannelsesniveau, og børnene er faldet til i skolen. Samtidig gør den midlertidige status det svært for familierne at planlægge, og adgangen til integrationsforløb og sprogundervisning varierer fra land til land.',
          },
          { type: 'h2', text: 'Det efterlyser kommunerne' },
          {
            type: 'ul',
            items: [
              'Klare nationale retningslinjer for, hvad der sker efter 2027',
              'Lige adgang til sprogundervisning uanset status',
              'Hurtigere anerkendelse af ukrainske uddannelser, især inden for sundhed og undervisning',
            ],
          },
        ],
      },
      fi: {
        title: 'Ukrainalaisten tilapäistä suojelua jatketaan vuoteen 2027',
        summary:
          'EU-maat ovat sopineet, että Ukrainan sotaa paenneiden tilapäistä suojelua jatketaan maaliskuuhun 2027. Kunnat eri puolilla Pohjolaa siirtyvät nyt kriisivaiheen vastaanotosta pitkäjänteiseen kotouttamiseen.',
        body: [
          {
            type: 'p',
            text: 'Suomi ja Ruotsi soveltavat EU:n päätöstä suoraan, kun taas Norjalla, Tanskalla ja Islannilla on omat kansalliset järjestelynsä, jotka noudattavat pitkälti samaa linjaa. Vuodesta 2022 lähtien selvästi yli 200 000 ihmistä Ukrainasta on saanut suojelua Pohjoismaissa.',
          },
          {
            type: 'p',
            text: 'Kunnille jatkopäätös tuo jonkin verran ennustettavuutta, mutta herättää myös uusia kysymyksiä. Moni ukrainalainen on työllistynyt, usein koulutustaan vastaamattomiin tehtäviin, ja lapset ovat kotiutuneet kouluihin. Samalla tilapäinen asema vaikeuttaa perheiden tulevaisuuden suunnittelua, ja kotoutumispalvelujen ja kielikoulutuksen saatavuus vaihtelee maittain.',
          },
          { type: 'h2', text: 'Kuntien toiveet' },
          {
            type: 'ul',
            items: [
              'Selkeä kansallinen ohjeistus siitä, mitä vuoden 2027 jälkeen tapahtuu',
              'Yhtäläinen pääsy kielikoulutukseen oleskeluperusteesta riippumatta',
              'Ukrainassa suoritettujen tutkintojen nopeampi tunnustaminen erityisesti sosiaali- ja terveysalalla sekä opetusalalla',
            ],
          },
        ],
      },
      is: {
        title: 'Tímabundin vernd Úkraínumanna framlengd til 2027',
        summary:
          'ESB-ríkin hafa samþykkt að framlengja tímabundna vernd fólks sem flúið hefur stríðið í Úkraínu til mars 2027. Sveitarfélög um öll Norðurlönd færa sig nú frá neyðarmóttöku yfir í inngildingu til lengri tíma.',
        body: [
          {
            type: 'p',
            text: 'Finnland og Svíþjóð beita ákvörðun ESB beint, en Noregur, Danmörk og Ísland hafa eigin reglur sem fylgja að mestu sömu línu. Frá árinu 2022 hafa vel yfir 200.000 manns frá Úkraínu fengið vernd á Norðurlöndum.',
          },
          {
            type: 'p',
            text: 'Framlengingin skapar sveitarfélögum ákveðinn fyrirsjáanleika en vekur líka nýjar spurningar. Margir Úkraínumenn hafa fengið vinnu, oft í störfum sem krefjast minni menntunar en þeir hafa, og börnin hafa fest rætur í skólunum. Á sama tíma gerir tímabundin staða fjölskyldum erfitt að skipuleggja framtíðina og aðgangur að stuðningi og tungumálanámi er misjafn eftir löndum.',
          },
          { type: 'h2', text: 'Þetta vilja sveitarfélögin' },
          {
            type: 'ul',
            items: [
              'Skýrar leiðbeiningar stjórnvalda um hvað tekur við eftir 2027',
              'Jafnt aðgengi að tungumálanámi óháð stöðu',
              'Hraðara mat á úkraínskri menntun, einkum í heilbrigðisþjónustu og kennslu',
            ],
          },
        ],
      },
      en: {
        title: 'Temporary protection for Ukrainians extended until 2027',
        summary:
          'EU countries have agreed to extend temporary protection for people who have fled the war in Ukraine until March 2027. Municipalities across the Nordic region are shifting from emergency reception to longer-term integration.',
        body: [
          {
            type: 'p',
            text: 'Finland and Sweden apply the EU decision directly, while Norway, Denmark and Iceland have their own national schemes that largely follow the same line. Since 2022, well over 200,000 people from Ukraine have been granted protection in the Nordic countries.',
          },
          {
            type: 'p',
            text: 'For municipalities, the extension brings some predictability but also raises new questions. Many Ukrainians have found work, often below their level of education, and children have settled into school. At the same time, temporary status makes it hard for families to plan ahead, and access to introduction programmes and language training differs between countries.',
          },
          { type: 'h2', text: 'What municipalities are asking for' },
          {
            type: 'ul',
            items: [
              'Clear national guidance on what happens after 2027',
              'Equal access to language training regardless of status',
              'Faster recognition of Ukrainian qualifications, especially in health care and teaching',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'greenland-welcome-for-foreign-workers',
    publishedAt: '2025-08-19',
    themes: ['labour-market', 'regional-development'],
    countries: ['GL'],
    image: 'harbour',
    translations: {
      da: {
        title: 'Grønland styrker modtagelsen af udenlandsk arbejdskraft',
        summary:
          'Et stigende antal udenlandske arbejdstagere i Grønland har fået kommuner og arbejdsgivere til at udvikle et fælles velkomstforløb med sprogkurser, introduktion til samfundet og hjælp til bolig.',
        body: [
          {
            type: 'p',
            text: 'I de senere år er antallet af udenlandske arbejdstagere i Grønland steget markant, især inden for fiskeindustri, byggeri, turisme og ældrepleje. Mange kommer fra lande uden for Norden og taler hverken grønlandsk eller dansk, når de ankommer.',
          },
          {
            type: 'p',
            text: 'Det nye velkomstforløb i Nuuk giver nyankomne en introduktion til det grønlandske samfund og den grønlandske kultur, praktisk hjælp med folkeregistrering og skat samt mulighed for at lære grundlæggende grønlandsk og dansk. Arbejdsgiverne forpligter sig til at stille en bolig til rådighed og give medarbejderne tid til kurserne.',
          },
          {
            type: 'p',
            text: 'Boligmanglen i de større byer er fortsat den største udfordring. Erfaringerne fra Nuuk skal nu bruges til at udvikle lignende tilbud i andre byer.',
          },
        ],
      },
      en: {
        title: 'Greenland strengthens its welcome for foreign workers',
        summary:
          'A growing number of foreign workers in Greenland has prompted municipalities and employers to develop a joint welcome programme with language courses, an introduction to society and help with housing.',
        body: [
          {
            type: 'p',
            text: 'In recent years the number of foreign workers in Greenland has risen sharply, especially in fish processing, construction, tourism and elderly care. Many come from countries outside the Nordic region and speak neither Greenlandic nor Danish when they arrive.',
          },
          {
            type: 'p',
            text: 'The new welcome programme in Nuuk gives newcomers an introduction to Greenlandic society and culture, practical help with registration and tax, and the chance to learn basic Greenlandic and Danish. Employers commit to providing housing and giving employees time off for the courses.',
          },
          {
            type: 'p',
            text: 'The housing shortage in the larger towns remains the biggest challenge. The experience from Nuuk will now be used to develop similar programmes in other towns.',
          },
        ],
      },
    },
  },
  {
    slug: 'recognition-of-foreign-qualifications-compared',
    publishedAt: '2025-09-02',
    themes: ['labour-market'],
    countries: ['DK', 'FI', 'SE'],
    image: 'library',
    translations: {
      sv: {
        title: 'Erkännandet av utländska utbildningar tar fortfarande för lång tid',
        summary:
          'En nordisk jämförelse av hur sjuksköterskor, lärare och ingenjörer får sina utländska utbildningar erkända visar stora skillnader i handläggningstider och i det stöd som erbjuds.',
        body: [
          {
            type: 'p',
            text: 'För många nyanlända är erkännandet av utbildningen nyckeln till att kunna arbeta i sitt yrke. En ny jämförelse av processerna i Danmark, Finland och Sverige visar att det kan ta allt från några månader till flera år, beroende på yrke och land.',
          },
          {
            type: 'p',
            text: 'Längst är väntan inom reglerade yrken som vården, där sökande ofta måste gå kompletterande kurser, göra språktest och genomföra praktik. De som fick individuell vägledning från början blev klara betydligt snabbare.',
          },
          { type: 'h2', text: 'Det här föreslår rapporten' },
          {
            type: 'ul',
            items: [
              'En gemensam ingång för information om erkännande',
              'Kompletterande utbildningar som går att kombinera med arbete',
              'Språkundervisning anpassad till varje yrke',
              'Närmare nordiskt samarbete om bedömningen av utbildningar från samma länder',
            ],
          },
        ],
      },
      nb: {
        title: 'Godkjenning av utenlandsk utdanning tar fortsatt for lang tid',
        summary:
          'En nordisk sammenligning av hvordan sykepleiere, lærere og ingeniører får godkjent utdanningen sin fra utlandet, viser store forskjeller i saksbehandlingstid og i støtten underveis.',
        body: [
          {
            type: 'p',
            text: 'For mange nyankomne er godkjenning av utdanningen nøkkelen til å kunne jobbe i eget yrke. En ny sammenligning av godkjenningsordningene i Danmark, Finland og Sverige viser at det kan ta alt fra noen måneder til flere år, avhengig av yrke og land.',
          },
          {
            type: 'p',
            text: 'Ventetiden er lengst i lovregulerte yrker som helse, der søkerne ofte må ta kompletterende utdanning, språktester og praksis. De som fikk individuell veiledning fra starten av, ble ferdige betydelig raskere.',
          },
          { type: 'h2', text: 'Dette foreslår rapporten' },
          {
            type: 'ul',
            items: [
              'Én felles inngang for informasjon om godkjenning',
              'Kompletterende utdanning som kan kombineres med arbeid',
              'Språkopplæring tilpasset hvert yrke',
              'Tettere nordisk samarbeid om vurdering av utdanning fra de samme landene',
            ],
          },
        ],
      },
      da: {
        title: 'Anerkendelse af udenlandske uddannelser tager stadig for lang tid',
        summary:
          'En nordisk sammenligning af, hvordan sygeplejersker, lærere og ingeniører får anerkendt deres udenlandske uddannelser, viser store forskelle i sagsbehandlingstid og i den støtte, der tilbydes undervejs.',
        body: [
          {
            type: 'p',
            text: 'For mange nyankomne er anerkendelsen af deres uddannelse nøglen til at kunne arbejde i eget fag. En ny sammenligning af processerne i Danmark, Finland og Sverige viser, at det kan tage alt fra få måneder til flere år, afhængigt af fag og land.',
          },
          {
            type: 'p',
            text: 'Ventetiden er længst inden for lovregulerede erhverv som sundhedsområdet, hvor ansøgerne ofte skal gennemføre supplerende kurser, sprogprøver og praktik. De, der fik individuel vejledning fra starten, blev betydeligt hurtigere færdige.',
          },
          { type: 'h2', text: 'Det foreslår rapporten' },
          {
            type: 'ul',
            items: [
              'Én samlet indgang til information om anerkendelse',
              'Supplerende uddannelse, der kan kombineres med job',
              'Sprogundervisning tilpasset det enkelte fag',
              'Tættere nordisk samarbejde om vurdering af uddannelser fra de samme lande',
            ],
          },
        ],
      },
      fi: {
        title: 'Ulkomailla hankitun koulutuksen tunnustaminen kestää yhä liian kauan',
        summary:
          'Pohjoismainen vertailu sairaanhoitajien, opettajien ja insinöörien tutkintojen tunnustamisesta osoittaa, että käsittelyajoissa ja tarjotussa tuessa on suuria eroja.',
        body: [
          {
            type: 'p',
            text: 'Monelle maahan muuttaneelle koulutuksen tunnustaminen on edellytys omalla alalla työskentelylle. Tanskan, Suomen ja Ruotsin käytäntöjä vertaileva selvitys osoittaa, että prosessi voi kestää muutamasta kuukaudesta useisiin vuosiin ammatista ja maasta riippuen.',
          },
          {
            type: 'p',
            text: 'Pisimpään joutuvat odottamaan säänneltyjen ammattien, kuten terveydenhuollon, hakijat, joilta edellytetään usein täydentäviä opintoja, kielikokeita ja harjoittelua. Ne, jotka saivat alusta asti henkilökohtaista ohjausta, pääsivät tavoitteeseensa selvästi nopeammin.',
          },
          { type: 'h2', text: 'Selvityksen ehdotukset' },
          {
            type: 'ul',
            items: [
              'Yksi yhteinen palvelupiste tunnustamista koskevalle tiedolle',
              'Täydentävää koulutusta, jota voi suorittaa työn ohessa',
              'Kunkin ammatin tarpeisiin räätälöityä kielikoulutusta',
              'Tiiviimpää pohjoismaista yhteistyötä samoista maista tulevien tutkintojen arvioinnissa',
            ],
          },
        ],
      },
      is: {
        title: 'Mat á erlendri menntun tekur enn of langan tíma',
        summary:
          'Norrænn samanburður á því hvernig hjúkrunarfræðingar, kennarar og verkfræðingar fá erlenda menntun sína metna sýnir mikinn mun á afgreiðslutíma og þeim stuðningi sem í boði er.',
        body: [
          {
            type: 'p',
            text: 'Fyrir marga innflytjendur er mat á menntun lykillinn að því að geta starfað við sitt fag. Nýr samanburður á ferlinu í Danmörku, Finnlandi og Svíþjóð sýnir að það getur tekið allt frá nokkrum mánuðum upp í mörg ár, eftir starfsgrein og landi.',
          },
          {
            type: 'p',
            text: 'Biðin er lengst í lögvernduðum starfsgreinum á borð við heilbrigðisþjónustu, þar sem umsækjendur þurfa oft að ljúka viðbótarnámi, tungumálaprófum og starfsþjálfun. Þau sem fengu einstaklingsbundna ráðgjöf frá upphafi luku ferlinu mun fyrr.',
          },
          { type: 'h2', text: 'Tillögur skýrslunnar' },
          {
            type: 'ul',
            items: [
              'Ein sameiginleg gátt fyrir upplýsingar um mat á menntun',
              'Viðbótarnám sem hægt er að stunda samhliða vinnu',
              'Tungumálakennsla sniðin að hverri starfsgrein',
              'Nánara norrænt samstarf um mat á menntun frá sömu löndum',
            ],
          },
        ],
      },
      en: {
        title: 'Recognition of foreign qualifications still takes too long',
        summary:
          'A Nordic comparison of how nurses, teachers and engineers get their foreign qualifications recognised shows large differences in processing times and in the support offered along the way.',
        body: [
          {
            type: 'p',
            text: 'For many newcomers, recognition of their education is the key to working in their own profession. A new comparison of recognition processes in Denmark, Finland and Sweden shows that it can take anything from a few months to several years, depending on the profession and the country.',
          },
          {
            type: 'p',
            text: 'The longest waits are in regulated professions such as health care, where applicants often have to complete supplementary courses, language tests and practical placements. Those who received individual guidance from the start finished considerably faster.',
          },
          { type: 'h2', text: 'What the report proposes' },
          {
            type: 'ul',
            items: [
              'A single entry point for information about recognition',
              'Bridging courses that can be combined with work',
              'Language training adapted to each profession',
              'Closer Nordic co-operation on assessing qualifications from the same countries',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'bergen-kindergarten-language-support',
    publishedAt: '2025-09-16',
    themes: ['children-and-youth'],
    countries: ['NO'],
    translations: {
      nb: {
        title: 'Bergen styrker språkarbeidet i barnehagen for flerspråklige barn',
        summary:
          'Flere barnehager i Bergen prøver ut en modell der flerspråklige barn får tett språkstøtte i hverdagen, og der foreldrene involveres gjennom faste samtaler og språkkafé.',
        body: [
          {
            type: 'p',
            text: 'Barn som begynner tidlig i barnehagen, har et bedre utgangspunkt når de starter på skolen. I Bergen har barnehager med mange flerspråklige barn fått ekstra ressurser til å jobbe systematisk med norsk i lek, måltider og samlingsstund, samtidig som barnas morsmål blir verdsatt.',
          },
          {
            type: 'p',
            text: 'Foreldrene inviteres til faste samtaler med tolk og til en månedlig språkkafé i barnehagen, der de kan møte andre foreldre og lære mer om hvordan barnehagen jobber. Mange av foreldrene går selv i introduksjonsprogrammet.',
          },
          {
            type: 'ul',
            items: [
              'Språkkartlegging gjennom observasjon i hverdagen',
              'Kompetanseheving for de ansatte i flerspråklig arbeid',
              'Samarbeid med helsestasjonen for å nå familier som ikke har barnehageplass',
            ],
          },
          {
            type: 'p',
            text: 'Kommunen vil vurdere å utvide modellen etter en evaluering neste år.',
          },
        ],
      },
    },
  },
  {
    slug: 'reykjanesbaer-multicultural-council',
    publishedAt: '2025-09-30',
    themes: ['social-services', 'regional-development'],
    countries: ['IS'],
    translations: {
      is: {
        title: 'Reykjanesbær stofnar fjölmenningarráð',
        summary:
          'Í Reykjanesbæ, þar sem hlutfall íbúa af erlendum uppruna er með því hæsta á landinu, hefur verið stofnað fjölmenningarráð sem á að tryggja rödd innflytjenda í stefnumótun sveitarfélagsins.',
        body: [
          {
            type: 'p',
            text: 'Íbúum af erlendum uppruna hefur fjölgað hratt á Suðurnesjum á undanförnum árum, meðal annars vegna starfa tengdum flugvellinum og ferðaþjónustu. Í Reykjanesbæ á nú um fjórðungur íbúa annað móðurmál en íslensku.',
          },
          {
            type: 'p',
            text: 'Í fjölmenningarráðinu sitja fulltrúar ólíkra málhópa ásamt kjörnum fulltrúum og starfsfólki bæjarins. Ráðið á að veita umsögn um mál sem varða innflytjendur sérstaklega, svo sem skólamál, upplýsingagjöf og þjónustu við nýja íbúa.',
          },
          {
            type: 'ul',
            items: [
              'Fundir eru haldnir á auðskildri íslensku og túlkað eftir þörfum',
              'Ráðið skilar tillögum til bæjarráðs tvisvar á ári',
              'Íbúar geta komið ábendingum á framfæri á nokkrum tungumálum',
            ],
          },
          {
            type: 'p',
            text: 'Fleiri sveitarfélög hafa sýnt fyrirkomulaginu áhuga.',
          },
        ],
      },
    },
  },
  {
    slug: 'seminar-report-refugee-women-in-work',
    publishedAt: '2025-10-14',
    themes: ['labour-market', 'social-services'],
    countries: ['DK', 'FI', 'NO'],
    image: 'seminar',
    translations: {
      sv: {
        title: 'Seminarierapport: fler flyktingkvinnor i arbete',
        summary:
          'Omkring 150 yrkesverksamma, forskare och tjänstepersoner samlades i Köpenhamn för att diskutera varför sysselsättningen bland flyktingkvinnor släpar efter och vad kommunerna kan göra åt det.',
        body: [
          {
            type: 'p',
            text: 'I hela Norden kommer flyktingkvinnor in på arbetsmarknaden betydligt senare än män. På höstens nordiska seminarium delade deltagare från alla fem länder med sig av erfarenheter av vad som hjälper: flexibel språkundervisning, tillgång till barnomsorg från första dagen och praktik inom branscher med verkligt behov av personal.',
          },
          {
            type: 'p',
            text: 'Flera talare betonade att kvinnorna inte är en enhetlig grupp. En del har lång utbildning och yrkeserfarenhet, andra har aldrig gått i skolan. Insatser som utgår från varje kvinnas egna mål och som involverar hela familjen visar bäst resultat.',
          },
          { type: 'h2', text: 'Viktiga budskap från seminariet' },
          {
            type: 'ul',
            items: [
              'Erbjud barnomsorg och språkundervisning samtidigt',
              'Låt kvinnor som redan har fått arbete vara förebilder och vägvisare',
              'Samarbeta med arbetsgivare i branscher med personalbrist, till exempel vård och omsorg, om instegsjobb med utbildning',
            ],
          },
          {
            type: 'p',
            text: 'Presentationer och en sammanfattning finns i seminariedokumentationen.',
          },
        ],
      },
      nb: {
        title: 'Seminarrapport: flere flyktningkvinner i arbeid',
        summary:
          'Rundt 150 fagfolk, forskere og ansatte i forvaltningen møttes i København for å diskutere hvorfor sysselsettingen blant flyktningkvinner henger etter, og hva kommunene kan gjøre med det.',
        body: [
          {
            type: 'p',
            text: 'I alle de nordiske landene kommer flyktningkvinner inn på arbeidsmarkedet betydelig senere enn menn. På høstens nordiske seminar delte deltakere fra alle de fem landene erfaringer med hva som virker: fleksibel språkopplæring, barnehageplass fra første dag og arbeidspraksis i bransjer med reelt behov for arbeidskraft.',
          },
          {
            type: 'p',
            text: 'Flere innledere understreket at kvinnene ikke er én gruppe. Noen har lang utdanning og yrkeserfaring, andre har aldri gått på skole. Tiltak som tar utgangspunkt i kvinnenes egne mål, og som involverer hele familien, gir de beste resultatene.',
          },
          { type: 'h2', text: 'Viktige budskap fra seminaret' },
          {
            type: 'ul',
            items: [
              'Tilby barnehage og språkopplæring samtidig',
              'Bruk kvinner som allerede er i jobb, som rollemodeller og veivisere',
              'Samarbeid med arbeidsgivere i bransjer med mangel på arbeidskraft, for eksempel helse og omsorg, om inngangsjobber med opplæring',
            ],
          },
          {
            type: 'p',
            text: 'Presentasjoner og et sammendrag finnes i seminardokumentasjonen.',
          },
        ],
      },
      da: {
        title: 'Seminarrapport: flere flygtningekvinder i job',
        summary:
          'Omkring 150 praktikere, forskere og embedsfolk mødtes i København for at drøfte, hvorfor beskæftigelsen blandt flygtningekvinder halter efter, og hvad kommunerne kan gøre ved det.',
        body: [
          {
            type: 'p',
            text: 'I hele Norden kommer flygtningekvinder markant senere ind på arbejdsmarkedet end mænd. På efterårets nordiske seminar delte deltagere fra alle fem lande erfaringer med, hvad der virker: fleksibel sprogundervisning, adgang til dagtilbud fra første dag og virksomhedspraktik i brancher med et reelt behov for arbejdskraft.',
          },
          {
            type: 'p',
            text: 'Flere oplægsholdere understregede, at kvinderne ikke er én gruppe. Nogle har en lang uddannelse og erhvervserfaring, andre har aldrig gået i skole. Indsatser, der tager udgangspunkt i den enkelte kvindes egne mål og inddrager hele familien, viser de bedste resultater.',
          },
          { type: 'h2', text: 'Vigtige budskaber fra seminaret' },
          {
            type: 'ul',
            items: [
              'Tilbyd dagtilbud og sprogundervisning på samme tid',
              'Brug kvinder, der allerede er kommet i job, som rollemodeller og brobyggere',
              'Samarbejd med arbejdsgivere i brancher med mangel på arbejdskraft, fx sundhed og omsorg, om indslusningsjob med uddannelse',
            ],
          },
          {
            type: 'p',
            text: 'Præsentationer og et sammendrag findes i seminardokumentationen.',
          },
        ],
      },
      fi: {
        title: 'Seminaariraportti: lisää pakolaisnaisia työelämään',
        summary:
          'Noin 150 ammattilaista, tutkijaa ja virkahenkilöä kokoontui Kööpenhaminaan pohtimaan, miksi pakolaisnaisten työllisyys jää jälkeen ja mitä kunnat voivat asialle tehdä.',
        body: [
          {
            type: 'p',
            text: 'Kaikissa Pohjoismaissa pakolaisnaiset pääsevät työmarkkinoille selvästi miehiä myöhemmin. Syksyn pohjoismaisessa seminaarissa osallistujat kaikista viidestä maasta jakoivat kokemuksia siitä, mikä auttaa: joustava kielikoulutus, varhaiskasvatuspaikka heti alusta alkaen ja työharjoittelu aloilla, joilla on todellinen työvoiman tarve.',
          },
          {
            type: 'p',
            text: 'Useat puhujat korostivat, etteivät naiset ole yksi yhtenäinen ryhmä. Osalla on pitkä koulutus ja työkokemus, osa ei ole koskaan käynyt koulua. Parhaisiin tuloksiin päästään, kun lähtökohtana ovat kunkin naisen omat tavoitteet ja kun koko perhe otetaan mukaan.',
          },
          { type: 'h2', text: 'Seminaarin keskeiset viestit' },
          {
            type: 'ul',
            items: [
              'Varhaiskasvatusta ja kielikoulutusta tarjotaan samanaikaisesti',
              'Jo työllistyneet naiset toimivat esikuvina ja opastajina',
              'Työvoimapulasta kärsivien alojen, kuten sosiaali- ja terveysalan, työnantajien kanssa luodaan koulutusta sisältäviä aloitustyöpaikkoja',
            ],
          },
          {
            type: 'p',
            text: 'Esitykset ja yhteenveto löytyvät seminaarin dokumentaatiosta.',
          },
        ],
      },
      is: {
        title: 'Frá málþingi: fleiri konur úr hópi flóttafólks í vinnu',
        summary:
          'Um 150 fagaðilar, fræðimenn og starfsmenn stjórnsýslunnar komu saman í Kaupmannahöfn til að ræða hvers vegna atvinnuþátttaka kvenna úr hópi flóttafólks er minni en annarra og hvað sveitarfélög geta gert.',
        body: [
          {
            type: 'p',
            text: 'Á öllum Norðurlöndum komast konur úr hópi flóttafólks mun seinna út á vinnumarkaðinn en karlar. Á norrænu málþingi í haust deildu þátttakendur frá öllum fimm löndunum reynslu sinni af því sem skilar árangri: sveigjanlegri tungumálakennslu, leikskólaplássi frá fyrsta degi og starfsþjálfun í greinum þar sem raunveruleg þörf er fyrir starfsfólk.',
          },
          {
            type: 'p',
            text: 'Nokkrir fyrirlesarar lögðu áherslu á að konurnar væru ekki einsleitur hópur. Sumar hafa langa menntun og starfsreynslu en aðrar hafa aldrei gengið í skóla. Bestur árangur næst þegar gengið er út frá markmiðum hverrar konu og fjölskyldan öll höfð með.',
          },
          { type: 'h2', text: 'Helstu skilaboð málþingsins' },
          {
            type: 'ul',
            items: [
              'Bjóða þarf leikskólapláss og tungumálakennslu samtímis',
              'Konur sem þegar eru komnar í vinnu geta verið fyrirmyndir og leiðsögumenn',
              'Vinna þarf með atvinnurekendum í greinum þar sem skortur er á starfsfólki, til dæmis í heilbrigðis- og umönnunarþjónustu, að byrjendastörfum með þjálfun',
            ],
          },
          {
            type: 'p',
            text: 'Glærur og samantekt eru aðgengilegar í gögnum málþingsins.',
          },
        ],
      },
      en: {
        title: 'Seminar report: more refugee women into work',
        summary:
          'Some 150 practitioners, researchers and officials met in Copenhagen to discuss why employment among refugee women lags behind, and what municipalities can do about it.',
        body: [
          {
            type: 'p',
            text: 'Across the Nordic countries, refugee women enter the labour market considerably later than men. At this autumn’s Nordic seminar, participants from all five countries shared experience of what helps: flexible language training, access to childcare from day one and work placements in sectors with a real need for staff.',
          },
          {
            type: 'p',
            text: 'Several speakers stressed that refugee women are not one group. Some have long education and professional experience, others have never been to school. Programmes that start from each woman’s own goals, and that involve the whole family, report the best results.',
          },
          { type: 'h2', text: 'Key messages from the seminar' },
          {
            type: 'ul',
            items: [
              'Offer childcare and language training at the same time',
              'Let women who have already found work act as role models and guides',
              'Work with employers in sectors with staff shortages, such as health and social care, to create entry-level jobs that include training',
            ],
          },
          {
            type: 'p',
            text: 'Presentations and a summary are available in the seminar documentation.',
          },
        ],
      },
    },
  },
  {
    slug: 'norrbotten-library-language-cafes',
    publishedAt: '2025-10-28',
    themes: ['social-services', 'regional-development'],
    countries: ['SE'],
    image: 'language-cafe',
    translations: {
      sv: {
        title: 'Språkkaféer på biblioteken i Norrbotten blir mötesplatser',
        summary:
          'Folkbiblioteken i flera norrbottniska kommuner har byggt upp språkkaféer där nyanlända övar svenska med frivilliga. I Tornedalen samtalar deltagarna även på finska och meänkieli.',
        body: [
          {
            type: 'p',
            text: 'Biblioteket är ofta ett av få offentliga rum i en liten kommun som är öppet för alla, gratis och utan krav. I Norrbotten har flera bibliotek tagit vara på det och startat språkkaféer en eller två gånger i veckan, där nyanlända och frivilliga träffas för att samtala på svenska.',
          },
          {
            type: 'p',
            text: 'I Tornedalen, där många invånare talar finska och meänkieli, har kaféerna blivit en plats där flera språk möts. Bibliotekarier berättar att deltagarna inte bara övar språket utan också får hjälp att hitta information om vård, skola och fritid.',
          },
          {
            type: 'p',
            text: 'Biblioteken samarbetar med studieförbund och kommunernas integrationsenheter, och flera har börjat låna ut surfplattor med språkappar.',
          },
        ],
      },
      fi: {
        title: 'Norrbottenin kirjastojen kielikahviloista tuli kohtaamispaikkoja',
        summary:
          'Useiden Norrbottenin kuntien yleiset kirjastot ovat perustaneet kielikahviloita, joissa vasta maahan muuttaneet harjoittelevat ruotsia vapaaehtoisten kanssa. Tornionlaaksossa keskustellaan myös suomeksi ja meänkielellä.',
        body: [
          {
            type: 'p',
            text: 'Pienessä kunnassa kirjasto on usein yksi harvoista julkisista tiloista, joka on avoin kaikille, maksuton ja vailla vaatimuksia. Norrbottenissa useat kirjastot ovat hyödyntäneet tätä ja perustaneet kielikahviloita, jotka kokoontuvat kerran tai kaksi viikossa. Niissä maahan muuttaneet ja vapaaehtoiset keskustelevat ruotsiksi.',
          },
          {
            type: 'p',
            text: 'Tornionlaaksossa, jossa monet asukkaat puhuvat suomea ja meänkieltä, kahviloista on tullut paikka, jossa useat kielet kohtaavat. Kirjastonhoitajien mukaan osallistujat eivät ainoastaan harjoittele kieltä, vaan saavat myös apua terveydenhuoltoa, koulua ja vapaa-aikaa koskevan tiedon etsimiseen.',
          },
          {
            type: 'p',
            text: 'Kirjastot tekevät yhteistyötä opintoliittojen ja kuntien kotouttamisyksiköiden kanssa, ja monet ovat alkaneet lainata tabletteja, joihin on asennettu kielisovelluksia.',
          },
        ],
      },
      en: {
        title: 'Library language cafés in Norrbotten become meeting places',
        summary:
          'Public libraries in several municipalities in Norrbotten, northern Sweden, run language cafés where newcomers practise Swedish with volunteers. In the Torne Valley, conversation also flows in Finnish and Meänkieli.',
        body: [
          {
            type: 'p',
            text: 'In a small municipality, the library is often one of the few public spaces that is open to everyone, free of charge and with no expectations. Several libraries in Norrbotten have built on this by starting language cafés once or twice a week, where newcomers and volunteers meet to talk in Swedish.',
          },
          {
            type: 'p',
            text: 'In the Torne Valley, where many residents speak Finnish and Meänkieli, the cafés have become places where several languages meet. Librarians say that participants not only practise the language but also get help finding information about health care, school and leisure activities.',
          },
          {
            type: 'p',
            text: 'The libraries work with adult education associations and the municipal integration units, and several have started lending out tablets with language apps.',
          },
        ],
      },
    },
  },
  {
    slug: 'report-refugee-employment-ten-years-on',
    publishedAt: '2025-11-11',
    themes: ['labour-market'],
    countries: ['DK', 'NO', 'SE'],
    image: 'library',
    translations: {
      sv: {
        title: 'Ny rapport: flyktingars sysselsättning fortsätter att öka efter tio år',
        summary:
          'En registerstudie som följer flyktingar i Danmark, Norge och Sverige i tio år visar att sysselsättningen fortsätter att stiga långt efter att etableringstiden är slut.',
        body: [
          {
            type: 'p',
            text: 'De flesta utvärderingar av integrationsinsatser tittar på de första två eller tre åren. Den nya rapporten följer i stället alla som beviljades skydd ett visst år under ett helt decennium, med hjälp av avidentifierade registeruppgifter från de tre länderna.',
          },
          {
            type: 'p',
            text: 'Resultaten visar en långsam start men en stadig utveckling. Efter två år har en minoritet arbete. Efter tio år är en majoritet av männen och en växande andel av kvinnorna sysselsatta, även om det ofta handlar om deltids- eller visstidsanställningar. Utbildning som fullföljts i det nya landet är den enskilda faktor som starkast hänger samman med en stabil anställning.',
          },
          {
            type: 'p',
            text: 'Forskarna varnar för att bedöma integrationspolitiken enbart utifrån kortsiktiga siffror och rekommenderar att länderna harmoniserar sin statistik så att resultaten lättare kan jämföras i Norden.',
          },
        ],
      },
      nb: {
        title: 'Ny rapport: sysselsettingen blant flyktninger øker fortsatt etter ti år',
        summary:
          'En registerstudie som følger flyktninger i Danmark, Norge og Sverige i ti år, viser at sysselsettingen fortsetter å øke lenge etter at introduksjonsperioden er over.',
        body: [
          {
            type: 'p',
            text: 'De fleste evalueringer av integreringstiltak ser på de to eller tre første årene. Den nye rapporten følger i stedet alle som fikk beskyttelse et bestemt år, gjennom et helt tiår, ved hjelp av anonymiserte registerdata fra de tre landene.',
          },
          {
            type: 'p',
            text: 'Resultatene viser en langsom start, men jevn framgang. Etter to år er et mindretall i arbeid. Etter ti år er et flertall av mennene og en økende andel av kvinnene sysselsatt, selv om det ofte dreier seg om deltidsstillinger eller midlertidige stillinger. Utdanning tatt i det nye landet er den enkeltfaktoren som henger sterkest sammen med stabil sysselsetting.',
          },
          {
            type: 'p',
            text: 'Forskerne advarer mot å vurdere integreringspolitikken bare ut fra kortsiktige tall, og anbefaler at landene samordner statistikken sin slik at resultatene lettere kan sammenlignes på tvers av Norden.',
          },
        ],
      },
      da: {
        title: 'Ny rapport: flygtninges beskæftigelse stiger stadig efter ti år',
        summary:
          'Et registerstudie, der følger flygtninge i Danmark, Norge og Sverige i ti år, viser, at beskæftigelsen bliver ved med at stige, længe efter at det første integrationsforløb er slut.',
        body: [
          {
            type: 'p',
            text: 'De fleste evalueringer af integrationsindsatser ser på de første to-tre år. Den nye rapport følger i stedet alle, der fik beskyttelse i et givent år, gennem et helt årti ved hjælp af anonymiserede registerdata fra de tre lande.',
          },
          {
            type: 'p',
            text: 'Resultaterne viser en langsom start, men en stabil fremgang. Efter to år er et mindretal i job. Efter ti år er et flertal af mændene og en stigende andel af kvinderne i beskæftigelse, om end ofte i deltids- eller tidsbegrænsede stillinger. Uddannelse taget i det nye land er den enkeltfaktor, der hænger tættest sammen med stabil beskæftigelse.',
          },
          {
            type: 'p',
            text: 'Forskerne advarer mod at vurdere integrationspolitikken alene ud fra kortsigtede tal og anbefaler, at landene harmoniserer deres statistik, så resultaterne lettere kan sammenlignes på tværs af Norden.',
          },
        ],
      },
      fi: {
        title: 'Uusi raportti: pakolaisten työllisyys kasvaa vielä kymmenen vuoden jälkeen',
        summary:
          'Rekisteritutkimus, jossa pakolaisia seurattiin kymmenen vuoden ajan Tanskassa, Norjassa ja Ruotsissa, osoittaa työllisyyden kasvavan vielä pitkään ensimmäisen kotoutumisvaiheen päättymisen jälkeen.',
        body: [
          {
            type: 'p',
            text: 'Useimmissa kotoutumistoimien arvioinneissa tarkastellaan kahta tai kolmea ensimmäistä vuotta. Uudessa raportissa seurataan sen sijaan kaikkia tiettynä vuonna suojelua saaneita kokonaisen vuosikymmenen ajan kolmen maan anonymisoitujen rekisteritietojen avulla.',
          },
          {
            type: 'p',
            text: 'Tulokset kertovat hitaasta alusta mutta tasaisesta edistymisestä. Kahden vuoden kuluttua vähemmistö on töissä. Kymmenen vuoden kuluttua enemmistö miehistä ja kasvava osuus naisista on työllistynyt, joskin usein osa-aikaisiin tai määräaikaisiin työsuhteisiin. Uudessa kotimaassa suoritettu koulutus on yksittäisistä tekijöistä vahvimmin yhteydessä vakaaseen työllisyyteen.',
          },
          {
            type: 'p',
            text: 'Tutkijat varoittavat arvioimasta kotoutumispolitiikkaa pelkkien lyhyen aikavälin lukujen perusteella ja suosittelevat, että maat yhtenäistävät tilastointiaan, jotta tuloksia voidaan vertailla helpommin Pohjoismaiden kesken.',
          },
        ],
      },
      is: {
        title: 'Ný skýrsla: atvinnuþátttaka flóttafólks eykst enn eftir tíu ár',
        summary:
          'Rannsókn byggð á skráargögnum, þar sem flóttafólki í Danmörku, Noregi og Svíþjóð var fylgt eftir í tíu ár, sýnir að atvinnuþátttaka heldur áfram að aukast löngu eftir að fyrsta aðlögunartímabilinu lýkur.',
        body: [
          {
            type: 'p',
            text: 'Flestar úttektir á aðgerðum í inngildingarmálum ná aðeins til fyrstu tveggja eða þriggja áranna. Í nýju skýrslunni er hins vegar fylgst með öllum sem fengu vernd tiltekið ár í heilan áratug, með ópersónugreinanlegum skráargögnum frá löndunum þremur.',
          },
          {
            type: 'p',
            text: 'Niðurstöðurnar sýna hæga byrjun en stöðugar framfarir. Eftir tvö ár er minnihluti kominn í vinnu. Eftir tíu ár er meirihluti karlanna og vaxandi hlutfall kvennanna í starfi, þótt oft sé um hlutastörf eða tímabundin störf að ræða. Menntun sem lokið er í nýja landinu er sá einstaki þáttur sem tengist stöðugri atvinnu sterkast.',
          },
          {
            type: 'p',
            text: 'Rannsakendurnir vara við því að leggja mat á stefnu í inngildingarmálum út frá skammtímatölum einum saman og mæla með því að löndin samræmi tölfræði sína svo auðveldara verði að bera saman árangur milli Norðurlanda.',
          },
        ],
      },
      en: {
        title: 'New report: refugee employment keeps rising ten years after arrival',
        summary:
          'A register-based study following refugees in Denmark, Norway and Sweden for ten years shows that employment continues to rise long after the first introduction period has ended.',
        body: [
          {
            type: 'p',
            text: 'Most evaluations of integration measures look at the first two or three years. The new report instead follows everyone granted protection in a given year over a full decade, using anonymised register data from the three countries.',
          },
          {
            type: 'p',
            text: 'The results show a slow start but steady progress. After two years, a minority are in work. After ten years, the majority of men and a growing share of women are employed, although often in part-time or temporary jobs. Education completed in the new country is the single factor most strongly associated with stable employment.',
          },
          {
            type: 'p',
            text: 'The researchers warn against judging integration policy on short-term figures alone, and recommend that the countries harmonise their statistics so that results can be compared more easily across the Nordic region.',
          },
        ],
      },
    },
  },
  {
    slug: 'odense-employers-join-forces',
    publishedAt: '2025-11-25',
    themes: ['labour-market'],
    countries: ['DK'],
    translations: {
      da: {
        title: 'Odense-virksomheder går sammen om at ansætte flygtninge',
        summary:
          'Et partnerskab mellem Odense Kommune og en gruppe lokale virksomheder skal bringe flere flygtninge og familiesammenførte i ordinære job gennem praktik, brancheforløb og faste kontaktpersoner.',
        body: [
          {
            type: 'p',
            text: 'Mange virksomheder på Fyn mangler arbejdskraft, samtidig med at en del flygtninge og familiesammenførte stadig står uden for arbejdsmarkedet. Partnerskabet samler virksomheder fra industri, logistik, rengøring og sundhed, som forpligter sig til at tage imod kandidater i praktik og ansætte dem, der klarer sig godt.',
          },
          {
            type: 'p',
            text: 'Kommunen screener kandidaterne, tilbyder korte brancherettede forløb med fagdansk og stiller en fast kontaktperson til rådighed for både virksomhed og medarbejder i det første halve år efter ansættelsen.',
          },
          {
            type: 'ul',
            items: [
              'Et fælles rekrutteringsforløb for hver branche',
              'Sidemandsoplæring med uddannede mentorer på arbejdspladsen',
              'Opfølgning efter tre og seks måneder',
            ],
          },
        ],
      },
      en: {
        title: 'Odense employers join forces to hire refugees',
        summary:
          'A partnership between the Municipality of Odense and a group of local companies aims to bring more refugees and reunited family members into regular jobs through placements, sector courses and dedicated contact persons.',
        body: [
          {
            type: 'p',
            text: 'Many companies on Funen are short of staff, while a number of refugees and reunited family members remain outside the labour market. The partnership brings together companies in manufacturing, logistics, cleaning and health care, which commit to taking candidates on work placements and hiring those who do well.',
          },
          {
            type: 'p',
            text: 'The municipality screens candidates, offers short sector-specific courses with job-related Danish, and provides a dedicated contact person for both the company and the employee during the first six months of employment.',
          },
          {
            type: 'ul',
            items: [
              'A joint recruitment course for each sector',
              'On-the-job training with trained workplace mentors',
              'Follow-up after three and six months',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'ostrobothnia-integration-in-swedish',
    publishedAt: '2025-12-09',
    themes: ['regional-development', 'labour-market'],
    countries: ['FI'],
    image: 'village',
    translations: {
      sv: {
        title: 'Österbotten visar vägen för integration på svenska',
        summary:
          'I de svenskspråkiga kommunerna i Österbotten integreras allt fler nyanlända på svenska. Det ger nya invånare bättre chanser att få jobb lokalt och stanna kvar.',
        body: [
          {
            type: 'p',
            text: 'I flera kommuner i Österbotten är svenska det dominerande språket i vardagen och på arbetsplatserna. Ändå har nyanlända länge främst erbjudits undervisning i finska. I dag kan de flesta själva välja integrationsspråk, och i Österbotten väljer en stor majoritet svenska.',
          },
          {
            type: 'p',
            text: 'Kommunerna samarbetar med arbetsgivare inom bland annat båtindustri, livsmedel och omsorg, som behöver personal med svenskkunskaper. Resultatet är att fler nyanlända får jobb på orten i stället för att flytta till de större städerna.',
          },
          {
            type: 'p',
            text: 'Utmaningen är att det finns få lärare och få kursplatser på svenska. Kommunerna efterlyser därför en nationell satsning på integrationsutbildning på svenska.',
          },
        ],
      },
      fi: {
        title: 'Pohjanmaa näyttää mallia ruotsinkielisessä kotoutumisessa',
        summary:
          'Pohjanmaan ruotsinkielisissä kunnissa yhä useampi maahan muuttanut kotoutuu ruotsin kielellä. Se parantaa uusien asukkaiden mahdollisuuksia työllistyä paikallisesti ja jäädä alueelle.',
        body: [
          {
            type: 'p',
            text: 'Useissa Pohjanmaan kunnissa ruotsi on arjen ja työpaikkojen pääkieli. Silti maahan muuttaneille on pitkään tarjottu lähinnä suomen kielen opetusta. Nykyään useimmat voivat itse valita kotoutumiskielensä, ja Pohjanmaalla selvä enemmistö valitsee ruotsin.',
          },
          {
            type: 'p',
            text: 'Kunnat tekevät yhteistyötä muun muassa veneteollisuuden, elintarvikealan ja hoiva-alan työnantajien kanssa, jotka tarvitsevat ruotsia osaavaa henkilöstöä. Tuloksena yhä useampi maahan muuttanut työllistyy omalla paikkakunnallaan sen sijaan, että muuttaisi suurempiin kaupunkeihin.',
          },
          {
            type: 'p',
            text: 'Haasteena on, että ruotsinkielisiä opettajia ja kurssipaikkoja on vähän. Kunnat toivovatkin valtakunnallista panostusta ruotsinkieliseen kotoutumiskoulutukseen.',
          },
        ],
      },
    },
  },
  // ── 2026 ───────────────────────────────────────────────────────────
  {
    slug: 'finland-integration-act-one-year-on',
    publishedAt: '2026-01-13',
    themes: ['labour-market', 'social-services'],
    countries: ['FI'],
    translations: {
      fi: {
        title: 'Vuosi uutta kotoutumislakia: kunnat ovat päässeet alkuun',
        summary:
          'Kotoutumislain ensimmäisen vuoden seurannan mukaan alkukartoitukset tehdään nyt aiempaa nopeammin, mutta kielikoulutuksen jonot ja kuntien väliset erot huolestuttavat.',
        body: [
          {
            type: 'p',
            text: 'Vuoden 2025 alussa voimaan tullut kotoutumislaki siirsi päävastuun kotoutumisen edistämisestä kunnille. Ensimmäisen vuoden seurannassa kuntien ja työllisyysalueiden edustajat arvioivat, että yhteistyö työllisyyspalvelujen kanssa on parantunut ja että alkukartoitukset tehdään aiempaa nopeammin.',
          },
          {
            type: 'p',
            text: 'Kielikoulutukseen pääsy vaihtelee kuitenkin alueittain, ja osa asiakkaista joutuu odottamaan kuukausia. Pienet kunnat kertovat myös, että monikielisen ohjauksen järjestäminen on vaikeaa ilman seudullista yhteistyötä.',
          },
          { type: 'h2', text: 'Ensimmäisen vuoden havaintoja' },
          {
            type: 'ul',
            items: [
              'Alkukartoituksia tehtiin selvästi enemmän kuin edellisenä vuonna',
              'Kotoutumisohjelman aloittaneiden määrä kasvoi',
              'Kielikoulutuksen odotusajat vaihtelivat muutamasta viikosta useisiin kuukausiin',
            ],
          },
        ],
      },
      sv: {
        title: 'Ett år med den nya integrationslagen: kommunerna har kommit i gång',
        summary:
          'Uppföljningen av integrationslagens första år visar att de inledande kartläggningarna nu görs snabbare än tidigare, men köerna till språkutbildningen och skillnaderna mellan kommunerna väcker oro.',
        body: [
          {
            type: 'p',
            text: 'Integrationslagen som trädde i kraft i början av 2025 flyttade huvudansvaret för att främja integrationen till kommunerna. I uppföljningen av det första året bedömer företrädare för kommuner och sysselsättningsområden att samarbetet med arbetskraftsservicen har förbättrats och att de inledande kartläggningarna görs snabbare än förut.',
          },
          {
            type: 'p',
            text: 'Tillgången till språkutbildning varierar dock mellan regionerna, och en del kunder får vänta i flera månader. Små kommuner berättar också att det är svårt att ordna flerspråkig vägledning utan regionalt samarbete.',
          },
          { type: 'h2', text: 'Iakttagelser från det första året' },
          {
            type: 'ul',
            items: [
              'Betydligt fler inledande kartläggningar gjordes än året innan',
              'Antalet personer som inledde ett integrationsprogram ökade',
              'Väntetiderna till språkutbildning varierade från några veckor till flera månader',
            ],
          },
        ],
      },
      en: {
        title: 'One year of Finland’s new Integration Act: municipalities off to a start',
        summary:
          'A follow-up of the first year under Finland’s new Integration Act shows that initial assessments are now carried out faster, but waiting lists for language training and differences between municipalities are a concern.',
        body: [
          {
            type: 'p',
            text: 'The Integration Act that entered into force at the start of 2025 made municipalities primarily responsible for promoting integration. In the follow-up of the first year, representatives of municipalities and employment areas say that co-operation with employment services has improved and that initial assessments are made more quickly than before.',
          },
          {
            type: 'p',
            text: 'Access to language training, however, varies between regions, and some clients have to wait for months. Small municipalities also report that organising multilingual guidance is difficult without regional co-operation.',
          },
          { type: 'h2', text: 'Findings from the first year' },
          {
            type: 'ul',
            items: [
              'Considerably more initial assessments were carried out than the year before',
              'The number of people starting an integration programme increased',
              'Waiting times for language training ranged from a few weeks to several months',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'nordland-rural-municipalities-retain-refugees',
    publishedAt: '2026-01-27',
    themes: ['regional-development', 'housing'],
    countries: ['NO'],
    image: 'village',
    translations: {
      nb: {
        title: 'Slik får distriktskommuner flyktninger til å bli',
        summary:
          'Flere kommuner i Nordland har lykkes med å beholde flyktninger etter introduksjonsprogrammet. Nøkkelen er arbeid, egen bolig og et lokalsamfunn som tar imot.',
        body: [
          {
            type: 'p',
            text: 'Mange distriktskommuner opplever at flyktninger flytter til byene så snart introduksjonsprogrammet er over. En ny kartlegging av kommuner i Nordland viser likevel at noen har klart å snu trenden, og at flere enn før velger å bli boende.',
          },
          {
            type: 'p',
            text: 'Kommunene som lykkes, har tidlig koblet deltakerne til lokale arbeidsgivere innen havbruk, helse og bygg. De har også hjulpet familier med å kjøpe egen bolig med startlån fra Husbanken, noe som gir en annen tilknytning til stedet enn en kommunal leilighet.',
          },
          {
            type: 'ul',
            items: [
              'Arbeidspraksis som fører til fast jobb lokalt',
              'Startlån og veiledning om boligkjøp',
              'Frivillige, lag og foreninger som inviterer nye innbyggere med',
            ],
          },
          {
            type: 'p',
            text: 'Kartleggingen viser også at god kollektivtransport og barnehageplass er viktig for at begge foreldrene skal kunne jobbe.',
          },
        ],
      },
      en: {
        title: 'How rural Norwegian municipalities get refugees to stay',
        summary:
          'Several municipalities in Nordland have succeeded in keeping refugees after the introduction programme ends. The key factors are work, a home of one’s own and a welcoming local community.',
        body: [
          {
            type: 'p',
            text: 'Many rural municipalities find that refugees move to the cities as soon as the introduction programme is over. A new survey of municipalities in Nordland shows, however, that some have managed to reverse the trend, and that more people than before are choosing to stay.',
          },
          {
            type: 'p',
            text: 'The successful municipalities connected participants with local employers in aquaculture, health care and construction at an early stage. They have also helped families buy their own homes with start-up loans from the Norwegian State Housing Bank, which creates a different attachment to the place than renting a municipal flat.',
          },
          {
            type: 'ul',
            items: [
              'Work placements that lead to permanent local jobs',
              'Start-up loans and guidance on buying a home',
              'Volunteers, clubs and associations that invite new residents to join in',
            ],
          },
          {
            type: 'p',
            text: 'The survey also shows that good public transport and access to kindergarten places are important if both parents are to work.',
          },
        ],
      },
    },
  },
  {
    slug: 'sports-clubs-open-doors-for-refugee-children',
    publishedAt: '2026-02-10',
    themes: ['children-and-youth'],
    countries: ['FI', 'NO', 'SE'],
    image: 'sports',
    translations: {
      sv: {
        title: 'Idrottsföreningar öppnar dörrar för barn med flyktingbakgrund',
        summary:
          'En nordisk enkät till lokala idrottsföreningar visar att låga avgifter, utlåning av utrustning och personliga inbjudningar gör stor skillnad för om nyanlända barn börjar idrotta.',
        body: [
          {
            type: 'p',
            text: 'Den organiserade idrotten är en av de viktigaste mötesplatserna för barn och unga i Norden, men barn med flyktingbakgrund deltar mer sällan än sina jämnåriga. En enkät till över 400 föreningar i Finland, Norge och Sverige undersökte vad de mest inkluderande föreningarna gör annorlunda.',
          },
          {
            type: 'ul',
            items: [
              'De håller avgifterna låga eller erbjuder kostnadsfria platser, ofta med stöd från kommunen',
              'De lånar ut fotbollsskor, skridskor och annan utrustning',
              'Tränare eller frivilliga ”föreningskompisar” bjuder in barnen personligen och träffar föräldrarna',
              'De erbjuder aktiviteter för flickor, bland annat träningar enbart för tjejer',
            ],
          },
          {
            type: 'p',
            text: 'Föreningar som samarbetar med skolor och förberedelseklasser når nya familjer mycket snabbare. Flera föreningar berättar också att föräldrar med flyktingbakgrund har blivit tränare och styrelseledamöter.',
          },
        ],
      },
      nb: {
        title: 'Idrettslag åpner dørene for barn med flyktningbakgrunn',
        summary:
          'En nordisk undersøkelse blant lokale idrettslag viser at lave kontingenter, utlån av utstyr og personlige invitasjoner betyr mye for om nyankomne barn begynner med idrett.',
        body: [
          {
            type: 'p',
            text: 'Den organiserte idretten er en av de viktigste møteplassene for barn og unge i Norden, men barn med flyktningbakgrunn deltar sjeldnere enn jevnaldrende. En spørreundersøkelse blant over 400 idrettslag i Finland, Norge og Sverige så på hva de mest inkluderende lagene gjør annerledes.',
          },
          {
            type: 'ul',
            items: [
              'De holder kontingentene lave eller tilbyr gratis plasser, ofte med støtte fra kommunen',
              'De låner ut fotballsko, skøyter og annet utstyr',
              'Trenere eller frivillige «klubbvenner» inviterer barna personlig og møter foreldrene',
              'De har aktiviteter for jenter, blant annet egne jentetreninger',
            ],
          },
          {
            type: 'p',
            text: 'Lag som samarbeider med skoler og innføringsklasser, når nye familier mye raskere. Flere lag forteller også at foreldre med flyktningbakgrunn har blitt trenere og styremedlemmer.',
          },
        ],
      },
      da: {
        title: 'Idrætsforeninger åbner dørene for børn med flygtningebaggrund',
        summary:
          'En nordisk undersøgelse blandt lokale idrætsforeninger viser, at lavt kontingent, udlån af udstyr og personlige invitationer har stor betydning for, om nyankomne børn begynder at dyrke idræt.',
        body: [
          {
            type: 'p',
            text: 'Foreningsidrætten er et af de vigtigste mødesteder for børn og unge i Norden, men børn med flygtningebaggrund deltager sjældnere end deres jævnaldrende. En spørgeskemaundersøgelse blandt mere end 400 foreninger i Finland, Norge og Sverige har set på, hvad de mest inkluderende foreninger gør anderledes.',
          },
          {
            type: 'ul',
            items: [
              'De holder kontingentet lavt eller tilbyder gratis pladser, ofte med støtte fra kommunen',
              'De låner fodboldstøvler, skøjter og andet udstyr ud',
              'Trænere eller frivillige »foreningsvenner« inviterer børnene personligt og møder forældrene',
              'De tilbyder aktiviteter for piger, blandt andet træning kun for piger',
            ],
          },
          {
            type: 'p',
            text: 'Foreninger, der samarbejder med skoler og modtagelsesklasser, når langt hurtigere ud til nye familier. Flere foreninger fortæller også, at forældre med flygtningebaggrund er blevet trænere og bestyrelsesmedlemmer.',
          },
        ],
      },
      fi: {
        title: 'Urheiluseurat avaavat ovensa pakolaistaustaisille lapsille',
        summary:
          'Paikallisille urheiluseuroille tehty pohjoismainen kysely osoittaa, että matalat maksut, välineiden lainaus ja henkilökohtainen kutsu vaikuttavat paljon siihen, lähtevätkö vasta maahan tulleet lapset mukaan harrastukseen.',
        body: [
          {
            type: 'p',
            text: 'Urheiluseurat ovat Pohjoismaissa lasten ja nuorten tärkeimpiä kohtaamispaikkoja, mutta pakolaistaustaiset lapset osallistuvat toimintaan ikätovereitaan harvemmin. Yli 400 suomalaiselle, norjalaiselle ja ruotsalaiselle seuralle tehdyssä kyselyssä selvitettiin, mitä osallistavimmat seurat tekevät toisin.',
          },
          {
            type: 'ul',
            items: [
              'Ne pitävät maksut matalina tai tarjoavat maksuttomia paikkoja, usein kunnan tuella',
              'Ne lainaavat jalkapallokenkiä, luistimia ja muita välineitä',
              'Valmentajat tai vapaaehtoiset ”seurakaverit” kutsuvat lapset henkilökohtaisesti mukaan ja tapaavat vanhempia',
              'Ne tarjoavat toimintaa tytöille, myös pelkästään tytöille tarkoitettuja harjoituksia',
            ],
          },
          {
            type: 'p',
            text: 'Seurat, jotka tekevät yhteistyötä koulujen ja valmistavan opetuksen ryhmien kanssa, tavoittavat uudet perheet paljon nopeammin. Useat seurat kertovat myös, että pakolaistaustaisista vanhemmista on tullut valmentajia ja hallituksen jäseniä.',
          },
        ],
      },
      is: {
        title: 'Íþróttafélög opna dyrnar fyrir börnum með flóttabakgrunn',
        summary:
          'Norræn könnun meðal íþróttafélaga sýnir að lág æfingagjöld, lán á búnaði og persónuleg boð skipta miklu um það hvort nýkomin börn byrja að æfa íþróttir.',
        body: [
          {
            type: 'p',
            text: 'Skipulagt íþróttastarf er einn mikilvægasti vettvangur barna og ungmenna á Norðurlöndum til að hittast, en börn með flóttabakgrunn taka sjaldnar þátt en jafnaldrar þeirra. Í könnun meðal rúmlega 400 félaga í Finnlandi, Noregi og Svíþjóð var skoðað hvað þau félög sem best ná til allra barna gera öðruvísi.',
          },
          {
            type: 'ul',
            items: [
              'Þau halda æfingagjöldum lágum eða bjóða ókeypis pláss, oft með stuðningi sveitarfélagsins',
              'Þau lána fótboltaskó, skauta og annan búnað',
              'Þjálfarar eða sjálfboðaliðar bjóða börnunum persónulega að vera með og hitta foreldrana',
              'Þau bjóða upp á starf fyrir stúlkur, meðal annars æfingar eingöngu fyrir stelpur',
            ],
          },
          {
            type: 'p',
            text: 'Félög sem vinna með skólum og móttökudeildum ná mun fyrr til nýrra fjölskyldna. Nokkur félög segja einnig frá því að foreldrar með flóttabakgrunn hafi orðið þjálfarar og stjórnarmenn.',
          },
        ],
      },
      en: {
        title: 'Sports clubs open their doors to children with a refugee background',
        summary:
          'A Nordic survey of local sports clubs shows that low fees, equipment loans and personal invitations make a big difference to whether newly arrived children take up a sport.',
        body: [
          {
            type: 'p',
            text: 'Organised sport is one of the most important meeting places for children and young people in the Nordic countries, yet children with a refugee background take part less often than their peers. A survey of more than 400 clubs in Finland, Norway and Sweden looked at what the most inclusive clubs do differently.',
          },
          {
            type: 'ul',
            items: [
              'They keep fees low or offer free places, often with support from the municipality',
              'They lend out football boots, skates and other equipment',
              'Coaches or volunteer “club buddies” invite children personally and meet their parents',
              'They offer activities for girls, including girls-only training sessions',
            ],
          },
          {
            type: 'p',
            text: 'Clubs that work with schools and reception classes reach new families much faster. Several clubs also report that parents with a refugee background have gone on to become coaches and board members.',
          },
        ],
      },
    },
  },
  {
    slug: 'westfjords-icelandic-lessons-at-work',
    publishedAt: '2026-02-24',
    themes: ['labour-market', 'regional-development'],
    countries: ['IS'],
    image: 'harbour',
    translations: {
      is: {
        title: 'Íslenskukennsla á vinnustað á Vestfjörðum',
        summary:
          'Fiskvinnslur og fiskeldisfyrirtæki á Vestfjörðum bjóða starfsfólki af erlendum uppruna íslenskukennslu á vinnutíma í samstarfi við símenntunarmiðstöðina á svæðinu.',
        body: [
          {
            type: 'p',
            text: 'Á Vestfjörðum er hlutfall íbúa af erlendum uppruna hátt og í sumum þorpum er meirihluti starfsfólks í fiskvinnslu fæddur erlendis. Margir hafa búið á svæðinu árum saman en hafa haft fá tækifæri til að læra íslensku.',
          },
          {
            type: 'p',
            text: 'Í nýja verkefninu er kennt tvisvar í viku á vinnustaðnum, í litlum hópum og með áherslu á orðaforða sem nýtist í starfi og daglegu lífi. Fyrirtækin greiða fyrir vinnutímann en stéttarfélög og sveitarfélög styðja verkefnið í gegnum fræðslusjóði.',
          },
          {
            type: 'p',
            text: 'Þátttakendur segjast nú eiga auðveldara með að lesa öryggisleiðbeiningar, tala við samstarfsfólk og taka þátt í foreldrastarfi í skólum barna sinna.',
          },
        ],
      },
      en: {
        title: 'Icelandic lessons at work in the Westfjords',
        summary:
          'Fish processing and aquaculture companies in the Westfjords are offering employees of foreign origin Icelandic lessons during working hours, in co-operation with the regional adult learning centre.',
        body: [
          {
            type: 'p',
            text: 'The Westfjords have a high share of residents of foreign origin, and in some villages most of the staff in fish processing were born abroad. Many have lived in the region for years but have had few opportunities to learn Icelandic.',
          },
          {
            type: 'p',
            text: 'In the new project, lessons take place twice a week at the workplace, in small groups and with a focus on vocabulary that is useful at work and in daily life. The companies pay for the working time, while trade unions and municipalities support the project through education funds.',
          },
          {
            type: 'p',
            text: 'Participants say they now find it easier to read safety instructions, talk to colleagues and take part in parent activities at their children’s schools.',
          },
        ],
      },
    },
  },
  {
    slug: 'more-companies-use-igu',
    publishedAt: '2026-03-10',
    themes: ['labour-market'],
    countries: ['DK'],
    translations: {
      da: {
        title: 'Flere virksomheder bruger integrationsgrunduddannelsen',
        summary:
          'Antallet af igu-forløb er steget, viser en ny opgørelse. Især virksomheder inden for landbrug, byggeri og ældrepleje bruger ordningen til at uddanne nye medarbejdere.',
        body: [
          {
            type: 'p',
            text: 'Integrationsgrunduddannelsen, igu, kombinerer lønnet praktik i en virksomhed med skoleundervisning og giver flygtninge og familiesammenførte mulighed for at opbygge erfaring og kvalifikationer over to år. Den nye opgørelse viser, at flere virksomheder har taget ordningen i brug, og at en stor del af dem, der gennemfører forløbet, efterfølgende er i job eller uddannelse.',
          },
          {
            type: 'p',
            text: 'Virksomhederne fremhæver, at de får tid til at oplære medarbejderen, mens medarbejderen får undervisning, der passer til jobbet. Samtidig peger flere på, at det administrative arbejde kan være tungt for små virksomheder, og at det er svært at finde skoleforløb, der passer til den enkelte branche.',
          },
          { type: 'h2', text: 'Det efterlyser virksomhederne' },
          {
            type: 'ul',
            items: [
              'Én indgang i kommunen, der hjælper med papirarbejdet',
              'Flere brancherettede skoleforløb tæt på arbejdspladsen',
              'Bedre mulighed for at kombinere igu med danskuddannelse',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'civic-orientation-reaches-family-migrants',
    publishedAt: '2026-03-24',
    themes: ['social-services'],
    countries: ['SE'],
    image: 'classroom',
    translations: {
      sv: {
        title: 'Kommuner når fler anhöriginvandrare med samhällsorientering',
        summary:
          'Flera kommuner i Västra Götaland har ändrat arbetssätt för att nå anhöriginvandrare, som tidigare sällan deltog i samhällsorienteringen. Kvällskurser, barnpassning och undervisning på modersmålet har höjt deltagandet.',
        body: [
          {
            type: 'p',
            text: 'Samhällsorienteringen ska ge nyanlända grundläggande kunskaper om det svenska samhället, om rättigheter och skyldigheter och om hur vardagen fungerar. Anhöriginvandrare, ofta kvinnor som har kommit till en make som redan bor i Sverige, har länge varit svåra att nå eftersom de inte alltid omfattas av etableringsprogrammet.',
          },
          {
            type: 'p',
            text: 'Genom att erbjuda kurser på kvällar och helger, ordna barnpassning och sprida information via hembesök, förskolor och trossamfund har kommunerna fått betydligt fler att delta. Samhällskommunikatörerna undervisar på deltagarnas modersmål, och kursen avslutas med ett studiebesök i kommunhuset.',
          },
          {
            type: 'p',
            text: 'Kommunerna ska nu sammanställa sina erfarenheter i en gemensam handledning som andra kommuner kan använda.',
          },
        ],
      },
    },
  },
  {
    slug: 'toolkit-trauma-informed-work',
    publishedAt: '2026-04-07',
    themes: ['social-services'],
    countries: ['DK', 'FI', 'SE'],
    translations: {
      sv: {
        title: 'Nytt stöd för traumamedvetet arbete med flyktingar',
        summary:
          'Ett nordiskt verktygsstöd hjälper kommunal personal att känna igen tecken på trauma och bemöta människor på ett sätt som främjar återhämtning i stället för att skapa mer stress.',
        body: [
          {
            type: 'p',
            text: 'Många flyktingar har upplevt krig, förföljelse eller farliga resor. De flesta klarar sig bra, men en betydande minoritet har sömnproblem, ångest eller svårt att koncentrera sig, vilket kan göra språkstudier och praktik svårare. Det är ofta personalen i det dagliga arbetet som märker det först.',
          },
          {
            type: 'p',
            text: 'Verktygsstödet har tagits fram tillsammans med yrkesverksamma i Danmark, Finland och Sverige och är ingen behandlingsmanual. Det ger handläggare, lärare och personal i mottagandet praktiska råd om förutsägbara rutiner, tydlig information, samarbete med tolk och när någon bör hänvisas vidare till vården.',
          },
          {
            type: 'ul',
            items: [
              'Korta filmer på alla nordiska språk och på engelska',
              'Checklistor för första mötet och för uppföljande samtal',
              'Råd om hur personalen kan ta hand om sin egen hälsa',
            ],
          },
        ],
      },
      nb: {
        title: 'Nytt verktøy for traumebevisst arbeid med flyktninger',
        summary:
          'En nordisk verktøykasse hjelper ansatte i kommunene med å kjenne igjen tegn på traumer og møte mennesker på en måte som fremmer bedring framfor å skape mer stress.',
        body: [
          {
            type: 'p',
            text: 'Mange flyktninger har opplevd krig, forfølgelse eller farefulle reiser. De fleste klarer seg godt, men et betydelig mindretall sliter med søvnproblemer, angst eller konsentrasjonsvansker, noe som kan gjøre språkopplæring og arbeidspraksis vanskeligere. Det er ofte de ansatte i førstelinjen som merker det først.',
          },
          {
            type: 'p',
            text: 'Verktøykassen er utviklet sammen med fagfolk i Danmark, Finland og Sverige og er ingen behandlingsmanual. Den gir veiledere, lærere og ansatte i mottaket praktiske råd om forutsigbare rutiner, tydelig informasjon, samarbeid med tolk og når noen bør henvises videre til helsetjenesten.',
          },
          {
            type: 'ul',
            items: [
              'Korte videoer på alle de nordiske språkene og på engelsk',
              'Sjekklister for første møte og for oppfølgingssamtaler',
              'Råd om hvordan de ansatte kan ivareta sin egen helse',
            ],
          },
        ],
      },
      da: {
        title: 'Nyt værktøj til traumebevidst arbejde med flygtninge',
        summary:
          'En nordisk værktøjskasse hjælper kommunale medarbejdere med at genkende tegn på traumer og møde borgerne på en måde, der fremmer bedring frem for at skabe mere stress.',
        body: [
          {
            type: 'p',
            text: 'Mange flygtninge har oplevet krig, forfølgelse eller farlige rejser. De fleste klarer sig godt, men et betydeligt mindretal kæmper med søvnproblemer, angst eller koncentrationsbesvær, som kan gøre sprogundervisning og praktik sværere. Det er ofte medarbejderne i frontlinjen, der opdager det først.',
          },
          {
            type: 'p',
            text: 'Værktøjskassen er udviklet sammen med fagfolk i Danmark, Finland og Sverige og er ikke en behandlingsmanual. Den giver sagsbehandlere, undervisere og medarbejdere i modtagelsen praktiske råd om forudsigelige rutiner, klar information, samarbejde med tolke og om, hvornår en borger bør henvises til sundhedsvæsenet.',
          },
          {
            type: 'ul',
            items: [
              'Korte videoer på alle de nordiske sprog og på engelsk',
              'Tjeklister til første møde og til opfølgende samtaler',
              'Råd om, hvordan medarbejderne passer på deres egen trivsel',
            ],
          },
        ],
      },
      fi: {
        title: 'Uusi työkalu traumatietoiseen työhön pakolaisten kanssa',
        summary:
          'Pohjoismainen työkalupakki auttaa kuntien työntekijöitä tunnistamaan trauman merkkejä ja kohtaamaan asiakkaat tavalla, joka tukee toipumista eikä lisää kuormitusta.',
        body: [
          {
            type: 'p',
            text: 'Monet pakolaiset ovat kokeneet sotaa, vainoa tai vaarallisen pakomatkan. Useimmat selviytyvät hyvin, mutta merkittävä vähemmistö kärsii unihäiriöistä, ahdistuksesta tai keskittymisvaikeuksista, jotka voivat vaikeuttaa kieliopintoja ja työharjoittelua. Usein asiakastyötä tekevät huomaavat oireet ensimmäisinä.',
          },
          {
            type: 'p',
            text: 'Tanskalaisten, suomalaisten ja ruotsalaisten ammattilaisten kanssa kehitetty työkalupakki ei ole hoito-opas. Se antaa ohjaajille, opettajille ja vastaanoton työntekijöille käytännön neuvoja ennakoitavista rutiineista, selkeästä tiedottamisesta, tulkin kanssa työskentelystä ja siitä, milloin asiakas on syytä ohjata terveyspalveluihin.',
          },
          {
            type: 'ul',
            items: [
              'Lyhyitä videoita kaikilla pohjoismaisilla kielillä ja englanniksi',
              'Tarkistuslistoja ensitapaamiseen ja seurantakeskusteluihin',
              'Neuvoja työntekijöiden oman jaksamisen tukemiseen',
            ],
          },
        ],
      },
      is: {
        title: 'Nýtt verkfærasett fyrir áfallamiðaða vinnu með flóttafólki',
        summary:
          'Norrænt verkfærasett hjálpar starfsfólki sveitarfélaga að þekkja einkenni áfalla og mæta fólki á þann hátt að það styðji bata í stað þess að auka álag.',
        body: [
          {
            type: 'p',
            text: 'Margt flóttafólk hefur upplifað stríð, ofsóknir eða hættuleg ferðalög. Flestum vegnar vel, en umtalsverður minnihluti glímir við svefnvanda, kvíða eða einbeitingarerfiðleika sem geta gert tungumálanám og starfsþjálfun erfiðari. Starfsfólk í framlínunni er oft fyrst til að taka eftir því.',
          },
          {
            type: 'p',
            text: 'Verkfærasettið var þróað í samstarfi við fagfólk í Danmörku, Finnlandi og Svíþjóð og er ekki meðferðarhandbók. Það veitir ráðgjöfum, kennurum og starfsfólki í móttöku hagnýt ráð um fyrirsjáanlegt skipulag, skýra upplýsingagjöf, samstarf við túlka og hvenær rétt sé að vísa fólki áfram til heilbrigðisþjónustunnar.',
          },
          {
            type: 'ul',
            items: [
              'Stutt myndbönd á öllum norrænu tungumálunum og á ensku',
              'Gátlistar fyrir fyrsta fund og eftirfylgnisamtöl',
              'Ráð um hvernig starfsfólk getur hugað að eigin líðan',
            ],
          },
        ],
      },
      en: {
        title: 'New toolkit for trauma-informed work with refugees',
        summary:
          'A Nordic toolkit helps frontline staff in municipalities recognise signs of trauma and respond in ways that support recovery rather than add to stress.',
        body: [
          {
            type: 'p',
            text: 'Many refugees have experienced war, persecution or dangerous journeys. Most cope well, but a significant minority struggle with sleep problems, anxiety or difficulty concentrating, which can make language training and work placements harder. Frontline staff are often the first to notice.',
          },
          {
            type: 'p',
            text: 'The toolkit, developed with practitioners in Denmark, Finland and Sweden, is not a treatment manual. It gives caseworkers, teachers and reception staff practical advice on predictable routines, clear information, working with interpreters and when to refer someone to health services.',
          },
          {
            type: 'ul',
            items: [
              'Short videos in all the Nordic languages and in English',
              'Checklists for first meetings and follow-up conversations',
              'Advice on how staff can look after their own wellbeing',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'aland-small-businesses-work-trials',
    publishedAt: '2026-04-21',
    themes: ['labour-market', 'regional-development'],
    countries: ['AX'],
    image: 'harbour',
    translations: {
      sv: {
        title: 'Åländska småföretag hittar personal genom arbetsprövning',
        summary:
          'På Åland har ett trettiotal småföretag tagit emot inflyttade från andra länder på arbetsprövning. Många har fått anställning efteråt, särskilt inom besöksnäringen och sjöfarten.',
        body: [
          {
            type: 'p',
            text: 'Åländska småföretag har svårt att hitta personal, särskilt under sommarsäsongen. Samtidigt har många inflyttade från andra länder svårt att få sitt första jobb på öarna, ofta på grund av att de saknar kontakter och tillräckliga kunskaper i svenska.',
          },
          {
            type: 'p',
            text: 'Arbetsprövningen pågår i upp till tre månader och kombineras med svenskundervisning en dag i veckan. Landskapets arbetsmarknadsmyndighet står för försäkring och handledning, medan företaget utser en kontaktperson på arbetsplatsen.',
          },
          {
            type: 'p',
            text: 'Företagarna säger att arbetsprövningen sänker tröskeln för att anställa någon de inte känner, och flera har redan anställt för andra säsongen i rad.',
          },
        ],
      },
      fi: {
        title: 'Ahvenanmaan pienyritykset löytävät työntekijöitä työkokeilun avulla',
        summary:
          'Ahvenanmaalla noin kolmekymmentä pienyritystä on ottanut ulkomailta muuttaneita työkokeiluun. Moni heistä on työllistynyt kokeilun jälkeen, erityisesti matkailu- ja merenkulkualalle.',
        body: [
          {
            type: 'p',
            text: 'Ahvenanmaan pienyritysten on vaikea löytää työntekijöitä etenkin kesäsesongin aikana. Samaan aikaan monen ulkomailta muuttaneen on vaikea saada ensimmäistä työpaikkaansa saarilla, usein siksi, että verkostot ja ruotsin kielen taito puuttuvat.',
          },
          {
            type: 'p',
            text: 'Työkokeilu kestää enintään kolme kuukautta, ja siihen yhdistetään ruotsin opetusta kerran viikossa. Maakunnan työvoimaviranomainen vastaa vakuutuksista ja ohjauksesta, ja yritys nimeää työpaikalle yhteyshenkilön.',
          },
          {
            type: 'p',
            text: 'Yrittäjien mukaan työkokeilu madaltaa kynnystä palkata entuudestaan tuntematon ihminen, ja useat ovat jo palkanneet työntekijän toiseksi peräkkäiseksi kaudeksi.',
          },
        ],
      },
    },
  },
  {
    slug: 'klaksvik-faroese-for-newly-arrived-children',
    publishedAt: '2026-05-12',
    themes: ['children-and-youth'],
    countries: ['FO'],
    image: 'classroom',
    translations: {
      da: {
        title: 'Klaksvík styrker færøskundervisningen for nyankomne børn',
        summary:
          'Skolerne i Klaksvík har oprettet et modtagelsesforløb, hvor børn, der flytter til Færøerne fra udlandet, får intensiv undervisning i færøsk, samtidig med at de går i almindelig klasse en del af dagen.',
        body: [
          {
            type: 'p',
            text: 'Stadig flere familier flytter til Færøerne fra udlandet, og i flere bygder går der nu børn med mange forskellige modersmål i skolen. Klaksvík har derfor samlet sin modtagelse af nye elever i et forløb, der varer op til et år.',
          },
          {
            type: 'p',
            text: 'Eleverne får daglig undervisning i færøsk på små hold, men deltager fra begyndelsen i fag som idræt, musik og matematik sammen med klassekammeraterne. Forældrene inviteres til møder med tolk, og skolen samarbejder med fritidsklubber og idrætsforeninger, så børnene hurtigt får venner.',
          },
          {
            type: 'p',
            text: 'Lærerne efterlyser flere undervisningsmaterialer i færøsk som andetsprog, som i dag stort set ikke findes.',
          },
        ],
      },
      en: {
        title: 'Klaksvík steps up Faroese teaching for newly arrived children',
        summary:
          'Schools in Klaksvík have set up a reception programme in which children moving to the Faroe Islands from abroad receive intensive Faroese lessons while spending part of the day in a regular class.',
        body: [
          {
            type: 'p',
            text: 'More and more families are moving to the Faroe Islands from abroad, and schools in several villages now have pupils with many different mother tongues. Klaksvík has therefore brought its reception of new pupils together in a programme lasting up to a year.',
          },
          {
            type: 'p',
            text: 'Pupils have daily Faroese lessons in small groups but join their classmates for subjects such as physical education, music and mathematics from the start. Parents are invited to meetings with an interpreter, and the school works with youth clubs and sports clubs so that the children quickly make friends.',
          },
          {
            type: 'p',
            text: 'Teachers are calling for more teaching materials for Faroese as a second language, which hardly exist today.',
          },
        ],
      },
    },
  },
  {
    slug: 'malmo-shared-flats-for-young-people',
    publishedAt: '2026-06-16',
    themes: ['housing', 'children-and-youth'],
    countries: ['SE'],
    image: 'housing-meeting',
    translations: {
      sv: {
        title: 'Malmö prövar kompisboende för unga som kom ensamma',
        summary:
          'I ett försök i Malmö delar unga vuxna som kom till Sverige som ensamkommande barn lägenhet med studenter. Syftet är att ge både ett tryggt boende och ett nätverk när stödet från socialtjänsten upphör.',
        body: [
          {
            type: 'p',
            text: 'När unga som kom ensamma till Sverige fyller 21 år upphör ofta det stöd de har fått från socialtjänsten. Många har svårt att få ett förstahandskontrakt i en stad med stor bostadsbrist, och risken för trångboddhet och otrygga andrahandskontrakt är hög.',
          },
          {
            type: 'p',
            text: 'I försöket hyr ett kommunalt bostadsbolag ut större lägenheter där två unga vuxna och en eller två studenter bor tillsammans. Hyresgästerna skriver egna kontrakt, och en boendekoordinator finns tillgänglig under det första året.',
          },
          {
            type: 'p',
            text: 'De första erfarenheterna är positiva. De unga säger att de har fått hjälp med studier och jobbsökande, och studenterna berättar att de har fått nya vänner och en bättre förståelse för vad det innebär att bygga upp ett liv i ett nytt land.',
          },
        ],
      },
      en: {
        title: 'Malmö tries shared flats for young people who arrived alone',
        summary:
          'In a pilot project in Malmö, young adults who came to Sweden as unaccompanied minors share flats with students. The aim is to provide both a secure home and a network once support from social services ends.',
        body: [
          {
            type: 'p',
            text: 'When young people who came to Sweden alone turn 21, the support they have received from social services often comes to an end. Many struggle to get a first-hand tenancy in a city with a severe housing shortage, and the risk of overcrowding and insecure sublets is high.',
          },
          {
            type: 'p',
            text: 'In the pilot, a municipal housing company rents out larger flats in which two young adults and one or two students live together. The tenants sign their own contracts, and a housing coordinator is available during the first year.',
          },
          {
            type: 'p',
            text: 'Early experience is positive. The young people say they have had help with their studies and job-seeking, and the students say they have made new friends and gained a better understanding of what it takes to build a life in a new country.',
          },
        ],
      },
    },
  },
  {
    slug: 'kindergarten-from-day-one-helps-mothers',
    publishedAt: '2026-08-25',
    themes: ['children-and-youth', 'labour-market'],
    countries: ['NO'],
    translations: {
      nb: {
        title: 'Barnehageplass fra første dag hjelper flere mødre gjennom programmet',
        summary:
          'Kommuner som tilbyr barnehageplass fra første dag til barn av deltakere i introduksjonsprogrammet, ser at flere mødre fullfører programmet. Nå vil flere kommuner følge etter.',
        body: [
          {
            type: 'p',
            text: 'Mange kvinner i introduksjonsprogrammet har små barn, og mangel på barnehageplass er en av de vanligste grunnene til fravær og permisjoner. Noen kommuner har derfor valgt å tilby barnehageplass fra første dag i programmet, uten ventetid og uten foreldrebetaling det første året.',
          },
          {
            type: 'p',
            text: 'Erfaringene er gode. Mødrene deltar mer stabilt i norskopplæringen, og barna får et bedre språklig utgangspunkt før skolestart. Barnehagene melder at samarbeidet med foreldrene blir tettere når de møtes hver dag.',
          },
          {
            type: 'p',
            text: 'Flere kommuner vurderer nå å innføre samme ordning, men peker på at den krever ledig kapasitet i barnehagene og tett samarbeid mellom flyktningtjenesten og barnehagesektoren.',
          },
        ],
      },
    },
  },
  {
    slug: 'reykjavik-conference-small-communities',
    publishedAt: '2026-09-14',
    themes: ['regional-development', 'labour-market'],
    countries: ['IS', 'FO', 'GL'],
    image: 'seminar',
    translations: {
      sv: {
        title: 'Konferens i Reykjavik satte små samhällen i centrum',
        summary:
          'Den årliga nordiska integrationskonferensen, som i år hölls i Reykjavik, handlade om hur små och avlägset belägna samhällen kan ta emot nya invånare och få dem att vilja stanna.',
        body: [
          {
            type: 'p',
            text: 'Invandrare utgör i dag en stor och växande andel av befolkningen på många små orter på Island, Färöarna och Grönland, ofta tack vare jobb inom fiske, turism och omsorg. Under två dagar jämförde kommunanställda, forskare och företrädare för civilsamhället från hela Norden sina erfarenheter.',
          },
          {
            type: 'p',
            text: 'Ett återkommande tema var att små samhällen har fördelar som större städer saknar: korta avstånd till beslutsfattarna, personliga relationer och synliga jobb. Samtidigt saknas det ofta tolkar, specialiserade lärare och bostäder.',
          },
          {
            type: 'ul',
            items: [
              'Dela språklärare och tolkar mellan kommuner, bland annat genom fjärrundervisning',
              'Låt lokala arbetsgivare delta i mottagandet av nya invånare, inte bara i rekryteringen',
              'Se till att information finns på de språk som människor faktiskt talar',
            ],
          },
          { type: 'p', text: 'Nästa konferens hålls hösten 2027.' },
        ],
      },
      nb: {
        title: 'Konferanse i Reykjavík satte små lokalsamfunn i sentrum',
        summary:
          'Den årlige nordiske integreringskonferansen, som i år ble holdt i Reykjavík, handlet om hvordan små og avsidesliggende lokalsamfunn kan ta imot nye innbyggere og få dem til å ville bli.',
        body: [
          {
            type: 'p',
            text: 'Innvandrere utgjør i dag en stor og voksende andel av befolkningen på mange små steder på Island, Færøyene og Grønland, ofte på grunn av arbeid innen fiske, turisme og omsorg. I to dager sammenlignet kommuneansatte, forskere og frivillige organisasjoner fra hele Norden erfaringene sine.',
          },
          {
            type: 'p',
            text: 'Et gjennomgående tema var at små lokalsamfunn har fordeler som større byer mangler: kort vei til beslutningstakerne, personlige relasjoner og synlige arbeidsplasser. Samtidig mangler de ofte tolker, spesialiserte lærere og boliger.',
          },
          {
            type: 'ul',
            items: [
              'Del språklærere og tolker mellom kommuner, blant annet gjennom fjernundervisning',
              'La lokale arbeidsgivere delta i mottaket av nye innbyggere, ikke bare i rekrutteringen',
              'Sørg for at informasjon finnes på de språkene folk faktisk snakker',
            ],
          },
          { type: 'p', text: 'Neste konferanse holdes høsten 2027.' },
        ],
      },
      da: {
        title: 'Konference i Reykjavik satte små samfund i centrum',
        summary:
          'Den årlige nordiske integrationskonference, der i år blev holdt i Reykjavik, handlede om, hvordan små og afsides beliggende samfund kan tage imod nye borgere og få dem til at blive.',
        body: [
          {
            type: 'p',
            text: 'Indvandrere udgør i dag en stor og voksende andel af befolkningen i mange små byer i Island, på Færøerne og i Grønland, ofte på grund af job inden for fiskeri, turisme og omsorg. I to dage sammenlignede kommunalt ansatte, forskere og civilsamfundsorganisationer fra hele Norden deres erfaringer.',
          },
          {
            type: 'p',
            text: 'Et gennemgående tema var, at små samfund har fordele, som større byer mangler: kort afstand til beslutningstagerne, personlige relationer og synlige arbejdspladser. Til gengæld mangler de ofte tolke, specialiserede lærere og boliger.',
          },
          {
            type: 'ul',
            items: [
              'Del sproglærere og tolke mellem kommuner, blandt andet via fjernundervisning',
              'Inddrag lokale arbejdsgivere i modtagelsen af nye borgere, ikke kun i rekrutteringen',
              'Sørg for, at informationen findes på de sprog, folk faktisk taler',
            ],
          },
          { type: 'p', text: 'Næste konference holdes i efteråret 2027.' },
        ],
      },
      fi: {
        title: 'Reykjavíkin konferenssi nosti pienet yhteisöt keskiöön',
        summary:
          'Vuotuinen pohjoismainen kotoutumiskonferenssi pidettiin tänä vuonna Reykjavíkissa. Siellä pohdittiin, miten pienet ja syrjäiset yhteisöt voivat ottaa vastaan uusia asukkaita ja saada heidät jäämään.',
        body: [
          {
            type: 'p',
            text: 'Maahan muuttaneiden osuus väestöstä on nykyään suuri ja kasvava monilla pienillä paikkakunnilla Islannissa, Färsaarilla ja Grönlannissa, usein kalastuksen, matkailun ja hoiva-alan työpaikkojen vuoksi. Kuntien työntekijät, tutkijat ja järjestöjen edustajat eri puolilta Pohjolaa vertailivat kahden päivän ajan kokemuksiaan.',
          },
          {
            type: 'p',
            text: 'Toistuva teema oli, että pienillä yhteisöillä on etuja, joita suurilta kaupungeilta puuttuu: lyhyt matka päättäjien luo, henkilökohtaiset suhteet ja näkyvät työpaikat. Samalla niiltä puuttuu usein tulkkeja, erikoistuneita opettajia ja asuntoja.',
          },
          {
            type: 'ul',
            items: [
              'Kieltenopettajia ja tulkkeja jaetaan kuntien kesken esimerkiksi etäopetuksen avulla',
              'Paikalliset työnantajat otetaan mukaan uusien asukkaiden vastaanottoon eikä vain rekrytointiin',
              'Tietoa tarjotaan niillä kielillä, joita ihmiset todella puhuvat',
            ],
          },
          { type: 'p', text: 'Seuraava konferenssi järjestetään syksyllä 2027.' },
        ],
      },
      is: {
        title: 'Ráðstefna í Reykjavík setti lítil samfélög í forgrunn',
        summary:
          'Árleg norræn ráðstefna um inngildingu var haldin í Reykjavík í ár og fjallaði um hvernig lítil og afskekkt samfélög geta tekið á móti nýjum íbúum og fengið þá til að setjast að.',
        body: [
          {
            type: 'p',
            text: 'Innflytjendur eru nú stór og vaxandi hluti íbúa í mörgum litlum bæjum á Íslandi, í Færeyjum og á Grænlandi, oft vegna starfa í sjávarútvegi, ferðaþjónustu og umönnun. Í tvo daga báru starfsmenn sveitarfélaga, fræðimenn og fulltrúar félagasamtaka frá öllum Norðurlöndum saman reynslu sína.',
          },
          {
            type: 'p',
            text: 'Rauður þráður í umræðunum var að lítil samfélög hafa kosti sem stærri borgir skortir: stuttar boðleiðir til þeirra sem taka ákvarðanir, persónuleg tengsl og sýnileg störf. Á hinn bóginn vantar þar oft túlka, sérhæfða kennara og húsnæði.',
          },
          {
            type: 'ul',
            items: [
              'Sveitarfélög geta samnýtt tungumálakennara og túlka, meðal annars með fjarkennslu',
              'Fá má atvinnurekendur á staðnum til að taka þátt í móttöku nýrra íbúa, ekki aðeins í ráðningum',
              'Tryggja þarf að upplýsingar séu til á þeim tungumálum sem fólk talar í raun',
            ],
          },
          { type: 'p', text: 'Næsta ráðstefna verður haldin haustið 2027.' },
        ],
      },
      en: {
        title: 'Reykjavík conference puts small communities at the centre',
        summary:
          'The annual Nordic integration conference, held in Reykjavík this year, focused on how small and remote communities can welcome newcomers and make them want to stay.',
        body: [
          {
            type: 'p',
            text: 'Immigrants now make up a large and growing share of the population in many small towns in Iceland, the Faroe Islands and Greenland, often because of jobs in fishing, tourism and care. Over two days, municipal staff, researchers and civil society organisations from across the Nordic region compared their experiences.',
          },
          {
            type: 'p',
            text: 'A recurring theme was that small communities have advantages that larger cities lack: short distances to decision-makers, personal relationships and visible jobs. At the same time, they often lack interpreters, specialised teachers and housing.',
          },
          {
            type: 'ul',
            items: [
              'Share language teachers and interpreters between municipalities, including through remote teaching',
              'Involve local employers in welcoming new residents, not only in recruiting them',
              'Make sure information is available in the languages people actually speak',
            ],
          },
          { type: 'p', text: 'The next conference will be held in autumn 2027.' },
        ],
      },
    },
  },
  {
    slug: 'oulu-volunteer-family-mentors',
    publishedAt: '2026-10-06',
    themes: ['social-services'],
    countries: ['FI'],
    image: 'mentoring',
    translations: {
      fi: {
        title: 'Vapaaehtoiset perhekummit tukevat uusia perheitä Oulussa',
        summary:
          'Oulussa vapaaehtoiset perhekummit auttavat vasta muuttaneita perheitä arjen asioissa ensimmäisen vuoden ajan. Toiminta on tuonut kaupunkiin myös uusia ystävyyssuhteita.',
        body: [
          {
            type: 'p',
            text: 'Uudessa maassa moni arkinen asia voi tuntua vaikealta: miten varataan aika neuvolaan, mitä lapsi tarvitsee kouluun tai mistä löytää harrastus. Oulussa järjestöt ja kaupunki ovat yhdessä kouluttaneet vapaaehtoisia perhekummeja, jotka tapaavat heille osoitettua perhettä parin viikon välein noin vuoden ajan.',
          },
          {
            type: 'p',
            text: 'Kummit eivät korvaa ammattilaisia, vaan täydentävät heidän työtään. He harjoittelevat perheen kanssa suomea, lähtevät mukaan kirjastoon tai uimahalliin ja kertovat paikallisista tavoista. Kummeille järjestetään säännöllisesti työnohjausta ja yhteisiä tapaamisia.',
          },
          {
            type: 'p',
            text: 'Perheiden palautteen mukaan tärkeintä on ollut, että on joku, jolta voi kysyä mitä tahansa. Monet kummisuhteet ovat jatkuneet ystävyytenä vielä vuoden jälkeenkin.',
          },
        ],
      },
    },
  },
  {
    slug: 'reception-classes-in-scandinavia-compared',
    publishedAt: '2026-10-20',
    themes: ['children-and-youth'],
    countries: ['DK', 'NO', 'SE'],
    image: 'classroom',
    translations: {
      da: {
        title: 'Modtagelsesklasser i Skandinavien: sådan kommer eleverne videre',
        summary:
          'En ny sammenligning af modtagelsesklasser i Danmark, innføringsklasser i Norge og förberedelseklasser i Sverige viser, at eleverne klarer sig bedst, når de hurtigt og gradvist bliver en del af den almindelige klasse.',
        body: [
          {
            type: 'p',
            text: 'Alle tre lande tilbyder nyankomne skoleelever en særlig start, hvor de lærer sproget og bliver fortrolige med skolen. Men rammerne er forskellige: hvor længe eleverne bliver i modtagelsestilbuddet, hvor meget de deltager i den almindelige undervisning, og hvilken rolle modersmålet spiller.',
          },
          {
            type: 'p',
            text: 'Sammenligningen viser, at de elever, der fra begyndelsen deltog i en del af den almindelige undervisning, fik flere venner og klarede sig bedre fagligt. Tosproget fagstøtte, hvor eleverne kan bruge deres modersmål til at forstå fagene, fremhæves som særlig virkningsfuld.',
          },
          {
            type: 'ul',
            items: [
              'Gradvis overgang til almindelig klasse i stedet for et brat skifte',
              'Systematisk afdækning af elevernes faglige niveau',
              'Tæt samarbejde med forældrene, med tolk efter behov',
            ],
          },
        ],
      },
      sv: {
        title: 'Förberedelseklasser i Skandinavien: så går eleverna vidare',
        summary:
          'En ny jämförelse av modtagelsesklasser i Danmark, innføringsklasser i Norge och förberedelseklasser i Sverige visar att eleverna klarar sig bäst när de snabbt och stegvis blir en del av den ordinarie klassen.',
        body: [
          {
            type: 'p',
            text: 'Alla tre länder erbjuder nyanlända elever en särskild start där de lär sig språket och blir förtrogna med skolan. Men förutsättningarna skiljer sig åt: hur länge eleverna stannar i förberedelseklassen, hur mycket de deltar i den ordinarie undervisningen och vilken roll modersmålet spelar.',
          },
          {
            type: 'p',
            text: 'Jämförelsen visar att elever som från början deltog i en del av den ordinarie undervisningen fick fler vänner och klarade sig bättre i skolarbetet. Studiehandledning på modersmålet, där eleverna kan använda sitt modersmål för att förstå ämnena, lyfts fram som särskilt verkningsfull.',
          },
          {
            type: 'ul',
            items: [
              'Stegvis övergång till ordinarie klass i stället för ett tvärt byte',
              'Systematisk kartläggning av elevernas kunskaper',
              'Nära samarbete med vårdnadshavarna, med tolk vid behov',
            ],
          },
        ],
      },
      nb: {
        title: 'Innføringsklasser i Skandinavia: slik kommer elevene videre',
        summary:
          'En ny sammenligning av modtagelsesklasser i Danmark, innføringsklasser i Norge og förberedelseklasser i Sverige viser at elevene klarer seg best når de raskt og gradvis blir en del av den ordinære klassen.',
        body: [
          {
            type: 'p',
            text: 'Alle de tre landene tilbyr nyankomne elever en egen start der de lærer språket og blir kjent med skolen. Men rammene er ulike: hvor lenge elevene blir i innføringstilbudet, hvor mye de deltar i den ordinære undervisningen, og hvilken rolle morsmålet spiller.',
          },
          {
            type: 'p',
            text: 'Sammenligningen viser at elever som fra starten deltok i deler av den ordinære undervisningen, fikk flere venner og klarte seg bedre faglig. Tospråklig fagopplæring, der elevene kan bruke morsmålet for å forstå fagene, trekkes fram som særlig virkningsfull.',
          },
          {
            type: 'ul',
            items: [
              'Gradvis overgang til ordinær klasse i stedet for et brått skifte',
              'Systematisk kartlegging av elevenes faglige nivå',
              'Tett samarbeid med foreldrene, med tolk ved behov',
            ],
          },
        ],
      },
    },
  },
  {
    slug: 'nordic-integration-award-2027-call',
    publishedAt: '2026-11-15',
    themes: ['regional-development'],
    countries: ['FI', 'IS', 'NO'],
    image: 'village',
    translations: {
      sv: {
        title: 'Vi söker goda exempel: nordiskt integrationspris 2027',
        summary:
          'Kommuner, regioner och civilsamhällesorganisationer i hela Norden kan nu nominera lokala integrationsinitiativ till 2027 års pris. Sista dag för nomineringar är den 31 januari 2027.',
        body: [
          {
            type: 'p',
            text: 'Varje år lyfter Nordisk kunskapsbank för integration fram lokala initiativ som har gjort verklig skillnad för nyanlända och för de samhällen där de bor. Priset är öppet för projekt i alla nordiska länder, inklusive Färöarna, Grönland och Åland, och kan gälla vilket som helst av våra fem teman.',
          },
          { type: 'h2', text: 'Det här tittar juryn på' },
          {
            type: 'ul',
            items: [
              'Dokumenterade resultat, även om de är små',
              'Samverkan mellan offentlig sektor, arbetsgivare och civilsamhälle',
              'Att nyanlända själva är med och planerar och driver initiativet',
              'Idéer som andra kan anpassa till sina egna förhållanden',
            ],
          },
          {
            type: 'p',
            text: 'Nomineringar kan lämnas på vilket som helst av webbplatsens sex språk. Alla nominerade initiativ presenteras i vår samling av goda exempel.',
          },
        ],
      },
      nb: {
        title: 'Vi søker gode eksempler: nordisk integreringspris 2027',
        summary:
          'Kommuner, fylkeskommuner og frivillige organisasjoner i hele Norden kan nå nominere lokale integreringstiltak til prisen for 2027. Fristen er 31. januar 2027.',
        body: [
          {
            type: 'p',
            text: 'Hvert år løfter Nordisk kunnskapsbank for integrering fram lokale tiltak som har gjort en reell forskjell for nyankomne og for lokalsamfunnene de bor i. Prisen er åpen for prosjekter i alle de nordiske landene, også på Færøyene, Grønland og Åland, og kan gjelde hvilket som helst av våre fem temaer.',
          },
          { type: 'h2', text: 'Dette ser juryen etter' },
          {
            type: 'ul',
            items: [
              'Dokumenterte resultater, selv om de er små',
              'Samarbeid mellom offentlig sektor, arbeidsgivere og frivillig sektor',
              'At nyankomne selv er med på å planlegge og drive tiltaket',
              'Ideer som andre kan tilpasse til sine egne forhold',
            ],
          },
          {
            type: 'p',
            text: 'Nominasjoner kan sendes inn på hvilket som helst av nettstedets seks språk. Alle nominerte tiltak blir presentert i vår samling av gode eksempler.',
          },
        ],
      },
      da: {
        title: 'Vi søger gode eksempler: nordisk integrationspris 2027',
        summary:
          'Kommuner, regioner og civilsamfundsorganisationer i hele Norden kan nu indstille lokale integrationsinitiativer til prisen for 2027. Fristen er den 31. januar 2027.',
        body: [
          {
            type: 'p',
            text: 'Hvert år fremhæver Nordisk vidensbank om integration lokale initiativer, der har gjort en reel forskel for nyankomne og for de lokalsamfund, de er blevet en del af. Prisen er åben for projekter i alle de nordiske lande, herunder Færøerne, Grønland og Åland, og kan handle om et hvilket som helst af vores fem temaer.',
          },
          { type: 'h2', text: 'Det lægger juryen vægt på' },
          {
            type: 'ul',
            items: [
              'Dokumenterede resultater, også selvom de er små',
              'Samarbejde mellem det offentlige, arbejdsgivere og civilsamfundet',
              'At nyankomne selv er med til at planlægge og drive initiativet',
              'Idéer, som andre kan tilpasse til deres egne forhold',
            ],
          },
          {
            type: 'p',
            text: 'Indstillinger kan sendes på alle sitets seks sprog. Alle indstillede initiativer bliver præsenteret i vores samling af gode eksempler.',
          },
        ],
      },
      fi: {
        title: 'Etsimme hyviä käytäntöjä: pohjoismainen kotoutumispalkinto 2027',
        summary:
          'Kunnat, alueet ja järjestöt eri puolilla Pohjolaa voivat nyt ehdottaa paikallisia kotoutumishankkeita vuoden 2027 palkinnon saajaksi. Ehdotukset on jätettävä viimeistään 31.1.2027.',
        body: [
          {
            type: 'p',
            text: 'Pohjoismainen kotoutumisen tietopankki nostaa joka vuosi esiin paikallisia hankkeita, jotka ovat tuoneet todellista muutosta uusille tulijoille ja heidän asuinyhteisöilleen. Palkinto on avoin hankkeille kaikissa Pohjoismaissa, myös Färsaarilla, Grönlannissa ja Ahvenanmaalla, ja se voi koskea mitä tahansa viidestä teemastamme.',
          },
          { type: 'h2', text: 'Mihin raati kiinnittää huomiota' },
          {
            type: 'ul',
            items: [
              'Dokumentoituihin tuloksiin, vaikka ne olisivat pieniä',
              'Julkisen sektorin, työnantajien ja kansalaisyhteiskunnan yhteistyöhön',
              'Siihen, että maahan muuttaneet itse osallistuvat hankkeen suunnitteluun ja toteutukseen',
              'Ideoihin, joita muut voivat soveltaa omiin oloihinsa',
            ],
          },
          {
            type: 'p',
            text: 'Ehdotuksen voi jättää millä tahansa sivuston kuudesta kielestä. Kaikki ehdotetut hankkeet esitellään hyvien käytäntöjen kokoelmassamme.',
          },
        ],
      },
      is: {
        title: 'Óskað eftir góðum dæmum: norræn inngildingarverðlaun 2027',
        summary:
          'Sveitarfélög, landshlutasamtök og félagasamtök á öllum Norðurlöndum geta nú tilnefnt verkefni á sviði inngildingar til verðlaunanna 2027. Frestur til að skila tilnefningum er til 31. janúar 2027.',
        body: [
          {
            type: 'p',
            text: 'Á hverju ári vekur Norræni þekkingarbankinn um aðlögun athygli á verkefnum í heimabyggð sem hafa skipt raunverulegu máli fyrir nýja íbúa og samfélögin sem þeir búa í. Verðlaunin eru opin verkefnum á öllum Norðurlöndum, þar á meðal í Færeyjum, á Grænlandi og á Álandseyjum, og verkefnin geta tengst hverju þeirra fimm þema sem vefurinn fjallar um.',
          },
          { type: 'h2', text: 'Þetta metur dómnefndin' },
          {
            type: 'ul',
            items: [
              'Skráðan árangur, jafnvel þótt hann sé lítill',
              'Samstarf hins opinbera, atvinnurekenda og félagasamtaka',
              'Að nýir íbúar taki sjálfir þátt í að skipuleggja og reka verkefnið',
              'Hugmyndir sem aðrir geta lagað að eigin aðstæðum',
            ],
          },
          {
            type: 'p',
            text: 'Tilnefningum má skila á hverju sem er af sex tungumálum vefsins. Öll tilnefnd verkefni verða kynnt í safni okkar af góðum dæmum.',
          },
        ],
      },
      en: {
        title: 'Call for good practices: Nordic integration award 2027',
        summary:
          'Municipalities, regions and civil society organisations across the Nordic region can now nominate local integration initiatives for the 2027 award. The deadline is 31 January 2027.',
        body: [
          {
            type: 'p',
            text: 'Every year, the Nordic Integration Clearinghouse highlights local initiatives that have made a real difference for newcomers and for the communities they live in. The award is open to projects in all the Nordic countries, including the Faroe Islands, Greenland and Åland, and can concern any of our five themes.',
          },
          { type: 'h2', text: 'What the jury looks for' },
          {
            type: 'ul',
            items: [
              'Documented results, even if they are modest',
              'Co-operation between the public sector, employers and civil society',
              'Involvement of newcomers themselves in planning and running the initiative',
              'Ideas that others can adapt to their own context',
            ],
          },
          {
            type: 'p',
            text: 'Nominations can be submitted in any of the six languages of the site. All nominated initiatives will be presented in our collection of good practices.',
          },
        ],
      },
    },
  },
]
