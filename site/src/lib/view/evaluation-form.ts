/**
 * The evaluation forms in the browser (the session form on /evaluatie/ and
 * "Heb je dit gebruikt?" on a method's page): sends the answers as JSON in a
 * text/plain body (a simple request: no preflight, no cookie), with the time
 * the form was shown (the CMS refuses a form filled in faster than a person
 * can) and the honeypot field people leave empty. Says in Dutch what
 * happened, in a live region. While it sends, the button is aria-disabled,
 * not disabled: a disabled button drops keyboard focus to the page. Once
 * sent, the fields close and focus moves to the thanks.
 */
export function startEvaluationForm(form: HTMLFormElement) {
  const startedAt = Date.now()
  const status = form.querySelector<HTMLElement>('[data-evaluation-status]')!
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!
  const endpoint = form.dataset.endpoint ?? ''
  const kind = form.dataset.kind ?? ''
  const target = () => form.dataset.target || new URLSearchParams(location.search).get('sessie') || ''

  if (kind === 'session' && !/^s-[a-z0-9]{6,24}$/.test(target())) {
    status.textContent = 'Deze link hoort bij geen bijeenkomst. Gebruik de link of QR-code op het draaiboek van de gespreksleider.'
    button.disabled = true
    return
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (button.getAttribute('aria-disabled') === 'true') return
    const data = new FormData(form)
    const number = (name: string) => (data.get(name) ? Number(data.get(name)) : undefined)
    const body = {
      kind,
      target: target(),
      useful: number('useful'),
      actionsClear: number('actionsClear'),
      willApply: number('willApply'),
      comment: String(data.get('comment') ?? ''),
      website: String(data.get('website') ?? ''),
      startedAt,
    }
    button.setAttribute('aria-disabled', 'true')
    status.textContent = 'Je evaluatie wordt verstuurd…'
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(body), credentials: 'omit' })
      const answer = (await response.json().catch(() => ({}))) as { message?: string }
      const text = answer.message ?? (response.ok ? 'Dank je wel!' : 'Je evaluatie kon niet worden verstuurd.')
      if (response.ok) {
        form.dataset.sent = ''
        // Focus moves to the thanks, which reads it out; as a live region as well it would be read twice.
        status.removeAttribute('role')
        status.textContent = text
        status.tabIndex = -1
        status.focus()
        for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button')) field.disabled = true
        return
      }
      status.textContent = text
    } catch {
      status.textContent = 'Je evaluatie kon niet worden verstuurd. Controleer je internetverbinding en probeer het opnieuw.'
    }
    button.removeAttribute('aria-disabled')
  })
}
