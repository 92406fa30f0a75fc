/**
 * The plan in the URL, so a plan can be shared and survives a reload:
 *
 *   ?tijd=90&groep=teams&thema=zelfstigma&stigma=self&grootte=12&ervaringsdeskundige=ja
 *   &datum=2026-12-07&start=13:30
 *   &plan=opening.10_theorie.15.slug-a.slug-b_fragment.25.hoop_werkvorm.20.slug_actiepunten.15_afsluiting.5
 *
 * `plan` is there only once the facilitator edited the plan; without it the
 * plan is made from the other fields. A method's page links to the planner
 * with that method (`?werkvorm=<slug>`, `?fragment=<slug>`): the plan made
 * from the other fields then gets it, and is written back as an edited plan,
 * so a reload keeps it. Anything wrong in the URL becomes a Dutch message and
 * a sensible default, never an error.
 */
import type { Audience, StigmaType } from '@toolkit/schemas'
import { labelIn, rankFindings, type ContentKind } from './fit.ts'
import { balance, fits, totalMinutes } from './balance.ts'
import { ensureItem } from './ensure-item.ts'
import { makePlan } from './make-plan.ts'
import { holdsItem } from './structure.ts'
import { DEFAULT_INPUT, EDIT_STEP_MINUTES, MAX_GROUP, MAX_MINUTES, MIN_GROUP, MIN_MINUTES, nearestStep, rangeOf, TIME_STEPS } from './rules.ts'
import type { Plan, PlanInput, PlanItem, PlanNotice, PlannerCatalog } from './types.ts'

/** URL names of the parts. */
const TOKEN_OF: Record<PlanItem['kind'], string> = {
  opening: 'opening',
  theory: 'theorie',
  fragment: 'fragment',
  activity: 'werkvorm',
  actions: 'actiepunten',
  closing: 'afsluiting',
}
const KIND_OF = Object.fromEntries(Object.entries(TOKEN_OF).map(([kind, token]) => [token, kind])) as Record<string, PlanItem['kind']>

/** The planner's path on the site, before the base path. */
export const PLANNER_PATH = '/plannen/'

/** The fragment or activity a link can ask the plan to hold, read in this order; a parameter each, named as in `plan`. */
const ASKABLE: readonly ContentKind[] = ['fragment', 'activity']

/** The planner with one fragment or activity in the plan (the link on its page): `/plannen/?werkvorm=de-rol-van-empowerment`. */
export function plannerPathWith(kind: ContentKind, slug: string): string {
  return `${PLANNER_PATH}?${new URLSearchParams({ [TOKEN_OF[kind]]: slug }).toString()}`
}

/** Longest value the planner reads from the URL; longer is garbage. */
const MAX_PARAM_LENGTH = 2000

const quote = (value: string) => `‘${value.length > 40 ? `${value.slice(0, 40)}…` : value}’`

export type ParsedInput = { input: PlanInput; messages: string[] }

