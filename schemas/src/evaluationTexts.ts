/**
 * What the evaluation texts promise about the answers, in a file without zod so the planner in the browser can
 * import it (`@toolkit/schemas/evaluation-texts`). The questions themselves are in evaluation.ts.
 */

/**
 * Who reads the answers and what is kept, as the CMS does it: cms/src/evaluation/submit.ts stores the answers and
 * when they came in, nothing about the sender; only the toolkit's editors read them (per session and per method in
 * the admin, and as CSV). A facilitator has no way to see them, so no text may promise that.
 */
export const EVALUATION_PRIVACY = 'Anoniem: we bewaren alleen je antwoorden en wanneer je ze verstuurde, geen naam, geen IP-adres en geen cookies. Noem geen namen in je opmerking. Alleen de redactie van de toolkit leest de antwoorden.'
/** Said to participants (/evaluatie/) and to the facilitator (the run sheet, printed and as PDF). */
export const SESSION_EVALUATION_READERS = 'De antwoorden gaan naar de redactie van de toolkit, die ze per bijeenkomst bij elkaar ziet. De gespreksleider ziet ze niet.'
/** Under "Heb je dit gebruikt?" on a method's page: the answers are not shown to other readers. */
export const METHOD_EVALUATION_INVITE = 'Laat de redactie van de toolkit in twee vragen weten hoe het ging.'
