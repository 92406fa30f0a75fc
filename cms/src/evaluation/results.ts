/**
 * The evaluation results for editors: per method and per session the number
 * of answers, the average of each score and the comments
 * (`GET /api/evaluatie/resultaten`), and every answer as CSV for a
 * spreadsheet (`GET /api/evaluatie/resultaten.csv`, in the toolkit's CSV
 * dialect: semicolons as Dutch Excel expects, and a comment that starts like
 * a formula stays text, since anyone may send one; times in Amsterdam time
 * with their offset). Editors only; nothing here identifies a sender.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { spreadsheetCsv } from '@toolkit/schemas/csv'
import { isEditorUser, userOf } from '../access/roles.ts'
import { amsterdamIso } from '../admin/amsterdamIso.ts'
import { EVALUATIONS } from '../collections/Evaluations.ts'

type Answer = { kind: string; target: string; useful: number; actionsClear?: number | null; willApply?: number | null; comment?: string | null; createdAt: string }

export type TargetResult = {
  kind: string
  target: string
  count: number
  averages: Record<'useful' | 'actionsClear' | 'willApply', number | null>
  comments: string[]
  /** When the first and the last answer came in (ISO 8601, UTC as stored): a session's code alone says nothing about when it was. */
  firstAt: string
  lastAt: string
}

const SCORES = ['useful', 'actionsClear', 'willApply'] as const

export async function allAnswers(req: PayloadRequest): Promise<Answer[]> {
  const { docs } = await req.payload.find({ collection: EVALUATIONS, pagination: false, sort: 'createdAt', depth: 0, overrideAccess: true })
  return docs as unknown as Answer[]
}

export function summarise(answers: readonly Answer[]): TargetResult[] {
  const groups = new Map<string, Answer[]>()
  for (const answer of answers) groups.set(`${answer.kind}\u0000${answer.target}`, [...(groups.get(`${answer.kind}\u0000${answer.target}`) ?? []), answer])
  return [...groups.values()].map((group) => {
    const average = (name: (typeof SCORES)[number]) => {
      const values = group.map((answer) => answer[name]).filter((value): value is number => typeof value === 'number')
      return values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : null
    }
    return {
      kind: group[0]!.kind,
      target: group[0]!.target,
      count: group.length,
      averages: { useful: average('useful'), actionsClear: average('actionsClear'), willApply: average('willApply') },
      comments: group.flatMap((answer) => (answer.comment ? [answer.comment] : [])),
      // allAnswers sorts by createdAt, so a group is in order too.
      firstAt: group[0]!.createdAt,
      lastAt: group.at(-1)!.createdAt,
    }
  })
}

const refuse = () => Response.json({ message: 'Alleen redacteuren zien de evaluaties. Log in in het beheer.' }, { status: 403 })

export const evaluationResultsEndpoint: Endpoint = {
  path: '/evaluatie/resultaten',
  method: 'get',
  handler: async (req) => {
    if (!isEditorUser(userOf(req))) return refuse()
    return Response.json({ results: summarise(await allAnswers(req)) }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

export const evaluationCsvEndpoint: Endpoint = {
  path: '/evaluatie/resultaten.csv',
  method: 'get',
  handler: async (req) => {
    if (!isEditorUser(userOf(req))) return refuse()
    const rows = (await allAnswers(req)).map((answer) => [
      amsterdamIso(answer.createdAt),
      answer.kind === 'session' ? 'bijeenkomst' : 'methode',
      answer.target,
      answer.useful,
      answer.actionsClear ?? '',
      answer.willApply ?? '',
      answer.comment ?? '',
    ])
    const csv = spreadsheetCsv([['ingestuurd', 'soort', 'bijeenkomst of methode', 'nuttig', 'actiepunten duidelijk', 'toepassen', 'opmerking'], ...rows])
    return new Response(csv, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="evaluaties.csv"', 'Cache-Control': 'no-store' },
    })
  },
}
