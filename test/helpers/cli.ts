/** The CLI run in the test's own process: what it writes and its exit status, no process started. */
import { main } from '../../src/cli/main.ts'

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

/** Run `cable-edition ARGS` with the test's environment plus `env`. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...process.env, ...env },
  })
  return { status, stdout, stderr }
}
