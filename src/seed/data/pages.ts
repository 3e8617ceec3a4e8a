import type { PageSeed } from './types.js'

/** Static pages, each in all six languages. */
export const pages: PageSeed[] = [
  // ───────────────────────────── About ─────────────────────────────
  {
    slug: 'about',
    translations: {
      sv: {
        title: 'Om oss',
        summary:
          'Nordisk kunskapsbank för integration samlar och sprider kunskap om integration av flyktingar och invandrare i Norden.',
        body: [
          { type: 'h2', text: 'Vad vi gör' },
          {
            type: 'p',
            text: 'Nordisk kunskapsbank för integration är en gemensam kunskapsplattform för alla som arbetar med integration av flyktingar och andra invandrare i Danmark, Finland, Island, Norge och Sverige samt på Färöarna, Grönland och Åland. Vi samlar och sprider forskning, statistik, praktiska erfarenheter och nyheter, så att goda idéer lättare kan ta sig över gränserna.',
          },
          {
            type: 'ul',
            items: [
              'Goda exempel från kommuner, regioner och civilsamhället, beskrivna så att andra kan pröva dem',
              'Sammanfattningar av ny forskning och nya utvärderingar',
              'Nyheter om politik och lagstiftning i de nordiska länderna',
              'Seminarier, webbinarier och nätverk för erfarenhetsutbyte',
            ],
          },
          { type: 'h2', text: 'Vilka vänder vi oss till?' },
          {
            type: 'p',
            text: 'Webbplatsen riktar sig till integrationshandläggare och annan kommunal personal, ideella organisationer och volontärer, forskare och studenter samt tjänstepersoner på departement och myndigheter. Mycket av innehållet är också användbart för arbetsgivare, skolor och alla som är intresserade av hur de nordiska länderna tar emot nyanlända.',
          },
          { type: 'h2', text: 'Så arbetar vi' },
          {
            type: 'p',
            text: 'Verksamheten finansieras genom det nordiska samarbetet, och vi arbetar nära ett nätverk av kontaktpersoner i varje land. Innehållet publiceras på de nordiska språken och på engelska. Alla texter finns inte på alla språk. När en översättning saknas visar vi den närmaste tillgängliga versionen och talar om det för dig.',
          },
          {
            type: 'p',
            text: 'Har du en erfarenhet, ett projekt eller en rapport som andra kan lära av? Hör gärna av dig till oss.',
          },
        ],
      },
      nb: {
        title: 'Om oss',
        summary:
          'Nordisk kunnskapsbank for integrering samler og formidler kunnskap om integrering av flyktninger og innvandrere i Norden.',
        body: [
          { type: 'h2', text: 'Hva vi gjør' },
          {
            type: 'p',
            text: 'Nordisk kunnskapsbank for integrering er en felles kunnskapsplattform for alle som jobber med integrering av flyktninger og andre innvandrere i Danmark, Finland, Island, Norge og Sverige, og på Færøyene, Grønland og Åland. Vi samler og formidler forskning, statistikk, praktiske erfaringer og nyheter, slik at gode ideer lettere kan krysse landegrensene.',
          },
          {
            type: 'ul',
            items: [
              'Gode eksempler fra kommuner, fylker og frivillig sektor, beskrevet slik at andre kan ta dem i bruk',
              'Sammendrag av ny forskning og nye evalueringer',
              'Nyheter om politikk og regelverk i de nordiske landene',
              'Seminarer, webinarer og nettverk for erfaringsutveksling',
            ],
          },
          { type: 'h2', text: 'Hvem er nettstedet for?' },
          {
            type: 'p',
            text: 'Nettstedet er laget for ansatte i kommunenes flyktningtjenester og andre kommunalt ansatte, frivillige organisasjoner, forskere og studenter og ansatte i departementer og direktorater. Mye av innholdet er også nyttig for arbeidsgivere, skoler og alle som er interessert i hvordan de nordiske landene tar imot nyankomne.',
          },
          { type: 'h2', text: 'Slik jobber vi' },
          {
            type: 'p',
            text: 'Virksomheten er finansiert gjennom det nordiske samarbeidet, og vi jobber tett med et nettverk av kontaktpersoner i hvert land. Innholdet publiseres på de nordiske språkene og på engelsk. Ikke alle tekster finnes på alle språk. Når en oversettelse mangler, viser vi den nærmeste tilgjengelige versjonen og sier fra om det.',
          },
          {
            type: 'p',
            text: 'Har du en erfaring, et prosjekt eller en rapport som andre kan lære av? Ta gjerne kontakt med oss.',
          },
        ],
      },
      da: {
        title: 'Om os',
        summary:
          'Nordisk vidensbank om integration indsamler og formidler viden om integration af flygtninge og indvandrere i Norden.',
        body: [
          { type: 'h2', text: 'Hvad vi laver' },
          {
            type: 'p',
            text: 'Nordisk vidensbank om integration er en fælles vidensplatform for alle, der arbejder med integration af flygtninge og andre indvandrere i Danmark, Finland, Island, Norge og Sverige samt på Færøerne, i Grønland og på Åland. Vi indsamler og formidler forskning, statistik, praktiske erfaringer og nyheder, så gode idéer lettere kan krydse grænserne.',
          },
          {
            type: 'ul',
            items: [
              'Gode eksempler fra kommuner, regioner og civilsamfundet, beskrevet så andre kan omsætte dem til egen praksis',
              'Sammenfatninger af ny forskning og nye evalueringer',
              'Nyheder om politik og lovgivning i de nordiske lande',
              'Seminarer, webinarer og netværk for erfaringsudveksling',
            ],
          },
          { type: 'h2', text: 'Hvem er sitet for?' },
          {
            type: 'p',
            text: 'Sitet henvender sig til integrationsmedarbejdere og andre kommunale medarbejdere, frivillige organisationer, forskere og studerende samt embedsfolk i ministerier og styrelser. Meget af indholdet er også relevant for arbejdsgivere, skoler og alle, der interesserer sig for, hvordan de nordiske lande tager imod nyankomne.',
          },
          { type: 'h2', text: 'Sådan arbejder vi' },
          {
            type: 'p',
            text: 'Arbejdet er finansieret af det nordiske samarbejde, og vi samarbejder tæt med et netværk af kontaktpersoner i hvert land. Indholdet udgives på de nordiske sprog og på engelsk. Ikke alle tekster findes på alle sprog. Når en oversættelse mangler, viser vi den nærmeste tilgængelige version og gør opmærksom på det.',
          },
          {
            type: 'p',
            text: 'Har du en erfaring, et projekt eller en rapport, som andre kan lære af? Så hører vi meget gerne fra dig.',
          },
        ],
      },
      fi: {
        title: 'Tietoa meistä',
        summary:
          'Pohjoismainen kotoutumisen tietopankki kokoaa ja välittää tietoa pakolaisten ja maahanmuuttajien kotoutumisesta Pohjoismaissa.',
        body: [
          { type: 'h2', text: 'Mitä teemme' },
          {
            type: 'p',
            text: 'Pohjoismainen kotoutumisen tietopankki on yhteinen tietoalusta kaikille, jotka työskentelevät pakolaisten ja muiden maahanmuuttajien kotoutumisen parissa Tanskassa, Suomessa, Islannissa, Norjassa ja Ruotsissa sekä Färsaarilla, Grönlannissa ja Ahvenanmaalla. Kokoamme ja välitämme tutkimusta, tilastoja, käytännön kokemuksia ja uutisia, jotta hyvät ideat leviäisivät helpommin yli rajojen.',
          },
          {
            type: 'ul',
            items: [
              'Hyviä käytäntöjä kunnista, alueilta ja kansalaisyhteiskunnasta niin kuvattuina, että muut voivat soveltaa niitä',
              'Tiivistelmiä uusista tutkimuksista ja arvioinneista',
              'Uutisia Pohjoismaiden politiikasta ja lainsäädännöstä',
              'Seminaareja, webinaareja ja verkostoja kokemusten vaihtoon',
            ],
          },
          { type: 'h2', text: 'Kenelle sivusto on tarkoitettu?' },
          {
            type: 'p',
            text: 'Sivusto on tarkoitettu kuntien kotoutumistyön ammattilaisille ja muulle kunnan henkilöstölle, järjestöille ja vapaaehtoisille, tutkijoille ja opiskelijoille sekä ministeriöiden ja virastojen virkahenkilöille. Suuri osa sisällöstä hyödyttää myös työnantajia, kouluja ja kaikkia, joita kiinnostaa, miten Pohjoismaat ottavat vastaan uusia tulijoita.',
          },
          { type: 'h2', text: 'Miten toimimme' },
          {
            type: 'p',
            text: 'Toimintamme rahoitetaan pohjoismaisen yhteistyön kautta, ja teemme tiivistä yhteistyötä kunkin maan yhteyshenkilöiden verkoston kanssa. Julkaisemme sisältöä pohjoismaisilla kielillä ja englanniksi. Kaikki tekstit eivät ole saatavilla kaikilla kielillä. Jos käännös puuttuu, näytämme lähimmän saatavilla olevan kieliversion ja kerromme siitä.',
          },
          {
            type: 'p',
            text: 'Onko sinulla kokemus, hanke tai raportti, josta muut voisivat oppia? Otathan yhteyttä, kuulemme siitä mielellämme.',
          },
        ],
      },
      is: {
        title: 'Um okkur',
        summary:
          'Norræni þekkingarbankinn um aðlögun safnar og miðlar þekkingu um inngildingu flóttafólks og innflytjenda á Norðurlöndum.',
        body: [
          { type: 'h2', text: 'Hvað við gerum' },
          {
            type: 'p',
            text: 'Norræni þekkingarbankinn um aðlögun er sameiginlegur þekkingarvettvangur fyrir alla sem vinna að inngildingu flóttafólks og annarra innflytjenda í Danmörku, Finnlandi, Íslandi, Noregi og Svíþjóð, auk Færeyja, Grænlands og Álandseyja. Við söfnum og miðlum rannsóknum, tölfræði, hagnýtri reynslu og fréttum svo að góðar hugmyndir berist greiðlega milli landa.',
          },
          {
            type: 'ul',
            items: [
              'Góð dæmi frá sveitarfélögum, landshlutum og félagasamtökum, lýst þannig að aðrir geti nýtt sér þau',
              'Samantektir um nýjar rannsóknir og úttektir',
              'Fréttir af stefnumótun og löggjöf á Norðurlöndum',
              'Málþing, vefnámskeið og tengslanet til að miðla reynslu',
            ],
          },
          { type: 'h2', text: 'Fyrir hverja er vefurinn?' },
          {
            type: 'p',
            text: 'Vefurinn er ætlaður starfsfólki sveitarfélaga sem sinnir málefnum innflytjenda, félagasamtökum og sjálfboðaliðum, fræðafólki og nemendum og starfsfólki ráðuneyta og stofnana. Margt af efninu nýtist einnig atvinnurekendum, skólum og öllum sem hafa áhuga á því hvernig Norðurlöndin taka á móti nýju fólki.',
          },
          { type: 'h2', text: 'Hvernig við vinnum' },
          {
            type: 'p',
            text: 'Starfsemin er fjármögnuð í gegnum norrænt samstarf og við vinnum náið með tengiliðum í hverju landi. Efnið er birt á norrænu tungumálunum og á ensku. Ekki er allt efni til á öllum tungumálum. Þegar þýðingu vantar sýnum við þá útgáfu sem stendur næst og látum þig vita af því.',
          },
          {
            type: 'p',
            text: 'Býrð þú yfir reynslu, verkefni eða skýrslu sem aðrir gætu lært af? Hafðu endilega samband við okkur.',
          },
        ],
      },
      en: {
        title: 'About us',
        summary:
          'The Nordic Integration Clearinghouse gathers and shares knowledge about the integration of refugees and immigrants in the Nordic countries.',
        body: [
          { type: 'h2', text: 'What we do' },
          {
            type: 'p',
            text: 'The Nordic Integration Clearinghouse is a shared knowledge platform for everyone working with the integration of refugees and other immigrants in Denmark, Finland, Iceland, Norway and Sweden, as well as in the Faroe Islands, Greenland and Åland. We collect and share research, statistics, practical experience and news, so that good ideas can travel more easily across borders.',
          },
          {
            type: 'ul',
            items: [
              'Good practices from municipalities, regions and civil society, described so that others can adapt them',
              'Summaries of new research and evaluations',
              'News on policy and legislation in the Nordic countries',
              'Seminars, webinars and networks for peer learning',
            ],
          },
          { type: 'h2', text: 'Who is the site for?' },
          {
            type: 'p',
            text: 'The site is written for integration officers and other municipal staff, NGOs and volunteers, researchers and students, and officials in ministries and government agencies. Much of the content is also useful for employers, schools and anyone interested in how the Nordic countries welcome newcomers.',
          },
          { type: 'h2', text: 'How we work' },
          {
            type: 'p',
            text: 'We are funded through the Nordic co-operation and work closely with a network of contact persons in each country. Content is published in the Nordic languages and in English. Not every text is available in every language. Where a translation is missing, we show the closest available version and tell you so.',
          },
          {
            type: 'p',
            text: 'Do you have an experience, a project or a report that others could learn from? We would be glad to hear from you.',
          },
        ],
      },
    },
  },

  // ───────────────────────── Accessibility ─────────────────────────
  {
    slug: 'accessibility',
    translations: {
      sv: {
        title: 'Tillgänglighetsredogörelse',
        summary:
          'Hur tillgänglig webbplatsen är, vilka brister vi känner till och hur du kan kontakta oss om något inte fungerar.',
        body: [
          { type: 'h2', text: 'Vårt åtagande' },
          {
            type: 'p',
            text: 'Nordisk kunskapsbank för integration vill att så många som möjligt ska kunna använda webbplatsen. Vi arbetar i enlighet med EU:s webbtillgänglighetsdirektiv (direktiv (EU) 2016/2102) och den nationella lagstiftning som genomför det, och webbplatsen strävar efter att uppfylla WCAG 2.1 på nivå AA.',
          },
          { type: 'h2', text: 'Hur tillgänglig är webbplatsen?' },
          {
            type: 'p',
            text: 'Vi bedömer att webbplatsen i stort sett uppfyller kraven i WCAG 2.1 AA. Vi testar nya funktioner med tangentbord, skärmläsare och automatiska verktyg, och vi går regelbundet igenom innehållet. Trots det kan en del innehåll ännu inte vara helt tillgängligt.',
          },
          { type: 'h2', text: 'Kända brister' },
          {
            type: 'ul',
            items: [
              'Vissa äldre rapporter i PDF-format saknar rubrikstruktur, korrekt läsordning eller alternativtexter. Vi skickar gärna innehållet i ett tillgängligt format på begäran.',
              'Inspelningar från äldre seminarier kan sakna undertexter.',
              'Innehåll från externa samarbetspartner, till exempel länkade dokument, ligger utanför vår kontroll.',
            ],
          },
          { type: 'h2', text: 'Redaktörernas administrationsgränssnitt' },
          {
            type: 'p',
            text: 'Redaktörerna arbetar i publiceringssystemet Payloads administrationsgränssnitt. Våra egna delar där, som översikten med köer och antal, språkmärkta fält och inloggningssidans rubrik, uppfyller WCAG 2.1 AA, och vi har höjt kontrasten i fältbeskrivningar, flikar och valda värden. Följande brister finns i Payloads eget gränssnitt och kan inte åtgärdas av oss:',
          },
          {
            type: 'ul',
            items: [
              'Vissa knappar saknar namn: pilarna för föregående och nästa sida i listor och knappen för fler åtgärder i redigeringsvyn.',
              'Vissa formulärfält saknar etikett: kryssrutorna för att markera rader i listor och sökfältet i rullgardinslistor. Textrutan i redigeraren för formaterad text är inte kopplad till fältets etikett.',
              'I listor där flera värden kan väljas ligger knappen för att ta bort ett värde inuti ett annat fokuserbart element, och pilen som öppnar listan är dold för skärmläsare men kan ändå få fokus.',
              'Flikarna i redigeringsvyn är uppmärkta som en lista som också innehåller annat än listpunkter.',
            ],
          },
          { type: 'h2', text: 'Kontakta oss' },
          {
            type: 'p',
            text: 'Om du stöter på hinder på webbplatsen eller behöver innehåll i ett annat format kan du skicka e-post till accessibility@example.org. Vi strävar efter att svara inom tio arbetsdagar.',
          },
          { type: 'h2', text: 'Tillsyn' },
          {
            type: 'p',
            text: 'Om du inte är nöjd med vårt svar kan du vända dig till den myndighet i ditt land som utövar tillsyn över webbtillgänglighet enligt direktivet.',
          },
          {
            type: 'p',
            text: 'Redogörelsen upprättades 2025 och ses över minst en gång om året.',
          },
        ],
      },
      nb: {
        title: 'Tilgjengelighetserklæring',
        summary:
          'Hvor tilgjengelig nettstedet er, hvilke mangler vi kjenner til, og hvordan du kan si fra hvis noe ikke fungerer.',
        body: [
          { type: 'h2', text: 'Vår forpliktelse' },
          {
            type: 'p',
            text: 'Nordisk kunnskapsbank for integrering ønsker at flest mulig skal kunne bruke nettstedet. Vi følger EUs webtilgjengelighetsdirektiv (direktiv (EU) 2016/2102) og den nasjonale lovgivningen som gjennomfører det, og nettstedet har som mål å oppfylle WCAG 2.1 på nivå AA.',
          },
          { type: 'h2', text: 'Hvor tilgjengelig er nettstedet?' },
          {
            type: 'p',
            text: 'Vi vurderer at nettstedet i hovedsak oppfyller kravene i WCAG 2.1 AA. Vi tester nye funksjoner med tastatur, skjermleser og automatiske verktøy, og vi går jevnlig gjennom innholdet. Likevel kan noe innhold ennå ikke være fullt ut tilgjengelig.',
          },
          { type: 'h2', text: 'Kjente mangler' },
          {
            type: 'ul',
            items: [
              'Enkelte eldre rapporter i PDF-format mangler overskriftsstruktur, riktig leserekkefølge eller alternativ tekst. Vi sender gjerne innholdet i et tilgjengelig format på forespørsel.',
              'Opptak fra eldre seminarer kan mangle teksting.',
              'Innhold fra eksterne samarbeidspartnere, for eksempel lenkede dokumenter, har vi ikke kontroll over.',
            ],
          },
          { type: 'h2', text: 'Redaktørenes administrasjonsgrensesnitt' },
          {
            type: 'p',
            text: 'Redaktørene arbeider i administrasjonsgrensesnittet til publiseringssystemet Payload. Våre egne deler der, som oversikten med køer og antall, språkmerkede felt og overskriften på innloggingssiden, oppfyller WCAG 2.1 AA, og vi har økt kontrasten i feltbeskrivelser, faner og valgte verdier. Disse manglene ligger i Payloads eget grensesnitt og kan ikke rettes av oss:',
          },
          {
            type: 'ul',
            items: [
              'Noen knapper mangler navn: pilene for forrige og neste side i lister og knappen for flere handlinger i redigeringsvisningen.',
              'Noen skjemafelt mangler ledetekst: avkrysningsboksene for å merke rader i lister og søkefeltet i nedtrekkslister. Tekstfeltet i redigeringsverktøyet for formatert tekst er ikke knyttet til feltets ledetekst.',
              'I lister der flere verdier kan velges, ligger knappen for å fjerne en verdi inne i et annet element som kan få fokus, og pilen som åpner listen er skjult for skjermlesere, men kan likevel få fokus.',
              'Fanene i redigeringsvisningen er merket opp som en liste som også inneholder annet enn listepunkter.',
            ],
          },
          { type: 'h2', text: 'Gi oss tilbakemelding' },
          {
            type: 'p',
            text: 'Hvis du møter hindringer på nettstedet eller trenger innhold i et annet format, kan du sende e-post til accessibility@example.org. Vi tar sikte på å svare innen ti arbeidsdager.',
          },
          { type: 'h2', text: 'Klage og tilsyn' },
          {
            type: 'p',
            text: 'Hvis du ikke er fornøyd med svaret vårt, kan du kontakte myndigheten i landet ditt som fører tilsyn med universell utforming av nettsteder etter direktivet.',
          },
          {
            type: 'p',
            text: 'Erklæringen ble utarbeidet i 2025 og gjennomgås minst én gang i året.',
          },
        ],
      },
      da: {
        title: 'Tilgængelighedserklæring',
        summary:
          'Hvor tilgængeligt websitet er, hvilke mangler vi kender til, og hvordan du kan give os besked, hvis noget ikke virker.',
        body: [
          { type: 'h2', text: 'Vores forpligtelse' },
          {
            type: 'p',
            text: 'Nordisk vidensbank om integration ønsker, at så mange som muligt kan bruge websitet. Vi arbejder efter EU’s webtilgængelighedsdirektiv (direktiv (EU) 2016/2102) og den nationale lovgivning, der gennemfører det, og websitet har som mål at overholde WCAG 2.1 på niveau AA.',
          },
          { type: 'h2', text: 'Hvor tilgængeligt er websitet?' },
          {
            type: 'p',
            text: 'Vi vurderer, at websitet i vid udstrækning lever op til kravene i WCAG 2.1 AA. Vi tester nye funktioner med tastatur, skærmlæser og automatiske værktøjer, og vi gennemgår løbende indholdet. Alligevel kan noget indhold endnu ikke være fuldt tilgængeligt.',
          },
          { type: 'h2', text: 'Kendte mangler' },
          {
            type: 'ul',
            items: [
              'Nogle ældre rapporter i pdf-format mangler overskriftsstruktur, korrekt læserækkefølge eller alternativ tekst. Vi sender gerne indholdet i et tilgængeligt format, hvis du beder om det.',
              'Optagelser fra ældre seminarer kan mangle undertekster.',
              'Indhold fra eksterne samarbejdspartnere, fx linkede dokumenter, er uden for vores kontrol.',
            ],
          },
          { type: 'h2', text: 'Redaktørernes administrationsflade' },
          {
            type: 'p',
            text: 'Redaktørerne arbejder i administrationsfladen i publiceringssystemet Payload. Vores egne dele dér, som overblikket med køer og antal, sprogmærkede felter og loginsidens overskrift, opfylder WCAG 2.1 AA, og vi har øget kontrasten i feltbeskrivelser, faneblade og valgte værdier. Følgende mangler findes i Payloads egen brugerflade og kan ikke rettes af os:',
          },
          {
            type: 'ul',
            items: [
              'Nogle knapper mangler navn: pilene til forrige og næste side i lister og knappen til flere handlinger i redigeringsvisningen.',
              'Nogle formularfelter mangler en etiket: afkrydsningsfelterne til at markere rækker i lister og søgefeltet i rullelister. Tekstfeltet i editoren til formateret tekst er ikke knyttet til feltets etiket.',
              'I lister, hvor flere værdier kan vælges, ligger knappen til at fjerne en værdi inde i et andet element, der kan få fokus, og pilen, der åbner listen, er skjult for skærmlæsere, men kan stadig få fokus.',
              'Fanebladene i redigeringsvisningen er opmærket som en liste, der også indeholder andet end listepunkter.',
            ],
          },
          { type: 'h2', text: 'Giv os besked' },
          {
            type: 'p',
            text: 'Hvis du støder på barrierer på websitet eller har brug for indhold i et andet format, så skriv til accessibility@example.org. Vi bestræber os på at svare inden for ti arbejdsdage.',
          },
          { type: 'h2', text: 'Klagemulighed' },
          {
            type: 'p',
            text: 'Hvis du ikke er tilfreds med vores svar, kan du henvende dig til den myndighed i dit land, der fører tilsyn med webtilgængelighed efter direktivet.',
          },
          {
            type: 'p',
            text: 'Erklæringen blev udarbejdet i 2025 og gennemgås mindst én gang om året.',
          },
        ],
      },
      fi: {
        title: 'Saavutettavuusseloste',
        summary:
          'Kuinka saavutettava sivusto on, mitkä puutteet tiedämme ja miten voit ilmoittaa, jos jokin ei toimi.',
        body: [
          { type: 'h2', text: 'Sitoumuksemme' },
          {
            type: 'p',
            text: 'Pohjoismainen kotoutumisen tietopankki haluaa, että mahdollisimman moni voi käyttää sivustoa. Noudatamme EU:n saavutettavuusdirektiiviä (direktiivi (EU) 2016/2102) ja sen voimaan saattavaa kansallista lainsäädäntöä, ja pyrimme siihen, että sivusto täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset.',
          },
          { type: 'h2', text: 'Sivuston saavutettavuuden tila' },
          {
            type: 'p',
            text: 'Arviomme mukaan sivusto täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset pääosin. Testaamme uudet toiminnot näppäimistöllä, ruudunlukijalla ja automaattisilla työkaluilla, ja käymme sisältöä säännöllisesti läpi. Siitä huolimatta osa sisällöstä ei ehkä vielä ole täysin saavutettavaa.',
          },
          { type: 'h2', text: 'Tunnetut puutteet' },
          {
            type: 'ul',
            items: [
              'Joistakin vanhemmista PDF-raporteista puuttuu otsikkorakenne, oikea lukujärjestys tai tekstivastineet. Toimitamme sisällön pyynnöstä saavutettavassa muodossa.',
              'Vanhempien seminaarien tallenteista voi puuttua tekstitys.',
              'Ulkopuolisten yhteistyökumppanien sisältö, kuten linkitetyt asiakirjat, ei ole hallinnassamme.',
            ],
          },
          { type: 'h2', text: 'Toimittajien hallintanäkymä' },
          {
            type: 'p',
            text: 'Toimittajat työskentelevät Payload-julkaisujärjestelmän hallintanäkymässä. Omat osamme siellä, kuten jonot ja määrät näyttävä yleisnäkymä, kielellä merkityt kentät ja kirjautumissivun otsikko, täyttävät WCAG 2.1 AA -vaatimukset, ja olemme parantaneet kenttien kuvausten, välilehtien ja valittujen arvojen kontrastia. Seuraavat puutteet ovat Payloadin omassa käyttöliittymässä, emmekä voi korjata niitä itse:',
          },
          {
            type: 'ul',
            items: [
              'Joiltakin painikkeilta puuttuu nimi: luetteloiden edellisen ja seuraavan sivun nuolilta sekä muokkausnäkymän lisätoimintojen painikkeelta.',
              'Joiltakin lomakekentiltä puuttuu nimiö: luetteloiden rivien valintaruuduilta ja pudotusvalikoiden hakukentältä. Muotoillun tekstin editorin tekstialuetta ei ole liitetty kentän nimiöön.',
              'Valikoissa, joista voi valita useita arvoja, arvon poistava painike on toisen kohdistettavan elementin sisällä, ja valikon avaava nuoli on piilotettu ruudunlukijoilta mutta voi silti saada kohdistuksen.',
              'Muokkausnäkymän välilehdet on merkitty luetteloksi, joka sisältää muutakin kuin luettelon kohtia.',
            ],
          },
          { type: 'h2', text: 'Anna palautetta' },
          {
            type: 'p',
            text: 'Jos kohtaat sivustolla esteitä tai tarvitset sisältöä toisessa muodossa, lähetä sähköpostia osoitteeseen accessibility@example.org. Pyrimme vastaamaan kymmenen työpäivän kuluessa.',
          },
          { type: 'h2', text: 'Valvontamenettely' },
          {
            type: 'p',
            text: 'Jos et ole tyytyväinen saamaasi vastaukseen, voit ottaa yhteyttä oman maasi viranomaiseen, joka valvoo direktiivin saavutettavuusvaatimusten noudattamista.',
          },
          {
            type: 'p',
            text: 'Seloste on laadittu vuonna 2025, ja se tarkistetaan vähintään kerran vuodessa.',
          },
        ],
      },
      is: {
        title: 'Yfirlýsing um aðgengi',
        summary:
          'Hversu aðgengilegur vefurinn er, hvaða annmarka við vitum um og hvernig þú getur látið okkur vita ef eitthvað virkar ekki.',
        body: [
          { type: 'h2', text: 'Markmið okkar' },
          {
            type: 'p',
            text: 'Norræni þekkingarbankinn um aðlögun vill að sem flestir geti notað vefinn. Við fylgjum tilskipun ESB um aðgengi að vefsetrum (tilskipun (ESB) 2016/2102) og þeirri landslöggjöf sem innleiðir hana, og stefnt er að því að vefurinn uppfylli WCAG 2.1 á stigi AA.',
          },
          { type: 'h2', text: 'Staða aðgengismála' },
          {
            type: 'p',
            text: 'Við teljum að vefurinn uppfylli að mestu leyti kröfur WCAG 2.1 AA. Við prófum nýja virkni með lyklaborði, skjálesara og sjálfvirkum tólum og förum reglulega yfir efnið. Engu að síður getur verið að hluti efnisins sé ekki enn að fullu aðgengilegur.',
          },
          { type: 'h2', text: 'Þekktir annmarkar' },
          {
            type: 'ul',
            items: [
              'Í sumum eldri skýrslum á PDF-sniði vantar fyrirsagnaskipan, rétta lesröð eða textalýsingar á myndum. Við sendum efnið gjarnan á aðgengilegu sniði sé þess óskað.',
              'Upptökur frá eldri málþingum kunna að vera án skjátexta.',
              'Efni frá utanaðkomandi samstarfsaðilum, til dæmis skjöl sem vísað er á, er utan okkar umsjár.',
            ],
          },
          { type: 'h2', text: 'Umsjónarviðmót ritstjóra' },
          {
            type: 'p',
            text: 'Ritstjórar vinna í umsjónarviðmóti vefumsjónarkerfisins Payload. Okkar eigin hlutar þar, svo sem yfirlitið með röðum og fjölda, tungumálamerkt svæði og fyrirsögn innskráningarsíðunnar, uppfylla WCAG 2.1 AA, og við höfum aukið litaskil í lýsingum svæða, flipum og völdum gildum. Eftirfarandi annmarkar eru í viðmóti Payload sjálfs og við getum ekki lagfært þá:',
          },
          {
            type: 'ul',
            items: [
              'Suma hnappa vantar heiti: örvarnar fyrir fyrri og næstu síðu í listum og hnappinn fyrir fleiri aðgerðir í breytingaskjánum.',
              'Suma reiti vantar merkingu: gátreitina til að velja raðir í listum og leitarreitinn í fellilistum. Textasvæði ritilsins fyrir sniðinn texta er ekki tengt merkingu svæðisins.',
              'Í listum þar sem velja má mörg gildi er hnappurinn til að fjarlægja gildi inni í annarri einingu sem getur fengið fókus, og örin sem opnar listann er falin skjálesurum en getur samt fengið fókus.',
              'Fliparnir í breytingaskjánum eru merktir sem listi sem inniheldur fleira en listaliði.',
            ],
          },
          { type: 'h2', text: 'Ábendingar' },
          {
            type: 'p',
            text: 'Ef þú rekst á hindranir á vefnum eða þarft efni á öðru formi skaltu senda tölvupóst á accessibility@example.org. Við leitumst við að svara innan tíu virkra daga.',
          },
          { type: 'h2', text: 'Kvörtunarleið' },
          {
            type: 'p',
            text: 'Ef svar okkar er ekki fullnægjandi getur þú leitað til þess stjórnvalds í þínu landi sem hefur eftirlit með aðgengi að vefsetrum samkvæmt tilskipuninni.',
          },
          {
            type: 'p',
            text: 'Yfirlýsingin var samin árið 2025 og er endurskoðuð að minnsta kosti einu sinni á ári.',
          },
        ],
      },
      en: {
        title: 'Accessibility statement',
        summary:
          'How accessible this website is, what we know does not yet work well, and how to tell us about problems.',
        body: [
          { type: 'h2', text: 'Our commitment' },
          {
            type: 'p',
            text: 'The Nordic Integration Clearinghouse wants as many people as possible to be able to use this website. We work in accordance with the EU Web Accessibility Directive (Directive (EU) 2016/2102) and the national legislation implementing it, and the website aims to comply with the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.',
          },
          { type: 'h2', text: 'Compliance status' },
          {
            type: 'p',
            text: 'We believe the website largely meets the requirements of WCAG 2.1 AA. We test new features with keyboard navigation, screen readers and automated tools, and we review our content regularly. Despite our efforts, some content may not yet be fully accessible.',
          },
          { type: 'h2', text: 'Known limitations' },
          {
            type: 'ul',
            items: [
              'Some older reports published as PDF files may lack proper headings, a logical reading order or text alternatives for images. On request, we will send the content in an accessible format.',
              'Recordings of older seminars may lack captions.',
              'Content from external partners, such as linked documents, is outside our control.',
            ],
          },
          { type: 'h2', text: 'The editors’ admin' },
          {
            type: 'p',
            text: 'Editors work in the admin of the content management system Payload. Our own parts of it, such as the overview with queues and counts, the language-marked fields and the login page’s heading, meet WCAG 2.1 AA, and we have raised the contrast of field descriptions, tabs and chosen values. The following shortcomings are in Payload’s own interface, and we cannot fix them ourselves:',
          },
          {
            type: 'ul',
            items: [
              'Some buttons have no name: the arrows for the previous and next page in lists, and the button for more actions in the edit view.',
              'Some form fields have no label: the checkboxes that select rows in lists and the search field in drop-down lists. The text box of the rich-text editor is not tied to its field’s label.',
              'In lists where several values can be chosen, the button that removes a value sits inside another element that can take focus, and the arrow that opens the list is hidden from screen readers yet can still take focus.',
              'The tabs in the edit view are marked up as a list that also holds things other than list items.',
            ],
          },
          { type: 'h2', text: 'Feedback and contact' },
          {
            type: 'p',
            text: 'If you come across barriers on the website or need content in another format, please email accessibility@example.org. We aim to reply within ten working days.',
          },
          { type: 'h2', text: 'Enforcement procedure' },
          {
            type: 'p',
            text: 'If you are not satisfied with our response, you can contact the authority in your country that monitors compliance with the web accessibility requirements of the directive.',
          },
          {
            type: 'p',
            text: 'This statement was prepared in 2025 and is reviewed at least once a year.',
          },
        ],
      },
    },
  },

  // ──────────────────────────── Privacy ────────────────────────────
  {
    slug: 'privacy',
    translations: {
      sv: {
        title: 'Integritetspolicy',
        summary:
          'Vilka personuppgifter vi samlar in när du använder webbplatsen, varför vi gör det och vilka rättigheter du har.',
        body: [
          { type: 'h2', text: 'Personuppgiftsansvarig' },
          {
            type: 'p',
            text: 'Nordisk kunskapsbank för integration är personuppgiftsansvarig för de personuppgifter som behandlas via webbplatsen. Vi behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR).',
          },
          { type: 'h2', text: 'Vad vi samlar in' },
          {
            type: 'ul',
            items: [
              'Nyhetsbrev: din e-postadress när du prenumererar. Vi använder dubbel bekräftelse (double opt-in), vilket innebär att prenumerationen startar först när du har bekräftat den via en länk som vi skickar till dig. Du kan avsluta prenumerationen när som helst via länken i varje utskick.',
              'Anmälan till evenemang: namn, e-postadress, organisation och eventuella uppgifter om specialkost eller tillgänglighetsbehov som du själv väljer att lämna. Vi använder uppgifterna för att genomföra evenemanget och raderar dem senast sex månader efteråt.',
              'Besöksstatistik: vi räknar besök anonymt, utan spårningskakor och utan att spara IP-adresser.',
              'Serverloggar: vår webbserver registrerar tekniska uppgifter som IP-adress, tidpunkt och efterfrågad sida, för säkerhet och felsökning. Loggarna raderas efter 30 dagar.',
            ],
          },
          {
            type: 'p',
            text: 'Uppgifterna för nyhetsbrevet behandlas med stöd av ditt samtycke. Anmälningar och serverloggar behandlas med stöd av vårt berättigade intresse av att genomföra evenemang och driva en säker webbplats.',
          },
          { type: 'h2', text: 'Kakor' },
          {
            type: 'p',
            text: 'Vi använder bara en kaka, som kommer ihåg vilket språk du har valt. Den innehåller inga personuppgifter och används inte för spårning. Vi använder inga kakor för annonser eller spårning från tredje part.',
          },
          { type: 'h2', text: 'Dina rättigheter' },
          {
            type: 'p',
            text: 'Du har rätt att få tillgång till de personuppgifter vi har om dig och att få dem rättade eller raderade. Du kan också begära att behandlingen begränsas, invända mot behandlingen och begära dataportabilitet. När behandlingen bygger på samtycke kan du när som helst återkalla ditt samtycke. Du har också rätt att lämna klagomål till en dataskyddsmyndighet.',
          },
          { type: 'h2', text: 'Kontakt' },
          {
            type: 'p',
            text: 'Har du frågor om hur vi hanterar personuppgifter, eller vill du utöva dina rättigheter? Skicka e-post till privacy@example.org.',
          },
        ],
      },
      nb: {
        title: 'Personvernerklæring',
        summary:
          'Hvilke personopplysninger vi samler inn når du bruker nettstedet, hvorfor vi gjør det, og hvilke rettigheter du har.',
        body: [
          { type: 'h2', text: 'Behandlingsansvarlig' },
          {
            type: 'p',
            text: 'Nordisk kunnskapsbank for integrering er behandlingsansvarlig for personopplysningene som behandles via nettstedet. Vi behandler personopplysninger i samsvar med personvernforordningen (GDPR).',
          },
          { type: 'h2', text: 'Hva vi samler inn' },
          {
            type: 'ul',
            items: [
              'Nyhetsbrev: e-postadressen din når du melder deg på. Vi bruker dobbel bekreftelse (double opt-in), det vil si at abonnementet først starter når du har bekreftet det via en lenke vi sender deg. Du kan når som helst melde deg av via lenken i hvert nyhetsbrev.',
              'Påmelding til arrangementer: navn, e-postadresse, organisasjon og eventuelle opplysninger om matbehov eller behov for tilrettelegging som du selv velger å oppgi. Vi bruker opplysningene til å gjennomføre arrangementet og sletter dem senest seks måneder etterpå.',
              'Besøksstatistikk: vi teller besøk anonymt, uten sporingskapsler og uten å lagre IP-adresser.',
              'Serverlogger: webserveren vår registrerer tekniske opplysninger som IP-adresse, tidspunkt og hvilken side som ble hentet, av hensyn til sikkerhet og feilsøking. Loggene slettes etter 30 dager.',
            ],
          },
          {
            type: 'p',
            text: 'Opplysningene til nyhetsbrevet behandles på grunnlag av samtykke. Påmeldinger og serverlogger behandles på grunnlag av vår berettigede interesse i å gjennomføre arrangementer og drive et sikkert nettsted.',
          },
          { type: 'h2', text: 'Informasjonskapsler' },
          {
            type: 'p',
            text: 'Vi bruker bare én informasjonskapsel, som husker hvilket språk du har valgt. Den inneholder ingen personopplysninger og brukes ikke til sporing. Vi bruker ingen informasjonskapsler for annonser eller sporing fra tredjeparter.',
          },
          { type: 'h2', text: 'Dine rettigheter' },
          {
            type: 'p',
            text: 'Du har rett til innsyn i personopplysningene vi har om deg, og til å få dem rettet eller slettet. Du kan også kreve begrenset behandling, protestere mot behandlingen og be om dataportabilitet. Når behandlingen bygger på samtykke, kan du når som helst trekke samtykket tilbake. Du har også rett til å klage til en datatilsynsmyndighet.',
          },
          { type: 'h2', text: 'Kontakt' },
          {
            type: 'p',
            text: 'Har du spørsmål om personvern, eller vil du bruke rettighetene dine? Send e-post til privacy@example.org.',
          },
        ],
      },
      da: {
        title: 'Privatlivspolitik',
        summary:
          'Hvilke personoplysninger vi indsamler, når du bruger websitet, hvorfor vi gør det, og hvilke rettigheder du har.',
        body: [
          { type: 'h2', text: 'Dataansvarlig' },
          {
            type: 'p',
            text: 'Nordisk vidensbank om integration er dataansvarlig for de personoplysninger, der behandles via websitet. Vi behandler personoplysninger i overensstemmelse med databeskyttelsesforordningen (GDPR).',
          },
          { type: 'h2', text: 'Hvad vi indsamler' },
          {
            type: 'ul',
            items: [
              'Nyhedsbrev: din e-mailadresse, når du tilmelder dig. Vi bruger dobbelt bekræftelse (double opt-in), så abonnementet først starter, når du har bekræftet det via et link, vi sender dig. Du kan til enhver tid afmelde dig via linket i hvert nyhedsbrev.',
              'Tilmelding til arrangementer: navn, e-mailadresse, organisation og eventuelle oplysninger om kost eller tilgængelighedsbehov, som du selv vælger at give os. Vi bruger oplysningerne til at afvikle arrangementet og sletter dem senest seks måneder efter.',
              'Besøgsstatistik: vi tæller besøg anonymt uden sporingscookies og uden at gemme IP-adresser.',
              'Serverlogs: vores webserver registrerer tekniske oplysninger som IP-adresse, tidspunkt og den side, der blev hentet, af hensyn til sikkerhed og fejlfinding. Logfilerne slettes efter 30 dage.',
            ],
          },
          {
            type: 'p',
            text: 'Oplysninger til nyhedsbrevet behandles på grundlag af dit samtykke. Tilmeldinger og serverlogs behandles på grundlag af vores legitime interesse i at afholde arrangementer og drive et sikkert website.',
          },
          { type: 'h2', text: 'Cookies' },
          {
            type: 'p',
            text: 'Vi bruger kun én cookie, som husker, hvilket sprog du har valgt. Den indeholder ingen personoplysninger og bruges ikke til sporing. Vi bruger ingen cookies til annoncer eller sporing fra tredjeparter.',
          },
          { type: 'h2', text: 'Dine rettigheder' },
          {
            type: 'p',
            text: 'Du har ret til indsigt i de personoplysninger, vi har om dig, og til at få dem berigtiget eller slettet. Du kan også kræve begrænsning af behandlingen, gøre indsigelse mod den og få dine oplysninger udleveret (dataportabilitet). Når behandlingen bygger på samtykke, kan du til enhver tid trække dit samtykke tilbage. Du har desuden ret til at klage til en databeskyttelsesmyndighed.',
          },
          { type: 'h2', text: 'Kontakt' },
          {
            type: 'p',
            text: 'Har du spørgsmål om databeskyttelse, eller vil du gøre brug af dine rettigheder? Så skriv til privacy@example.org.',
          },
        ],
      },
      fi: {
        title: 'Tietosuojaseloste',
        summary:
          'Mitä henkilötietoja keräämme, kun käytät sivustoa, miksi keräämme niitä ja mitkä oikeudet sinulla on.',
        body: [
          { type: 'h2', text: 'Rekisterinpitäjä' },
          {
            type: 'p',
            text: 'Pohjoismainen kotoutumisen tietopankki on sivuston kautta käsiteltävien henkilötietojen rekisterinpitäjä. Käsittelemme henkilötietoja EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti.',
          },
          { type: 'h2', text: 'Mitä tietoja keräämme' },
          {
            type: 'ul',
            items: [
              'Uutiskirje: sähköpostiosoitteesi, kun tilaat uutiskirjeen. Käytämme kaksivaiheista vahvistusta (double opt-in), eli tilaus alkaa vasta, kun olet vahvistanut sen sinulle lähettämämme linkin kautta. Voit perua tilauksen milloin tahansa jokaisessa uutiskirjeessä olevan linkin kautta.',
              'Tapahtumailmoittautumiset: nimi, sähköpostiosoite, organisaatio sekä mahdolliset ruokavalioon tai saavutettavuuteen liittyvät tiedot, jotka itse päätät antaa. Käytämme tietoja tapahtuman järjestämiseen ja poistamme ne viimeistään kuuden kuukauden kuluttua tapahtumasta.',
              'Kävijätilastot: laskemme käynnit anonyymisti ilman seurantaevästeitä ja tallentamatta IP-osoitteita.',
              'Palvelinlokit: verkkopalvelimemme tallentaa teknisiä tietoja, kuten IP-osoitteen, ajankohdan ja pyydetyn sivun, tietoturvaa ja vianetsintää varten. Lokit poistetaan 30 päivän kuluttua.',
            ],
          },
          {
            type: 'p',
            text: 'Uutiskirjeen tietoja käsittelemme suostumuksesi perusteella. Ilmoittautumisia ja palvelinlokeja käsittelemme oikeutetun etumme perusteella, jotta voimme järjestää tapahtumia ja ylläpitää turvallista sivustoa.',
          },
          { type: 'h2', text: 'Evästeet' },
          {
            type: 'p',
            text: 'Käytämme vain yhtä evästettä, joka muistaa valitsemasi kielen. Se ei sisällä henkilötietoja, eikä sitä käytetä seurantaan. Emme käytä mainosevästeitä emmekä kolmansien osapuolten seurantaevästeitä.',
          },
          { type: 'h2', text: 'Oikeutesi' },
          {
            type: 'p',
            text: 'Sinulla on oikeus tarkastaa sinusta tallennetut henkilötiedot ja pyytää niiden oikaisemista tai poistamista. Voit myös pyytää käsittelyn rajoittamista, vastustaa käsittelyä ja siirtää tietosi järjestelmästä toiseen. Jos käsittely perustuu suostumukseen, voit peruuttaa suostumuksesi milloin tahansa. Sinulla on myös oikeus tehdä valitus tietosuojavalvontaviranomaiselle.',
          },
          { type: 'h2', text: 'Yhteystiedot' },
          {
            type: 'p',
            text: 'Jos sinulla on kysyttävää tietosuojasta tai haluat käyttää oikeuksiasi, lähetä sähköpostia osoitteeseen privacy@example.org.',
          },
        ],
      },
      is: {
        title: 'Persónuverndarstefna',
        summary:
          'Hvaða persónuupplýsingum við söfnum þegar þú notar vefinn, hvers vegna og hvaða réttindi þú hefur.',
        body: [
          { type: 'h2', text: 'Ábyrgðaraðili' },
          {
            type: 'p',
            text: 'Norræni þekkingarbankinn um aðlögun er ábyrgðaraðili þeirra persónuupplýsinga sem unnar eru í gegnum vefinn. Við vinnum persónuupplýsingar í samræmi við almennu persónuverndarreglugerðina (GDPR).',
          },
          { type: 'h2', text: 'Hvaða upplýsingum við söfnum' },
          {
            type: 'ul',
            items: [
              'Fréttabréf: netfangið þitt þegar þú skráir þig. Við notum tvöfalda staðfestingu (double opt-in), þannig að áskriftin hefst ekki fyrr en þú hefur staðfest hana með hlekk sem við sendum þér. Þú getur afskráð þig hvenær sem er með hlekknum sem fylgir hverju fréttabréfi.',
              'Skráning á viðburði: nafn, netfang, vinnustaður og upplýsingar um sérfæði eða aðgengisþarfir ef þú kýst að veita þær. Við notum upplýsingarnar til að halda viðburðinn og eyðum þeim eigi síðar en sex mánuðum eftir hann.',
              'Heimsóknatölfræði: við teljum heimsóknir án persónuauðkenna, án rakningarkaka og án þess að vista IP-tölur.',
              'Atvikaskrár netþjóns: netþjónninn skráir tæknilegar upplýsingar á borð við IP-tölu, tímasetningu og þá síðu sem beðið var um, í öryggisskyni og til bilanaleitar. Skránum er eytt eftir 30 daga.',
            ],
          },
          {
            type: 'p',
            text: 'Upplýsingar vegna fréttabréfsins eru unnar á grundvelli samþykkis þíns. Skráningar á viðburði og atvikaskrár eru unnar á grundvelli lögmætra hagsmuna okkar af því að halda viðburði og reka öruggan vef.',
          },
          { type: 'h2', text: 'Vafrakökur' },
          {
            type: 'p',
            text: 'Við notum aðeins eina vafraköku, sem man hvaða tungumál þú valdir. Hún inniheldur engar persónuupplýsingar og er ekki notuð til rakningar. Við notum hvorki auglýsingakökur né rakningarkökur frá þriðju aðilum.',
          },
          { type: 'h2', text: 'Réttindi þín' },
          {
            type: 'p',
            text: 'Þú átt rétt á aðgangi að þeim persónuupplýsingum sem við höfum um þig og á því að fá þær leiðréttar eða þeim eytt. Þú getur einnig farið fram á takmörkun vinnslu, andmælt vinnslu og óskað eftir flutningi eigin gagna. Þegar vinnsla byggist á samþykki getur þú afturkallað það hvenær sem er. Þú átt jafnframt rétt á að leggja fram kvörtun til persónuverndaryfirvalda.',
          },
          { type: 'h2', text: 'Hafðu samband' },
          {
            type: 'p',
            text: 'Ef þú hefur spurningar um persónuvernd eða vilt nýta réttindi þín skaltu senda tölvupóst á privacy@example.org.',
          },
        ],
      },
      en: {
        title: 'Privacy notice',
        summary:
          'What personal data we collect when you use the website, why we collect it and what rights you have.',
        body: [
          { type: 'h2', text: 'Who is responsible' },
          {
            type: 'p',
            text: 'The Nordic Integration Clearinghouse is the controller for the personal data processed through this website. We process personal data in accordance with the General Data Protection Regulation (GDPR).',
          },
          { type: 'h2', text: 'What we collect' },
          {
            type: 'ul',
            items: [
              'Newsletter: your email address, when you subscribe. We use double opt-in, which means your subscription only starts once you have confirmed it through a link we send you. You can unsubscribe at any time using the link in every newsletter.',
              'Event registrations: your name, email address, organisation and any dietary or accessibility needs you choose to tell us about. We use this information to run the event and delete it no later than six months afterwards.',
              'Visitor statistics: we count visits anonymously, without tracking cookies and without storing IP addresses.',
              'Server logs: our web server records technical information such as IP address, time and the page requested, for security and troubleshooting. The logs are deleted after 30 days.',
            ],
          },
          {
            type: 'p',
            text: 'Newsletter data is processed on the basis of your consent. Event registrations and server logs are processed on the basis of our legitimate interest in organising events and running a secure website.',
          },
          { type: 'h2', text: 'Cookies' },
          {
            type: 'p',
            text: 'We use only one cookie, which remembers the language you have chosen. It contains no personal data and is not used for tracking. We do not use advertising cookies or third-party tracking cookies.',
          },
          { type: 'h2', text: 'Your rights' },
          {
            type: 'p',
            text: 'You have the right to access the personal data we hold about you and to have it corrected or erased. You can also ask us to restrict processing, object to processing and request data portability. Where processing is based on consent, you can withdraw your consent at any time. You also have the right to lodge a complaint with a data protection authority.',
          },
          { type: 'h2', text: 'Contact' },
          {
            type: 'p',
            text: 'If you have questions about privacy, or wish to exercise your rights, please email privacy@example.org.',
          },
        ],
      },
    },
  },
]
