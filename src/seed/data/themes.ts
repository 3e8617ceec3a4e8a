import type { ThemeSeed } from './types.js'

/** The five themes, in themeKeys order. */
export const themes: ThemeSeed[] = [
  {
    key: 'labour-market',
    translations: {
      sv: {
        title: 'Arbetsmarknad',
        description:
          'Vägar till jobb och egen försörjning för nyanlända: språkpraktik, validering av utländska meriter och samarbete med arbetsgivare.',
      },
      nb: {
        title: 'Arbeidsliv',
        description:
          'Veier til arbeid og egen inntekt for nyankomne: språkpraksis, godkjenning av utenlandsk utdanning og samarbeid med arbeidsgivere.',
      },
      da: {
        title: 'Arbejdsmarked',
        description:
          'Veje til job og selvforsørgelse for nyankomne: sprogpraktik, anerkendelse af udenlandske kvalifikationer og samarbejde med arbejdsgivere.',
      },
      fi: {
        title: 'Työelämä',
        description:
          'Polkuja työhön ja omaan toimeentuloon maahan muuttaneille: kieliharjoittelua, ulkomailla hankitun osaamisen tunnustamista ja yhteistyötä työnantajien kanssa.',
      },
      is: {
        title: 'Vinnumarkaður',
        description:
          'Leiðir til atvinnu og sjálfbærrar framfærslu fyrir nýkomið fólk: starfsþjálfun með íslenskunámi, mat á menntun frá útlöndum og samstarf við atvinnurekendur.',
      },
      en: {
        title: 'Labour market',
        description:
          'Pathways into work and self-sufficiency for newcomers: language-focused work placements, recognition of foreign qualifications and partnerships with employers.',
      },
    },
  },
  {
    key: 'housing',
    translations: {
      sv: {
        title: 'Boende',
        description:
          'Hur kommuner tar emot och bosätter nyanlända, från anvisning och första bostad till trygga och blandade bostadsområden.',
      },
      nb: {
        title: 'Bolig',
        description:
          'Hvordan kommuner tar imot og bosetter flyktninger, fra første bolig til trygge og sammensatte nabolag.',
      },
      da: {
        title: 'Bolig',
        description:
          'Hvordan kommunerne modtager og boligplacerer flygtninge, fra den første bolig til trygge og blandede boligområder.',
      },
      fi: {
        title: 'Asuminen',
        description:
          'Miten kunnat vastaanottavat ja asuttavat pakolaisia ensimmäisestä asunnosta turvallisiin ja monimuotoisiin asuinalueisiin.',
      },
      is: {
        title: 'Húsnæði',
        description:
          'Hvernig sveitarfélög taka á móti flóttafólki og útvega því húsnæði, allt frá fyrstu íbúð til öruggra og fjölbreyttra hverfa.',
      },
      en: {
        title: 'Housing',
        description:
          'How municipalities receive and settle refugees, from the first home to safe and mixed neighbourhoods.',
      },
    },
  },
  {
    key: 'social-services',
    translations: {
      sv: {
        title: 'Socialt stöd och hälsa',
        description:
          'Samhällsorientering, hälsa och socialt stöd under etableringen, med särskild uppmärksamhet på trauma, familjer och sårbara grupper.',
      },
      nb: {
        title: 'Sosiale tjenester og helse',
        description:
          'Samfunnskunnskap, helse og sosial oppfølging i integreringsløpet, med særlig vekt på traumer, familier og sårbare grupper.',
      },
      da: {
        title: 'Sociale indsatser og sundhed',
        description:
          'Samfundsforståelse, sundhed og social støtte i integrationsforløbet med særligt fokus på traumer, familier og udsatte grupper.',
      },
      fi: {
        title: 'Sosiaalipalvelut ja terveys',
        description:
          'Yhteiskuntaorientaatio, terveys ja sosiaalinen tuki kotoutumisen aikana, erityisesti traumat, perheet ja haavoittuvassa asemassa olevat ryhmät huomioiden.',
      },
      is: {
        title: 'Félagsþjónusta og heilsa',
        description:
          'Samfélagsfræðsla, heilbrigðisþjónusta og félagslegur stuðningur á fyrstu árunum, með sérstakri áherslu á áföll, fjölskyldur og viðkvæma hópa.',
      },
      en: {
        title: 'Social services and health',
        description:
          'Civic orientation, health care and social support during settlement, with particular attention to trauma, families and vulnerable groups.',
      },
    },
  },
  {
    key: 'children-and-youth',
    translations: {
      sv: {
        title: 'Barn och unga',
        description:
          'Förskola, skola och fritid för barn och unga med flyktingbakgrund, inklusive ensamkommande, samt vägen vidare till studier och arbete.',
      },
      nb: {
        title: 'Barn og unge',
        description:
          'Barnehage, skole og fritid for barn og unge med flyktningbakgrunn, også enslige mindreårige, og veien videre til utdanning og arbeid.',
      },
      da: {
        title: 'Børn og unge',
        description:
          'Dagtilbud, skole og fritid for børn og unge med flygtningebaggrund, herunder uledsagede mindreårige, og vejen videre til uddannelse og job.',
      },
      fi: {
        title: 'Lapset ja nuoret',
        description:
          'Varhaiskasvatus, koulu ja vapaa-aika pakolaistaustaisille lapsille ja nuorille, myös ilman huoltajaa tulleille, sekä polut jatko-opintoihin ja työhön.',
      },
      is: {
        title: 'Börn og ungmenni',
        description:
          'Leikskóli, skóli og tómstundir fyrir börn og ungmenni á flótta, þar á meðal fylgdarlaus börn, og leiðin áfram í nám og starf.',
      },
      en: {
        title: 'Children and youth',
        description:
          'Early childhood education, school and leisure for children and young people with a refugee background, including unaccompanied minors, and their routes into further study and work.',
      },
    },
  },
  {
    key: 'regional-development',
    translations: {
      sv: {
        title: 'Regional utveckling',
        description:
          'Integration som en del av den regionala utvecklingen: hur landsbygd, små kommuner och arktiska samhällen kan locka och behålla nya invånare.',
      },
      nb: {
        title: 'Regional utvikling',
        description:
          'Integrering som del av regional utvikling: hvordan distriktskommuner, småsamfunn og arktiske lokalsamfunn kan tiltrekke seg og beholde nye innbyggere.',
      },
      da: {
        title: 'Regional udvikling',
        description:
          'Integration som en del af den regionale udvikling: hvordan landdistrikter, små kommuner og arktiske samfund kan tiltrække og fastholde nye borgere.',
      },
      fi: {
        title: 'Alueellinen kehitys',
        description:
          'Kotoutuminen osana alueiden kehittämistä: miten maaseutu, pienet kunnat ja arktiset yhteisöt voivat houkutella uusia asukkaita ja saada heidät jäämään.',
      },
      is: {
        title: 'Byggðaþróun',
        description:
          'Inngilding sem hluti af byggðaþróun: hvernig dreifbýli, lítil sveitarfélög og norðurslóðasamfélög geta laðað til sín nýja íbúa og haldið í þá.',
      },
      en: {
        title: 'Regional development',
        description:
          'Integration as part of regional development: how rural areas, small municipalities and Arctic communities can attract and retain new residents.',
      },
    },
  },
]
