import type { ImageSeed } from './types.js'

/**
 * Decorative abstract illustrations. The alt text describes the scene each
 * picture stands for, since the generated image itself is only shapes and colour.
 */
export const images: ImageSeed[] = [
  {
    key: 'language-cafe',
    colors: ['#E8A33D', '#2F4858'],
    alt: {
      sv: 'Abstrakt illustration: människor som samtalar runt ett bord på ett språkkafé',
      nb: 'Abstrakt illustrasjon: mennesker som snakker sammen rundt et bord på en språkkafé',
      da: 'Abstrakt illustration: mennesker, der taler sammen omkring et bord på en sprogcafé',
      fi: 'Abstrakti kuvitus: ihmisiä keskustelemassa pöydän ääressä kielikahvilassa',
      is: 'Óhlutbundin myndskreyting: fólk að spjalla saman við borð á tungumálakaffihúsi',
      en: 'Abstract illustration: people talking around a table at a language café',
    },
  },
  {
    key: 'job-fair',
    colors: ['#1B6CA8', '#F2C14E'],
    alt: {
      sv: 'Abstrakt illustration: besökare vid utställarbord på en rekryteringsmässa',
      nb: 'Abstrakt illustrasjon: besøkende ved standene på en jobbmesse',
      da: 'Abstrakt illustration: besøgende ved standene på en jobmesse',
      fi: 'Abstrakti kuvitus: kävijöitä esittelypisteillä rekrytointimessuilla',
      is: 'Óhlutbundin myndskreyting: gestir við kynningarbása á starfamessu',
      en: 'Abstract illustration: visitors at exhibitor stands at a job fair',
    },
  },
  {
    key: 'housing-meeting',
    colors: ['#6A994E', '#F4F1DE'],
    alt: {
      sv: 'Abstrakt illustration: grannar samlade framför ett flerbostadshus för ett boendemöte',
      nb: 'Abstrakt illustrasjon: naboer samlet foran en boligblokk til et beboermøte',
      da: 'Abstrakt illustration: naboer samlet foran en boligblok til et beboermøde',
      fi: 'Abstrakti kuvitus: naapureita koolla kerrostalon edessä asukaskokouksessa',
      is: 'Óhlutbundin myndskreyting: nágrannar á húsfundi fyrir framan fjölbýlishús',
      en: 'Abstract illustration: neighbours gathered in front of a block of flats for a residents’ meeting',
    },
  },
  {
    key: 'classroom',
    colors: ['#3D5A80', '#EE6C4D'],
    alt: {
      sv: 'Abstrakt illustration: vuxna elever och en lärare vid en whiteboard i ett klassrum',
      nb: 'Abstrakt illustrasjon: voksne elever og en lærer ved en tavle i et klasserom',
      da: 'Abstrakt illustration: voksne kursister og en underviser ved en tavle i et klasselokale',
      fi: 'Abstrakti kuvitus: aikuisopiskelijoita ja opettaja taulun ääressä luokkahuoneessa',
      is: 'Óhlutbundin myndskreyting: fullorðnir nemendur og kennari við töflu í kennslustofu',
      en: 'Abstract illustration: adult learners and a teacher at a whiteboard in a classroom',
    },
  },
  {
    key: 'village',
    colors: ['#BC4B51', '#8CB369'],
    alt: {
      sv: 'Abstrakt illustration: trähus i en liten by mellan skog och vatten',
      nb: 'Abstrakt illustrasjon: trehus i en liten bygd mellom skog og vann',
      da: 'Abstrakt illustration: træhuse i en lille landsby mellem skov og vand',
      fi: 'Abstrakti kuvitus: puutaloja pienessä kylässä metsän ja veden välissä',
      is: 'Óhlutbundin myndskreyting: timburhús í litlu þorpi milli skógar og vatns',
      en: 'Abstract illustration: wooden houses in a small village between forest and water',
    },
  },
  {
    key: 'mentoring',
    colors: ['#5B8E7D', '#F4E285'],
    alt: {
      sv: 'Abstrakt illustration: två personer som går sida vid sida och samtalar, en mentor och en adept',
      nb: 'Abstrakt illustrasjon: to personer som går side om side og prater, en mentor og en mentee',
      da: 'Abstrakt illustration: to personer, der går side om side og taler sammen, en mentor og en mentee',
      fi: 'Abstrakti kuvitus: kaksi ihmistä kävelee rinnakkain jutellen, mentori ja aktori',
      is: 'Óhlutbundin myndskreyting: tvær manneskjur ganga hlið við hlið og spjalla, önnur er leiðbeinandi hinnar',
      en: 'Abstract illustration: two people walking side by side in conversation, a mentor and a mentee',
    },
  },
  {
    key: 'library',
    colors: ['#7B2D26', '#F0E6D2'],
    alt: {
      sv: 'Abstrakt illustration: bokhyllor och läsande besökare i ett folkbibliotek',
      nb: 'Abstrakt illustrasjon: bokhyller og lesende besøkende i et folkebibliotek',
      da: 'Abstrakt illustration: bogreoler og læsende besøgende på et folkebibliotek',
      fi: 'Abstrakti kuvitus: kirjahyllyjä ja lukevia kävijöitä yleisessä kirjastossa',
      is: 'Óhlutbundin myndskreyting: bókahillur og gestir að lesa á almenningsbókasafni',
      en: 'Abstract illustration: bookshelves and visitors reading in a public library',
    },
  },
  {
    key: 'seminar',
    colors: ['#22223B', '#C9ADA7'],
    alt: {
      sv: 'Abstrakt illustration: publik som lyssnar på en talare vid ett nordiskt seminarium',
      nb: 'Abstrakt illustrasjon: et publikum som lytter til en foredragsholder på et nordisk seminar',
      da: 'Abstrakt illustration: et publikum, der lytter til en oplægsholder på et nordisk seminar',
      fi: 'Abstrakti kuvitus: yleisö kuuntelee puhujaa pohjoismaisessa seminaarissa',
      is: 'Óhlutbundin myndskreyting: áheyrendur hlusta á fyrirlesara á norrænu málþingi',
      en: 'Abstract illustration: an audience listening to a speaker at a Nordic seminar',
    },
  },
  {
    key: 'sports',
    colors: ['#2A9D8F', '#E76F51'],
    alt: {
      sv: 'Abstrakt illustration: barn och unga som spelar fotboll på en idrottsplats',
      nb: 'Abstrakt illustrasjon: barn og unge som spiller fotball på en idrettsbane',
      da: 'Abstrakt illustration: børn og unge, der spiller fodbold på et idrætsanlæg',
      fi: 'Abstrakti kuvitus: lapsia ja nuoria pelaamassa jalkapalloa urheilukentällä',
      is: 'Óhlutbundin myndskreyting: börn og ungmenni í fótbolta á íþróttavelli',
      en: 'Abstract illustration: children and young people playing football on a sports field',
    },
  },
  {
    key: 'harbour',
    colors: ['#0B3954', '#BFD7EA'],
    alt: {
      sv: 'Abstrakt illustration: fiskebåtar och arbetare i en hamn i norr',
      nb: 'Abstrakt illustrasjon: fiskebåter og arbeidsfolk i en havn i nord',
      da: 'Abstrakt illustration: fiskerbåde og folk på arbejde i en havn mod nord',
      fi: 'Abstrakti kuvitus: kalastusaluksia ja työntekijöitä pohjoisessa satamassa',
      is: 'Óhlutbundin myndskreyting: fiskibátar og fólk að störfum við höfn',
      en: 'Abstract illustration: fishing boats and workers in a northern harbour',
    },
  },
]
