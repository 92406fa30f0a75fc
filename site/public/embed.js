/*
 * Toolkit destigmatisering: embed loader. Paste on any page:
 *   <script src="https://TOOLKIT/embed.js" data-toolkit="/embed/filmfragmenten/hoop/" async></script>
 * Inserts an iframe with the embed view where the tag stands and keeps it as
 * tall as its content. Options go in the address: data-toolkit="/embed/…/?modus=donker".
 *
 * Messages (kept in step with site/src/lib/embed/messages.ts): the loader
 * greets its iframe with targetOrigin = the toolkit's origin; it accepts a
 * height only from that origin AND from that iframe's window, so another
 * frame or window on the page cannot resize it. No cookies, no tracking.
 */
(function () {
  'use strict'
  var HELLO = 'toolkit-embed:hello'
  var SIZE = 'toolkit-embed:size'
  var scripts = document.querySelectorAll('script[data-toolkit]:not([data-toolkit-done])')

  function insert(script) {
    script.setAttribute('data-toolkit-done', '')
    // The toolkit's address is where this script came from; the view path is resolved against its folder.
    var loader = new URL(script.src, location.href)
    var target = new URL(script.getAttribute('data-toolkit').replace(/^\//, ''), new URL('./', loader))
    if (target.origin !== loader.origin || !/^https?:$/.test(target.protocol)) return
    var title = script.getAttribute('data-title')
    var frame = document.createElement('iframe')
    frame.src = target.href
    // The frame's name as the snippets write it (frameTitle in src/lib/embed/snippets.ts; a static file cannot import it).
    frame.title = title ? title + ' (Toolkit destigmatisering)' : 'Toolkit destigmatisering'
    frame.loading = 'lazy'
    // Full screen through `allow` only: with allowfullscreen beside it the browser warns in the host's console.
    frame.allow = 'autoplay; fullscreen; picture-in-picture'
    frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0;height:' + (Number(script.getAttribute('data-height')) || 600) + 'px'
    frame.addEventListener('load', function () {
      frame.contentWindow.postMessage({ type: HELLO }, target.origin)
    })
    window.addEventListener('message', function (event) {
      if (event.origin !== target.origin || event.source !== frame.contentWindow) return
      var data = event.data
      if (!data || data.type !== SIZE || typeof data.height !== 'number' || !(data.height > 0 && data.height < 100000)) return
      frame.style.height = Math.ceil(data.height) + 'px'
      if (!title && typeof data.title === 'string') frame.title = data.title.slice(0, 200)
    })
    script.parentNode.insertBefore(frame, script.nextSibling)
  }

  /*
   * An iframe that is already there (the html of an oEmbed response: the
   * iframe, then this script) is sized the same way, if it shows a view of
   * the toolkit this script came from.
   */
  function adopt(frame, loader) {
    frame.setAttribute('data-toolkit-done', '')
    var target
    try {
      target = new URL(frame.src, location.href)
    } catch (error) {
      return
    }
    if (target.origin !== loader.origin) return
    var greet = function () {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: HELLO }, target.origin)
    }
    frame.addEventListener('load', greet)
    // The frame may have loaded before this (async) script ran.
    greet()
    listen(frame, target, true)
  }

  function listen(frame, target, keepTitle) {
    window.addEventListener('message', function (event) {
      if (event.origin !== target.origin || event.source !== frame.contentWindow) return
      var data = event.data
      if (!data || data.type !== SIZE || typeof data.height !== 'number' || !(data.height > 0 && data.height < 100000)) return
      frame.style.height = Math.ceil(data.height) + 'px'
      frame.removeAttribute('height')
      if (!keepTitle && typeof data.title === 'string') frame.title = data.title.slice(0, 200)
    })
  }

  for (var i = 0; i < scripts.length; i++) insert(scripts[i])
  var current = document.currentScript
  var self = current && current.src ? new URL(current.src, location.href) : null
  var frames = document.querySelectorAll('iframe[data-toolkit-frame]:not([data-toolkit-done])')
  if (self) for (var j = 0; j < frames.length; j++) adopt(frames[j], self)
})()
