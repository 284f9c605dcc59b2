// Loaded into Web Test Runner's process by scripts/test.mjs (`node --import`): when the runner's process is about to
// end with a failure before its reporters have written the run's summary, says how (a SIGINT, or who called
// process.exit, with the stack), so that a run that stops mid-suite leaves a trace. The runner stops quietly, with
// exit code 1 and no summary, on a SIGINT or a process.exit() from a library; two CI runs ended so.
import { existsSync, writeSync } from 'node:fs';

const summary = process.env.TWIN_SUMMARY_FILE;
const early = () => !summary || !existsSync(summary);
// Straight to the file descriptor: the runner's terminal holds back what goes through `console` while it draws.
const say = (text) => writeSync(2, `\n${text}\n`);

process.on('SIGINT', () => {
  if (early()) say('npm test: Web Test Runner received SIGINT before its summary.');
});
const exit = process.exit.bind(process);
process.exit = (code) => {
  if (code && early()) say(`npm test: process.exit(${code}) in Web Test Runner before its summary:\n${new Error('called from').stack}`);
  return exit(code);
};
