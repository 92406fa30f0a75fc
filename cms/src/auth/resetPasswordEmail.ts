import type { PayloadRequest } from 'payload'

/** The admin page where a reset token is used: `${serverURL}/admin/reset/<token>`. */
export function resetPasswordUrl(req: PayloadRequest, token: string): string {
  const { serverURL, routes, admin } = req.payload.config
  return `${serverURL}${routes.admin}${admin.routes.reset}/${token}`
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** Dutch text of the password-reset mail (Payload's `auth.forgotPassword`). */
export const resetPasswordEmail = {
  generateEmailSubject: () => 'Nieuw wachtwoord voor de Toolkit destigmatisering',
  generateEmailHTML: ({ req, token }: { req?: PayloadRequest; token?: string } = {}) => {
    const url = escapeHtml(resetPasswordUrl(req as PayloadRequest, token ?? ''))
    return [
      '<p>Hallo,</p>',
      '<p>Er is gevraagd om een nieuw wachtwoord voor je account in het beheer (CMS) van de Toolkit destigmatisering.</p>',
      `<p><a href="${url}">Stel een nieuw wachtwoord in</a></p>`,
      `<p>Werkt de knop niet? Kopieer dan deze link in je browser:<br>${url}</p>`,
      '<p>De link is een uur geldig en werkt één keer. Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.</p>',
    ].join('\n')
  },
}
