import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { clientAddress } from './clientAddress.ts'

/**
 * Login protection that cannot be turned against the person it protects.
 *
 * Payload's own lock (maxLoginAttempts) shut an account for everyone after
 * ten wrong passwords from anywhere: anyone could lock the admin out, and
 * "vergrendeld" versus "onjuist" told which e-mails have an account. It is
 * off (Users.ts); instead, as rate-limiter-flexible recommends for logins:
 * - one address gets FAILED_PER_ADDRESS wrong passwords per hour, for all
 *   accounts together, then a 429 until the hour is over;
 * - one address gets FAILED_PER_ACCOUNT_AND_ADDRESS wrong passwords in a row
 *   for one e-mail, then a 429 for that pair (a right password resets it);
 * - an e-mail with more than SLOW_AFTER_FAILED_PER_ACCOUNT wrong passwords
 *   in the last hour, from anywhere, is answered more slowly (up to
 *   MAX_ACCOUNT_DELAY_MS), which slows an attack spread over many addresses
 *   but never refuses the right password.
 * The real person, from their own address, is never refused because of what
 * others sent. Known and unknown e-mails are counted and answered alike.
 * The address is the socket's unless PROXY_HOPS proxies are configured
 * (clientAddress.ts), so X-Forwarded-For cannot spread one client over many.
 *
 * The counters live in this process's memory: with several CMS instances
 * each counts on its own (rate-limiter-flexible has Redis and Mongo stores).
 */
export const FAILED_PER_ADDRESS = 20
export const FAILED_PER_ACCOUNT_AND_ADDRESS = 5
export const SLOW_AFTER_FAILED_PER_ACCOUNT = 10
export const ACCOUNT_DELAY_STEP_MS = 200
export const MAX_ACCOUNT_DELAY_MS = 2_000
export const RESET_REQUESTS_PER_ADDRESS = 5
const HOUR = 60 * 60
const QUARTER = 15 * 60

const failedByAddress = new RateLimiterMemory({ keyPrefix: 'adres', points: FAILED_PER_ADDRESS, duration: HOUR, blockDuration: HOUR })
const failedByPair = new RateLimiterMemory({ keyPrefix: 'account-adres', points: FAILED_PER_ACCOUNT_AND_ADDRESS, duration: QUARTER, blockDuration: QUARTER })
// Counts only; never blocks (points far above any real count).
const failedByAccount = new RateLimiterMemory({ keyPrefix: 'account', points: Number.MAX_SAFE_INTEGER, duration: HOUR })
const resetRequests = new RateLimiterMemory({ keyPrefix: 'herstel', points: RESET_REQUESTS_PER_ADDRESS, duration: QUARTER, blockDuration: QUARTER })

const TOO_MANY_PASSWORDS = 'Te veel mislukte pogingen met een wachtwoord vanaf dit adres'

function tooMany(req: PayloadRequest, waitMs: number, what: string): APIError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
  return new APIError(`${what}. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`, 429)
}

async function take(limiter: RateLimiterMemory, key: string, req: PayloadRequest, what: string): Promise<void> {
  try {
    await limiter.consume(key)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(req, error.msBeforeNext, what)
    throw error
  }
}

const normalEmail = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')
const pairKey = (email: string, address: string) => `${email}|${address}`

/** How long a check for this e-mail waits, from its wrong passwords in the last hour. */
export function accountDelayMs(failed: number): number {
  return Math.min(MAX_ACCOUNT_DELAY_MS, Math.max(0, failed - SLOW_AFTER_FAILED_PER_ACCOUNT) * ACCOUNT_DELAY_STEP_MS)
}

/**
 * Before a password check (a login, or the current password on a change):
 * counts it as wrong until it turns out right, answers 429 when the address
 * or the address and e-mail together have used up their wrong ones, and
 * waits when the e-mail is under attack.
 */
export async function beforePasswordCheck(req: PayloadRequest, emailGiven: unknown): Promise<void> {
  const address = clientAddress(req)
  const email = normalEmail(emailGiven)
  await take(failedByAddress, address, req, TOO_MANY_PASSWORDS)
  await take(failedByPair, pairKey(email, address), req, TOO_MANY_PASSWORDS)
  const account = await failedByAccount.consume(email)
  const delay = accountDelayMs(account.consumedPoints - 1)
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
}

/** A right password: the check does not count, and the address and e-mail start afresh. */
export async function passwordCheckSucceeded(req: PayloadRequest, emailGiven: unknown): Promise<void> {
  const address = clientAddress(req)
  const email = normalEmail(emailGiven)
  await failedByAddress.reward(address)
  await failedByPair.delete(pairKey(email, address))
  await failedByAccount.reward(email)
}

/** beforeOperation: limits logins and password-reset requests. */
export const rateLimitLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') await beforePasswordCheck(req, (args as { data?: { email?: unknown } }).data?.email)
  if (operation === 'forgotPassword') await take(resetRequests, clientAddress(req), req, 'Te veel aanvragen voor een nieuw wachtwoord vanaf dit adres')
  return args
}

/** afterLogin: a successful login gives its check back. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await passwordCheckSucceeded(req, (user as { email?: unknown }).email)
}
