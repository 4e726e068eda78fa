// The CLI's single error boundary: the only place in core that exits the process or writes to the terminal.
import { runCli, type CliIo } from './run-cli.js';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    process.stderr.write(`kubeplan: internal error: ${e.message}\n`);
    if (process.env.KUBEPLAN_DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
    else process.stderr.write('(set KUBEPLAN_DEBUG=1 for details, and please report it)\n');
    process.exitCode = 2;
  },
);