/** Reads and checks the inputs in a query string. */
export function parseInput(search: string, catalog: PlannerCatalog): ParsedInput {
  const params = new URLSearchParams(search.length > 10 * MAX_PARAM_LENGTH ? '' : search)
  const messages: string[] = []
  const input: PlanInput = { ...DEFAULT_INPUT, themes: [], stigmaTypes: [] }
  const get = (name: string) => {
    const value = params.get(name)
    return value === null ? undefined : value.slice(0, MAX_PARAM_LENGTH).trim()
  }

  const time = get('tijd')
  if (time !== undefined) {
    const minutes = /^-?\d+(?:[.,]\d+)?$/.test(time) ? Number(time.replace(',', '.')) : Number.NaN
    if (!Number.isFinite(minutes)) {
      messages.push(`De tijd ${quote(time)} is geen aantal minuten. Het plan is voor ${DEFAULT_INPUT.minutes} minuten.`)
    } else if (minutes < MIN_MINUTES) {
      input.minutes = MIN_MINUTES
      messages.push(`${minutes} minuten is korter dan de kortste bijeenkomst die de planner maakt (${MIN_MINUTES} minuten). Het plan is voor ${MIN_MINUTES} minuten.`)
    } else if (minutes > MAX_MINUTES) {
      input.minutes = MAX_MINUTES
      messages.push(`${minutes} minuten is langer dan een bijeenkomst volgens de handleiding (hooguit 4 uur). Het plan is voor ${MAX_MINUTES} minuten.`)
    } else if (TIME_STEPS.includes(minutes) || (params.has('plan') && Number.isInteger(minutes) && minutes % EDIT_STEP_MINUTES === 0)) {
      // An edited plan may have grown or shrunk to any multiple of 5 minutes.
      input.minutes = minutes
    } else {
      input.minutes = nearestStep(minutes)
      messages.push(`De planner maakt plannen van 20, 30, 45 of 60 minuten en daarna per kwartier; ${minutes} minuten is afgerond op ${input.minutes}.`)
    }
  }

  const group = get('groep')
  if (group !== undefined) {
    if (catalog.labels.audiences.some((entry) => entry.value === group)) input.audience = group as Audience
    else messages.push(`De groep ${quote(group)} kent de toolkit niet. Het plan is voor ${labelIn(catalog.labels.audiences, DEFAULT_INPUT.audience).toLocaleLowerCase('nl')}.`)
  }

  for (const theme of params.getAll('thema').slice(0, 20)) {
    if (catalog.themes.some((entry) => entry.slug === theme)) {
      if (!input.themes.includes(theme)) input.themes.push(theme)
    } else messages.push(`Het thema ${quote(theme)} bestaat niet in de toolkit en is weggelaten.`)
  }
  for (const type of params.getAll('stigma').slice(0, 10)) {
    // A stigma type the planner shows as a theme (`stigma=self` in an older link is the theme Zelfstigma).
    const theme = catalog.themes.find((entry) => entry.stigmaType === type)
    if (theme) {
      if (!input.themes.includes(theme.slug)) input.themes.push(theme.slug)
    } else if (catalog.labels.stigmaTypes.some((entry) => entry.value === type)) {
      if (!input.stigmaTypes.includes(type as StigmaType)) input.stigmaTypes.push(type as StigmaType)
    } else messages.push(`De soort stigma ${quote(type)} kent de toolkit niet; die is weggelaten.`)
  }

  const size = get('grootte')
  if (size !== undefined) {
    const value = /^\d+$/.test(size) ? Number(size) : Number.NaN
    if (Number.isInteger(value) && value >= MIN_GROUP && value <= MAX_GROUP) input.groupSize = value
    else messages.push(`De groepsgrootte ${quote(size)} kan niet: kies ${MIN_GROUP} tot ${MAX_GROUP} deelnemers. Het plan gaat uit van ${DEFAULT_INPUT.groupSize}.`)
  }

  const expert = get('ervaringsdeskundige')
  if (expert !== undefined) {
    if (expert === 'ja' || expert === 'nee') input.coFacilitator = expert === 'ja'
    else messages.push(`Bij ‘ervaringsdeskundige’ hoort ‘ja’ of ‘nee’, niet ${quote(expert)}.`)
  }

  const date = get('datum')
  if (date !== undefined && date !== '') {
    if (isDate(date)) input.date = date
    else messages.push(`De datum ${quote(date)} is geen geldige datum (jjjj-mm-dd) en is weggelaten.`)
  }
  const start = get('start')
  if (start !== undefined && start !== '') {
    if (/^([01]\d|2[0-3]):[0-5]\d$/.test(start)) input.start = start
    else messages.push(`De begintijd ${quote(start)} is geen geldige tijd (uu:mm) en is weggelaten.`)
  }
  return { input, messages }
}

/** `2026-02-30` is not a date. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A fragment or activity a link asked the plan to hold (`?werkvorm=<slug>`). */
export type Asked = { kind: ContentKind; slug: string }

/** The items a query string asks for, in ASKABLE order. */
function askedIn(params: URLSearchParams): Asked[] {
  return ASKABLE.flatMap((kind) => {
    const slug = params.get(TOKEN_OF[kind])?.slice(0, MAX_PARAM_LENGTH).trim()
    return slug ? [{ kind, slug }] : []
  })
}

