import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate'
import { errorSummary } from './error-summary'
import { checkboxGroup, honeypotField, selectInput, textArea, textInput } from './fields'

const t = translator('sv')

describe('form field partials', () => {
  it('labels a field, marks required in words and escapes the value', () => {
    const out = textInput({ t, name: 'title', label: 'Titel', required: true, value: '"><script>x</script>', autocomplete: 'off' }).value
    expect(out).toContain('<label for="f-title">Titel <span class="required">(obligatoriskt)</span></label>')
    expect(out).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
    expect(out).toContain(' required')
    expect(out).not.toContain('aria-invalid')
  })
  it('puts errors next to the field and points to hint and error', () => {
    const out = textArea({ t, name: 'summary', label: 'Sammanfattning', hint: 'Kort.', errors: ['Fyll i fältet.'], value: '</textarea><b>' }).value
    expect(out).toContain('<p class="hint" id="f-summary-hint">Kort.</p>')
    expect(out).toContain('<p class="field-error" id="f-summary-error">Fyll i fältet.</p>')
    expect(out).toContain('aria-describedby="f-summary-hint f-summary-error" aria-invalid="true"')
    expect(out).toContain('&lt;/textarea&gt;&lt;b&gt;</textarea>')
  })
  it('keeps chosen options', () => {
    const sel = selectInput({ t, name: 'country', label: 'Land', value: 'SE', options: [{ value: 'NO', label: 'Norge' }, { value: 'SE', label: 'Sverige' }] }).value
    expect(sel).toContain('<option value="SE" selected>Sverige</option>')
    const group = checkboxGroup({ t, name: 'groups', label: 'Grupper', values: ['b'], options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }).value
    expect(group).toContain('<legend>Grupper</legend>')
    expect(group).toContain('id="f-groups" name="groups" value="a">')
    expect(group).toContain('id="f-groups-2" name="groups" value="b" checked>')
  })
  it('renders the honeypot out of the tab order and never autofilled', () => {
    const out = honeypotField(t).value
    expect(out).toContain('class="hp"')
    expect(out).toContain('tabindex="-1" autocomplete="off"')
    expect(out).toContain('Lämna det här fältet tomt')
  })
  it('summarises errors with links to their fields', () => {
    const out = errorSummary(t, [
      { field: 'title', key: 'form.error.required', label: 'propose.titleField' },
      { key: 'form.error.tooFast' },
    ]).value
    expect(out).toContain('role="alert" tabindex="-1" autofocus')
    expect(out).toContain('Det finns 2 fel i formuläret')
    expect(out).toContain('<a href="#f-title">Fyll i fältet Titel.</a>')
    expect(out).toContain('<li>Formuläret skickades snabbare')
    expect(errorSummary(t, []).value).toBe('')
  })
})
