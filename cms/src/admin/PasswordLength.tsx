'use client'
/**
 * The password rule in the browser, before anything is sent: the admin's
 * new-password forms (first account, new user, account page, reset link)
 * say in Dutch that a password needs at least 12 characters
 * (`passwordProblem` in @toolkit/schemas, the rule the server enforces with
 * hooks/refuseShortPassword.ts).
 *
 * Payload's password field checks a fixed 3 characters in the browser and
 * takes no validator or minimum from the config (payloadcms/payload#11982),
 * and its create-first-user and reset-password forms render no field of ours.
 * So this provider, mounted once around the whole admin, stops the send of a
 * form that holds a new password (a form with a `confirm-password` box; the
 * login form has none) while the password breaks the rule, and shows the
 * message under the password box until it is long enough. The server's
 * check stays the rule for every other client.
 */
import { passwordProblem } from '@toolkit/schemas/password'
import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

const MESSAGE_ID = 'password-length-message'

type Shown = { field: HTMLElement; input: HTMLInputElement; message: string }

/** The new-password box of the form this event concerns, if it is one. */
function newPasswordInput(target: EventTarget | null): HTMLInputElement | undefined {
  if (!(target instanceof Element)) return undefined
  const form = target.closest('form') ?? document.querySelector<HTMLFormElement>('form:has(input[name="confirm-password"])')
  if (!form?.querySelector('input[name="confirm-password"]')) return undefined
  return form.querySelector<HTMLInputElement>('input[type="password"][name="password"]') ?? undefined
}

/** Does this click send the form: its submit button, or the document's "Bewaar" (a plain button that submits in code)? */
const sends = (target: EventTarget | null) =>
  target instanceof Element && Boolean(target.closest('button[type="submit"], #action-save'))

export function PasswordLength({ children }: { children?: ReactNode }) {
  const [shown, setShown] = useState<Shown | undefined>()

  useEffect(() => {
    const block = (event: Event) => {
      if (event.type === 'click' && !sends(event.target)) return
      const input = newPasswordInput(event.target)
      // An empty box is Payload's own "required" message; the account page sends no password unless one is typed.
      if (!input || input.value === '') return
      const message = passwordProblem(input.value)
      if (!message) return
      // Before React's own listeners on the document: the form never sends.
      event.preventDefault()
      event.stopImmediatePropagation()
      const field = input.closest<HTMLElement>('.field-type') ?? input.parentElement!
      setShown({ field, input, message })
      input.focus()
    }
    window.addEventListener('submit', block, true)
    window.addEventListener('click', block, true)
    return () => {
      window.removeEventListener('submit', block, true)
      window.removeEventListener('click', block, true)
    }
  }, [])

  // While shown, the message follows what is typed and goes once the password is long enough.
  useEffect(() => {
    if (!shown) return
    const { input } = shown
    input.setAttribute('aria-invalid', 'true')
    input.setAttribute('aria-describedby', MESSAGE_ID)
    const update = () => {
      const message = input.isConnected && input.value !== '' ? passwordProblem(input.value) : undefined
      setShown((current) => (message ? (current && current.message !== message ? { ...current, message } : current) : undefined))
    }
    input.addEventListener('input', update)
    return () => {
      input.removeEventListener('input', update)
      input.removeAttribute('aria-invalid')
      input.removeAttribute('aria-describedby')
    }
  }, [shown?.input])

  return (
    <>
      {children}
      {shown?.field.isConnected
        ? createPortal(
            <p id={MESSAGE_ID} role="alert" className="password-length" style={{ color: 'var(--theme-error-500)', margin: 'calc(var(--base) / 4) 0 0' }}>
              {shown.message}
            </p>,
            shown.field,
          )
        : null}
    </>
  )
}
