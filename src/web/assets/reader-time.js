// Progressive enhancement for event pages: shows an online event's time on the reader's own clock.
// Without JavaScript the page still shows the event's local time with its zone; nothing depends on this.
;(function () {
  var lang = document.documentElement.lang || undefined
  var reader = Intl.DateTimeFormat().resolvedOptions().timeZone
  var nodes = document.querySelectorAll('[data-reader-time]')
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i]
    // The same clock as the event's: nothing to convert.
    if (!reader || reader === node.getAttribute('data-zone')) continue
    var start = new Date(node.getAttribute('data-start'))
    var end = new Date(node.getAttribute('data-end'))
    if (isNaN(start.getTime()) || isNaN(end.getTime())) continue
    var format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    var range = typeof format.formatRange === 'function' ? format.formatRange(start, end) : format.format(start)
    var time = document.createElement('time')
    time.setAttribute('datetime', start.toISOString())
    time.textContent = range
    var template = node.getAttribute('data-template') || '{time}'
    var at = template.indexOf('{time}')
    node.textContent = ''
    node.appendChild(document.createTextNode(at < 0 ? template + ' ' : template.slice(0, at)))
    node.appendChild(time)
    if (at >= 0) node.appendChild(document.createTextNode(template.slice(at + 6)))
    node.hidden = false
  }
})()
