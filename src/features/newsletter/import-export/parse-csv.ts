export type CsvRecord = { line: number; cells: string[] }

/**
 * RFC 4180 CSV as spreadsheets write it: quoted cells with doubled quotes and line breaks inside,
 * CRLF or LF, an optional UTF-8 byte-order mark. The separator is the header line's: a comma, or a
 * semicolon (Excel in the Nordic locales, where the comma is the decimal sign). Each record keeps
 * the line it starts on, for the import report. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '')
  const firstLine = src.slice(0, src.search(/\r?\n|$/))
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        cell += c
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (c === sep) {
      cells.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else cell += c
  }
  if (cell !== '' || cells.length) endRecord()
  return records
}
