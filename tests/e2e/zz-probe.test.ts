import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { chromium } from 'playwright-core'
const axeSource = readFileSync('/work/main/node_modules/axe-core/axe.min.js', 'utf8')
it('probe', async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] })
  const p = await (await b.newContext()).newPage()
  await p.setContent('<html><body><img src="x"><a href="#"></a></body></html>')
  await p.evaluate(`${axeSource}\n;undefined`)
  console.log(JSON.stringify(await p.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] } })).violations.map((v: any) => v.id))))
  for (const path of ['/sv/', '/sv/news', '/en/news/vejle-job-from-the-first-week', '/fi/themes/labour-market', '/is/no-such']) {
    await p.goto('http://localhost:3101' + path)
    await p.evaluate(`${axeSource}\n;undefined`)
    const r = await p.evaluate(async () => { const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] } }); return { v: r.violations.length, passes: r.passes.map((x: any) => x.id), inc: r.incomplete.map((x: any) => ({ id: x.id, nodes: x.nodes.map((n: any) => n.target.join(' ') + ' :: ' + (n.any[0]?.message ?? '')) })) } })
    console.log(path, JSON.stringify(r, null, 1))
  }
  await b.close()
}, 60000)
