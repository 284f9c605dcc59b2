// The command-line options of the project's scripts (shots, bench, Lighthouse), read one way: node:util's parseArgs,
// strict, so that a misspelt option stops the script before it starts work (exit 2), and --help prints the usage.
import { parseArgs } from 'node:util';

/**
 * The values of `options` (parseArgs's option descriptions; `help` is added) given on the command line. Prints
 * `usage` and exits: with 0 on --help, with 2 and the error on an unknown option or a missing value.
 */
export function readOptions(options, usage) {
  let values;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', default: false } } }));
  } catch (e) {
    console.error(`${e.message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
