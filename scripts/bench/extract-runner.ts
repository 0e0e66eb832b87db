// The extraction side of `npm run bench -- --extract` (scripts/bench-extract.ts): extractTree alone, in
// a process of its own (bundled by esbuild as dist is) so that its peak RSS is measured alone. The
// archive comes through a pipe from `cat`, started the way engine.copyOut starts `docker cp ... -`.
// Prints one JSON line: seconds, peak RSS (KiB; VmHWM, see peakRssKiB), and the files and bytes hashed.
//
// usage: node extract-runner.mjs --archive FILE.tar --out DIR
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runStreaming } from '../../src/effects/exec.js';
import { extractTree } from '../../src/effects/extract.js';
import { peakRssKiB } from './common.js';

export interface ExtractRunnerResult {
  seconds: number;
  maxRssKiB: number;
  files: number;
  bytes: number;
}

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => controller.abort());

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { archive: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.archive || !values.out) throw new Error('--archive and --out are required');
  const started = process.hrtime.bigint();
  const { stdout, done } = runStreaming('cat', [path.resolve(values.archive)], { signal: controller.signal });
  const producer = done.then((r) => {
    if (r.code !== 0) throw new Error(`cat failed (exit ${r.code}): ${r.stderr.trim()}`);
  });
  const digests = await extractTree(stdout, path.resolve(values.out), { root: 'falco-deps', producer });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let bytes = 0;
  for (const d of digests.values()) bytes += d.size;
  const result: ExtractRunnerResult = { seconds, maxRssKiB: peakRssKiB(), files: digests.size, bytes };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`extract runner failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = controller.signal.aborted ? 130 : 1;
});
