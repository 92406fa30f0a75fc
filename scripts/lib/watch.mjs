/**
 * Rebuilds the site when published content changes: polls the CMS's content
 * version, waits until edits settle (debounce), then rebuilds once. Never
 * runs two builds at a time; a change during a build triggers one more.
 */
export function watchContent({ initialVersion, fetchVersion, rebuild, log, pollMs = 5_000, settleMs = 8_000 }) {
  let builtVersion = initialVersion
  let pendingSince = null
  let building = false

  const tick = async () => {
    const version = await fetchVersion()
    if (!version || building) return
    if (version === builtVersion) {
      pendingSince = null
      return
    }
    if (pendingSince === null) {
      pendingSince = Date.now()
      log('Gepubliceerde inhoud gewijzigd; site wordt zo opnieuw gebouwd …')
      return
    }
    if (Date.now() - pendingSince < settleMs) return
    building = true
    pendingSince = null
    try {
      const seconds = await rebuild()
      builtVersion = version
      log(`Site opnieuw gebouwd in ${seconds.toFixed(1)} s (inhoudsversie ${version}).`)
    } catch (error) {
      log(`Opnieuw bouwen mislukt: ${error.message}. De vorige versie blijft online.`)
      builtVersion = version
    } finally {
      building = false
    }
  }
  const timer = setInterval(() => void tick(), pollMs)
  return () => clearInterval(timer)
}
