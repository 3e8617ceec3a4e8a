import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import config from '@payload-config'
import { getRequestLanguage } from 'payload'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { withAdminLanguageBrand } from '../../../../admin/brand-in-language'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// The tab title ends in the site's name in the editor's admin language (Payload's is one fixed string).
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> => {
  const resolved = await config
  const language = getRequestLanguage({ config: resolved, cookies: await cookies(), headers: await headers() })
  return generatePageMetadata({ config: Promise.resolve(withAdminLanguageBrand(resolved, language)), params, searchParams })
}

const Page = ({ params, searchParams }: Args) => RootPage({ config, params, searchParams, importMap })

export default Page
