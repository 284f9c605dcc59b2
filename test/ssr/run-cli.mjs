// Runs the command line as a user does, in a child process; shared by the node tests of test/ssr/.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `command` (default: node dist/cli.js) with `args` in `cwd`; resolves `{code, stdout, stderr}`. */
export function run(args, { command = [process.execPath, `${root}dist/cli.js`], cwd = root } = {}) {
  return new Promise((resolve) => {
    execFile(command[0], [...command.slice(1), ...args], { maxBuffer: 64 * 1024 * 1024, cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
