/**
 * A vitest reporter that names every test which failed first and passed when
 * run again (`retry` in vitest.config.ts), with its first error, at the end of
 * the run. The retry keeps a slow moment of a 2-core machine from failing the
 * whole suite; this list keeps such a test from passing unseen, so a test that
 * fails now and then is looked into, not forgotten.
 */
import type { Reporter, TestCase } from 'vitest/node'

export default class RetriedTests implements Reporter {
  private readonly retried: string[] = []

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic()
    if (!diagnostic?.flaky) return
    const firstError = testCase.result().errors?.[0]?.message?.split('\n')[0] ?? ''
    this.retried.push(`${testCase.module.moduleId.replace(/^.*\/tests\//, '')} > ${testCase.fullName}${firstError ? `\n    eerste fout: ${firstError}` : ''}`)
  }

  onTestRunEnd(): void {
    if (this.retried.length === 0) return
    console.log(`\nGeslaagd bij de tweede poging (${this.retried.length}); kijk waarom de eerste faalde:\n${this.retried.map((line) => `  - ${line}`).join('\n')}\n`)
  }
}
