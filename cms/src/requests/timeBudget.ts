/**
 * A time budget for one request. GraphQL runs a query's list queries side by
 * side, and a request that arrives meanwhile (/api/health, an editor's save)
 * is answered only when they are done: 250 list queries kept it waiting a
 * minute. The document budget (graphqlBudget.ts) bounds that work before it
 * starts; this is the backstop for what the budget cannot foresee: past the
 * deadline, each further database operation of the request (guardRequest, a
 * beforeOperation hook) is refused.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { APIError } from 'payload'

const budgets = new AsyncLocalStorage<{ deadline: number; ms: number }>()

/** Runs `work` (and everything it starts) with `ms` to spend. */
export function withTimeBudget<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return budgets.run({ deadline: Date.now() + ms, ms }, work)
}

/** Before a database operation: refuse it when the request is out of time. */
export function spendTime(): void {
  const budget = budgets.getStore()
  if (!budget) return
  if (Date.now() > budget.deadline) {
    throw new APIError(
      `Dit verzoek duurde langer dan ${budget.ms / 1000} seconden en is afgebroken. Vraag minder tegelijk (minder lijsten of kleinere pagina's).`,
      400,
      null,
      true,
    )
  }
}
