/**
 * The password rule for CMS accounts, in one place: the Users collection
 * checks it on every create, update and reset, and `npm start` checks
 * ADMIN_PASSWORD with it before creating the first admin. The Dutch NCSC
 * advises length over complexity: at least 12 characters, a passphrase of a
 * few words being strong and easy to remember; no rules on character kinds.
 */
export const PASSWORD_MIN_LENGTH = 12

/** Longer than any passphrase, short enough that hashing it costs nothing noticeable. */
export const PASSWORD_MAX_LENGTH = 256

/** What is wrong with a new password, in Dutch, or undefined when it is fine. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens (nu ${length}). Een zin van een paar woorden is sterk en makkelijk te onthouden.`
  }
  if (length > PASSWORD_MAX_LENGTH) return `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`
  return undefined
}