const isKnown = ({ kind, slug }: Asked, catalog: PlannerCatalog) =>
  kind === 'fragment' ? catalog.fragments.some((f) => f.slug === slug) : catalog.activities.some((a) => a.slug === slug)

/**
 * The plan from a query string: the edited plan when the URL holds one,
 * otherwise a new plan; `asked`, the items its link asked for (known ones),
 * which a new plan keeps (`remakePlan`).
 */
export function planFromSearch(search: string, catalog: PlannerCatalog): { plan: Plan; edited: boolean; asked: Asked[] } {
  const { input, messages } = parseInput(search, catalog)
  const params = new URLSearchParams(search.length > 10 * MAX_PARAM_LENGTH ? '' : search)
  const raw = params.get('plan')
  const notices = messages.map((text) => ({ kind: 'input' as const, text }))
  const asked = askedIn(params)
  const known = asked.filter((item) => isKnown(item, catalog))
  if (raw !== null) {
    const custom = readItems(raw, input, catalog)
    if (custom.items) {
      return {
        plan: { input, items: custom.items, notices: [...notices, ...custom.messages.map((text) => ({ kind: 'input' as const, text }))] },
        edited: true,
        asked: known,
      }
    }
    notices.push(...custom.messages.map((text) => ({ kind: 'input' as const, text })))
  }
  const plan = makePlan(input, catalog)
  const made = { ...plan, notices: [...notices, ...plan.notices] }
  return asked.length === 0 ? { plan: made, edited: false, asked: [] } : { ...withAsked(made, notices, asked, catalog), asked: known }
}

/**
 * A new plan for changed settings that still holds what the link asked for
 * (`asked`): a facilitator who came from a method's page to plan with it
 * keeps it when choosing another time or group.
 */
export function remakePlan(input: PlanInput, asked: readonly Asked[], catalog: PlannerCatalog): { plan: Plan; edited: boolean } {
  const made = makePlan(input, catalog)
  return asked.length === 0 ? { plan: made, edited: false } : withAsked(made, [], asked, catalog)
}

/**
 * The made plan with the items a link asks for. It counts as edited once one
 * is in it (added or already there), so the URL then holds the plan itself
 * and a reload neither loses the item nor asks for it again.
 */
function withAsked(made: Plan, inputNotices: PlanNotice[], asked: readonly Asked[], catalog: PlannerCatalog): { plan: Plan; edited: boolean } {
  let plan = made
  let changed = false
  const keep = new Set<string>()
  const messages: string[] = []
  for (const { kind, slug } of asked) {
    if (!isKnown({ kind, slug }, catalog)) {
      messages.push(
        kind === 'fragment'
          ? `Het filmfragment ${quote(slug)} uit de link staat niet in de toolkit. Het plan is gemaakt zonder dat filmfragment.`
          : `De werkvorm ${quote(slug)} uit de link staat niet in de toolkit. Het plan is gemaakt zonder die werkvorm.`,
      )
      continue
    }
    if (!holdsItem(plan, kind, slug)) {
      const ensured = ensureItem(plan, kind, slug, keep, catalog)
      if (ensured.message) messages.push(ensured.message)
      if (!ensured.plan) continue
      plan = ensured.plan
      changed = true
    }
    keep.add(`${kind}/${slug}`)
  }
  // After an edit the made plan's notes on what it left out and why may no longer be true, as after any edit.
  const notices = [...(changed ? inputNotices : made.notices), ...messages.map((text) => ({ kind: 'input' as const, text }))]
  return { plan: { ...plan, notices }, edited: keep.size > 0 }
}

const BROKEN = (minutes: number) => `Het aangepaste plan in de link is niet te lezen. Hieronder staat een nieuw plan voor ${minutes} minuten.`

