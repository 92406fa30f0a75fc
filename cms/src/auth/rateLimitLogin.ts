import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { clientAddress } from './clientAddress.ts'

/**
 * Per-address limits in front of Payload's per-account lock.
 *
 * Payload locks an account for LOCK_TIME_MS after MAX_LOGIN_ATTEMPTS wrong
 * passwords, whoever typed them, so anyone could lock an admin out with ten
 * requests. One address now gets FAILED_CHECKS_PER_ADDRESS wrong passwords
 * (half the lock) per window and then a 429 with Retry-After for the rest of
 * the window: one client cannot reach the lock within a window, while the
 * account lock still stops an attack spread over many addresses.
 * Successful logins are given back, so a team behind one address is not
 * slowed by colleagues who log in.
 *
 * The counters live in this process's memory: with several CMS instances
 * each counts on its own (rate-limiter-flexible has Redis and Mongo stores).
 */
export const MAX_LOGIN_ATTEMPTS = 10
export const LOCK_TIME_MS = 10 * 60 * 1000
export const FAILED_CHECKS_PER_ADDRESS = Math.floor(MAX_LOGIN_ATTEMPTS / 2)
export const RESET_REQUESTS_PER_ADDRESS = 5
const WINDOW_SECONDS = 15 * 60

const passwordChecks = new RateLimiterMemory({ keyPrefix: 'wachtwoord', points: FAILED_CHECKS_PER_ADDRESS, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS })
const resetRequests = new RateLimiterMemory({ keyPrefix: 'herstel', points: RESET_REQUESTS_PER_ADDRESS, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS })

function tooMany(req: PayloadRequest, waitMs: number, what: string): APIError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
  return new APIError(`${what} vanaf dit adres. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`, 429)
}

async function take(limiter: RateLimiterMemory, req: PayloadRequest, what: string): Promise<void> {
  try {
    await limiter.consume(clientAddress(req))
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(req, error.msBeforeNext, what)
    throw error
  }
}

/** Counts a password check (login, or the current password on a change) before it runs; 429 when this address has used up its wrong ones. */
export const beforePasswordCheck = (req: PayloadRequest) => take(passwordChecks, req, 'Te veel mislukte pogingen met een wachtwoord')

/** A right password: the check does not count against the address. */
export const passwordCheckSucceeded = async (req: PayloadRequest) => {
  await passwordChecks.reward(clientAddress(req))
}

/** beforeOperation: limits logins and password-reset requests per address. */
export const rateLimitLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') await beforePasswordCheck(req)
  if (operation === 'forgotPassword') await take(resetRequests, req, 'Te veel aanvragen voor een nieuw wachtwoord')
  return args
}

/** afterLogin: a successful login gives its check back. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  await passwordCheckSucceeded(req)
}
