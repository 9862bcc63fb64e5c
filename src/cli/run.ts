/** The CLI as a program: `bin/cable-edition.js` runs this compiled; `npm run dev --` runs it with tsx. */
import { main } from './main.ts'

process.exitCode = await main(process.argv.slice(2))