/** Reads the `plan` parameter; any structural problem gives no items and a message. */
function readItems(raw: string, input: PlanInput, catalog: PlannerCatalog): { items?: PlanItem[]; messages: string[] } {
  if (raw.length > MAX_PARAM_LENGTH) return { messages: [BROKEN(input.minutes)] }
  const messages: string[] = []
  const items: PlanItem[] = []
  for (const token of raw.split('_')) {
    const [name = '', minutesText = '', ...refs] = token.split('.')
    const kind = KIND_OF[name]
    const minutes = /^\d{1,3}$/.test(minutesText) ? Number(minutesText) : Number.NaN
    if (!kind || !Number.isFinite(minutes)) return { messages: [BROKEN(input.minutes)] }
    if (kind === 'fragment' || kind === 'activity') {
      const slug = refs[0] ?? ''
      const doc = kind === 'fragment' ? catalog.fragments.find((f) => f.slug === slug) : catalog.activities.find((a) => a.slug === slug)
      if (!doc || refs.length !== 1) {
        messages.push(`Een ${kind === 'fragment' ? 'filmfragment' : 'werkvorm'} uit de link (${quote(slug)}) staat niet in de toolkit en is uit het plan gehaald.`)
        continue
      }
      if (items.some((item) => item.kind === kind && item.slug === slug)) continue
      items.push({ kind, slug, minutes })
    } else if (kind === 'theory') {
      const known = [...new Set(refs)].filter((slug) => catalog.findings.some((finding) => finding.slug === slug)).slice(0, 4)
      if (known.length < refs.length) messages.push('Een kerncijfer uit de link staat niet in de toolkit en is weggelaten.')
      const fill = rankFindings(input, catalog).map((finding) => finding.slug).filter((slug) => !known.includes(slug))
      const figures = known.length >= 2 ? known : [...known, ...fill].slice(0, 2)
      items.push({ kind, minutes, figures })
    } else items.push({ kind, minutes } as PlanItem)
  }
  // The guide's order: opening, theory, fragments and activities, action points, closing.
  const kinds = items.map((item) => item.kind)
  const shape = kinds.join(' ')
  // The theory block is left out of a short plan (and stays out when that plan grows by editing).
  if (!/^opening( theory)?( (fragment|activity))* actions closing$/.test(shape)) return { messages: [BROKEN(input.minutes)] }

  while (!fits(items, input, catalog)) {
    const last = items.findLastIndex((item) => item.kind === 'fragment' || item.kind === 'activity')
    if (last < 0) return { messages: [BROKEN(input.minutes)] }
    items.splice(last, 1)
    messages.push(`Niet alles uit de link past in ${input.minutes} minuten; het laatste onderdeel is weggelaten.`)
  }
  const clamped = items.map((item) => {
    const range = rangeOf(item, input, catalog)
    return { ...item, minutes: Math.max(range.min, Math.min(range.hard ? range.max : input.minutes, item.minutes)) }
  })
  const before = totalMinutes(items)
  const balanced = balance(clamped, input, catalog)
  if (before !== input.minutes || clamped.some((item, i) => item.minutes !== items[i]!.minutes)) {
    messages.push(`De tijden in de link telden niet op tot ${input.minutes} minuten en zijn aangepast.`)
  }
  return { items: balanced, messages }
}

/** The query string of a plan; with `edited`, the parts and their minutes too; `asked`, what its link asked for. */
export function searchOf(plan: Plan, edited: boolean, asked: readonly Asked[] = []): string {
  const params = new URLSearchParams()
  const { input } = plan
  params.set('tijd', String(input.minutes))
  params.set('groep', input.audience)
  for (const theme of input.themes) params.append('thema', theme)
  for (const type of input.stigmaTypes) params.append('stigma', type)
  params.set('grootte', String(input.groupSize))
  params.set('ervaringsdeskundige', input.coFacilitator ? 'ja' : 'nee')
  if (input.date) params.set('datum', input.date)
  if (input.start) params.set('start', input.start)
  for (const { kind, slug } of asked) params.set(TOKEN_OF[kind], slug)
  if (edited) params.set('plan', plan.items.map(tokenOf).join('_'))
  return `?${params.toString().replaceAll('%3A', ':')}`
}

function tokenOf(item: PlanItem): string {
  const refs = item.kind === 'theory' ? item.figures : item.kind === 'fragment' || item.kind === 'activity' ? [item.slug] : []
  return [TOKEN_OF[item.kind], String(item.minutes), ...refs].join('.')
}
