/**
 * The rich-text editor's own strings in Finnish. @payloadcms/richtext-lexical keeps them apart from
 * Payload's (one `i18n` per feature, merged under `lexical` into `config.i18n.translations` per
 * language) and has none for Finnish, so they are given to the config in admin-languages.ts.
 * The feature keys are lexical's own (`feature.key`); fi.test.ts compares them with lexical's English.
 */
export const fiLexical = {
  align: {
    alignCenterLabel: 'Keskitä',
    alignJustifyLabel: 'Tasaa molemmat reunat',
    alignLeftLabel: 'Tasaa vasemmalle',
    alignRightLabel: 'Tasaa oikealle',
  },
  blockquote: { label: 'Lainaus' },
  blocks: {
    inlineBlocks: {
      create: 'Luo {{label}}',
      edit: 'Muokkaa: {{label}}',
      label: 'Tekstinsisäiset lohkot',
      remove: 'Poista {{label}}',
    },
    label: 'Lohkot',
  },
  checklist: { label: 'Tarkistuslista' },
  general: {
    placeholder: "Kirjoita tekstiä tai avaa komennot painamalla '/'...",
    slashMenuBasicGroupLabel: 'Perusosat',
    slashMenuListGroupLabel: 'Luettelot',
    toolbarItemsActive: 'Käytössä: {{count}}',
  },
  heading: { label: 'Otsikko {{headingLevel}}' },
  horizontalRule: { label: 'Vaakaviiva' },
  indent: {
    decreaseLabel: 'Vähennä sisennystä',
    increaseLabel: 'Lisää sisennystä',
  },
  link: {
    label: 'Linkki',
    loadingWithEllipsis: 'Ladataan...',
  },
  orderedList: { label: 'Numeroitu luettelo' },
  paragraph: {
    label: 'Kappale',
    label2: 'Normaali teksti',
  },
  relationship: { label: 'Viittaus' },
  textState: { defaultStyle: 'Oletustyyli' },
  unorderedList: { label: 'Luettelomerkitty luettelo' },
  upload: { label: 'Tiedosto' },
}
