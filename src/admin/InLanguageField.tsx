'use client'
import { TextareaField, TextField, useFormFields, useLocale } from '@payloadcms/ui'
import type { TextareaFieldClientComponent, TextFieldClientComponent } from 'payload'
import { type ComponentProps, useEffect, useRef } from 'react'

/**
 * The admin's text inputs with the language of their text (WCAG 3.1.2): the admin's own `lang` is
 * the editor's UI language, but a localized field holds text in the content locale being edited,
 * and a one-language field (partners, a report's texts) in the record's language. Payload's inputs
 * take no `lang`, so the wrapper sets it on the input it renders. `languageFrom`: the path of the
 * field that holds the record's language; without it, the content locale.
 */
type LanguageProps = { languageFrom?: string }

function useTextLanguage(languageFrom: string | undefined): string | undefined {
  const locale = useLocale()
  const recordLanguage = useFormFields(([fields]) => (languageFrom ? fields[languageFrom]?.value : undefined))
  if (!languageFrom) return locale?.code
  return typeof recordLanguage === 'string' && recordLanguage ? recordLanguage : undefined
}

function useLangOnInput(language: string | undefined) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const input = ref.current?.querySelector('input, textarea')
    if (!input) return
    if (language) input.setAttribute('lang', language)
    else input.removeAttribute('lang')
  })
  return ref
}

export function TextInLanguage(props: ComponentProps<TextFieldClientComponent> & LanguageProps) {
  const { languageFrom, ...field } = props
  const ref = useLangOnInput(useTextLanguage(languageFrom))
  // display: contents keeps Payload's field layout (widths in rows) as if there were no wrapper.
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      <TextField {...field} />
    </div>
  )
}

export function TextareaInLanguage(props: ComponentProps<TextareaFieldClientComponent> & LanguageProps) {
  const { languageFrom, ...field } = props
  const ref = useLangOnInput(useTextLanguage(languageFrom))
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      <TextareaField {...field} />
    </div>
  )
}

/**
 * For rich text, whose editor is Payload's own: rendered after the editor (admin afterInput), it
 * sets the language on the editable area, also when the editor mounts after it.
 */
export function EditorLanguage(props: LanguageProps) {
  const language = useTextLanguage(props.languageFrom)
  const ref = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const field = ref.current?.closest('.field-type')
    if (!field) return
    const apply = () => {
      for (const editor of field.querySelectorAll('[contenteditable]')) {
        if (language) editor.setAttribute('lang', language)
        else editor.removeAttribute('lang')
      }
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(field, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [language])
  return <span ref={ref} hidden />
}
