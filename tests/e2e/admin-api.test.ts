import { describe, expect, it } from 'vitest'
import { baseUrl, openPage, url, useBrowser } from './helpers'

const browser = useBrowser()
const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }
// Payload accepts cookie sessions only from its own origin, as a browser would send it.
const sameOrigin = { origin: baseUrl, 'content-type': 'application/json' }

async function login(): Promise<string> {
  const res = await fetch(url('/api/users/login'), { method: 'POST', headers: sameOrigin, body: JSON.stringify(admin) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

describe('the admin and the API run in the same process as the public site', () => {
  it('signs an editor in to the admin in the browser', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(url('/admin'))
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => u.pathname === '/admin' || u.pathname === '/admin/')
    await expect.poll(() => page.locator('text=News').count(), { timeout: 20_000 }).toBeGreaterThan(0)
    await context.close()
  })

  it('an edit through the REST API shows at once on the cached public page (one Payload, one cache)', async () => {
    const token = await login()
    const auth = { ...sameOrigin, authorization: `JWT ${token}` }
    const list = (await (await fetch(url('/api/news?limit=1&depth=0&locale=en&where[title][exists]=true'), { headers: auth })).json()) as {
      docs: { id: number; slug: string }[]
    }
    const { id, slug } = list.docs[0]
    const before = await (await fetch(url(`/en/news/${slug}`))).text() // now in the page cache
    const headline = `Edited through the API ${Date.now()}`
    expect(before).not.toContain(headline)
    const patch = await fetch(url(`/api/news/${id}?locale=en`), { method: 'PATCH', headers: auth, body: JSON.stringify({ title: headline }) })
    expect(patch.status).toBe(200)
    const after = await (await fetch(url(`/en/news/${slug}`))).text()
    expect(after).toContain(headline)
  })

  it('a draft made through the API is unreachable for anonymous readers everywhere', async () => {
    const token = await login()
    const auth = { ...sameOrigin, authorization: `JWT ${token}` }
    const slug = `e2e-draft-${Date.now()}`
    const created = await fetch(url('/api/news?draft=true&locale=en'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'Unpublished plans', slug, publishedAt: new Date().toISOString(), _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    // The editor can see it …
    const asEditor = (await (await fetch(url(`/api/news?draft=true&where[slug][equals]=${slug}`), { headers: auth })).json()) as { totalDocs: number }
    expect(asEditor.totalDocs).toBe(1)
    // … nobody else can: REST, GraphQL, the page, the feed and the sitemap.
    const rest = (await (await fetch(url(`/api/news?draft=true&where[slug][equals]=${slug}`))).json()) as { totalDocs: number }
    expect(rest.totalDocs).toBe(0)
    const graphqlTotal = async (headers: Record<string, string>) => {
      const gql = await fetch(url('/api/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `{ NewsItems(draft: true, where: { slug: { equals: "${slug}" } }) { totalDocs docs { slug } } }` }),
      })
      return ((await gql.json()) as { data?: { NewsItems: { totalDocs: number } } }).data?.NewsItems.totalDocs
    }
    expect(await graphqlTotal({})).toBe(0)
    // The same GraphQL query finds it for the editor, so the zero is access, not a query that finds nothing.
    expect(await graphqlTotal(auth)).toBe(1)
    expect((await fetch(url(`/en/news/${slug}`))).status).toBe(404)
    expect(await (await fetch(url('/en/news/feed.xml'))).text()).not.toContain(slug)
    expect(await (await fetch(url('/sitemap.xml'))).text()).not.toContain(slug)
  })
})
