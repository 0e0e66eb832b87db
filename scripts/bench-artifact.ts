// `npx tsx scripts/bench-artifact.ts [--big-mb 200] [--runs 3] [--small-files 20]`: what
// ARTIFACT_COMPRESSION_LEVEL (src/artifact.ts) buys when the workflow artifact is a tree of
// already-compressed tarballs: zlib level 0 (stored) against @actions/artifact's default level 6.
//
// It writes a deps tree of random (incompressible) bytes shaped like falco-deps (small-to-medium
// tarballs plus one big one), starts Azurite (test/support/azurite.ts, in memory) and the fake results
// service (test/support/results-service.ts) on 127.0.0.1, and uploads the whole tree N times per
// level, interleaved, through the real DefaultArtifactClient (zip, SHA-256, block upload to Azurite,
// finalize), as src/artifact.ts does but with the level as a parameter. Each upload is timed from the
// call to its return; it also takes this process's CPU time (client and fake service; Azurite is a
// process of its own) and reads the zip's central directory back from Azurite to show how the entries
// were stored. It prints each run, then the medians as a Markdown table and the machine facts.
// MB = 10^6 bytes.
//
// Environment instead of flags: BENCH_BIG_MB, BENCH_RUNS, BENCH_SMALL_FILES. The tree goes under
// $TMPDIR (os.tmpdir()) and is removed at the end, on failure and on Ctrl-C. Exit status: 0 when
// every upload succeeded, 1 on any failure, 2 on bad arguments, 130 when interrupted.
import { DefaultArtifactClient } from '@actions/artifact';
import { BlobServiceClient } from '@azure/storage-blob';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ARTIFACT_COMPRESSION_LEVEL } from '../src/effects/artifact.js';
import { artifactEnv } from '../test/support/artifact-env.js';
import { startAzurite, type Azurite } from '../test/support/azurite.js';
import { startResultsService, type ResultsService } from '../test/support/results-service.js';
import { makeDepsTree, median, parseTreeSettings, runBenchmark, type TreeSettings } from './bench/common.js';

const MB = 1_000_000;
/** @actions/artifact's DEFAULT_COMPRESSION_LEVEL (lib/internal/upload/zip.js); not exported by the package. */
const CLIENT_DEFAULT_LEVEL = 6;

const DEFAULT_BIG_MB = 200;

type Settings = TreeSettings;

interface Variant {
  level: number;
  label: string;
}

interface RunFigures {
  seconds: number;
  cpuSeconds: number;
  zipBytes: number;
}

function parseSettings(): Settings {
  return parseTreeSettings('scripts/bench-artifact.ts', DEFAULT_BIG_MB);
}

/**
 * The compression methods of a zip blob, from its central directory (end record first, then the
 * directory itself, two ranged reads), e.g. { 0: 21 } for 21 stored entries. ZIP64 aware enough for
 * the entry count and offset (archiver writes ZIP64 records only past 4 GB / 65535 entries).
 */
async function zipMethods(blobs: BlobServiceClient, container: string, blobName: string, size: number): Promise<Record<number, number>> {
  const blob = blobs.getContainerClient(container).getBlobClient(blobName);
  const tailLength = Math.min(size, 66_000);
  const tail = await blob.downloadToBuffer(size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${blobName} has no end-of-central-directory record`);
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if ((cdOffset === 0xffffffff || count === 0xffff) && locator >= 0 && tail.readUInt32LE(locator) === 0x07064b50) {
    const z64 = Number(tail.readBigUInt64LE(locator + 8)) - (size - tailLength);
    count = Number(tail.readBigUInt64LE(z64 + 32));
    cdSize = Number(tail.readBigUInt64LE(z64 + 40));
    cdOffset = Number(tail.readBigUInt64LE(z64 + 48));
  }
  const cd = await blob.downloadToBuffer(cdOffset, cdSize);
  const methods: Record<number, number> = {};
  for (let at = 0, i = 0; i < count; i++) {
    if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error(`${blobName}: bad central directory entry ${i}`);
    const method = cd.readUInt16LE(at + 10);
    methods[method] = (methods[method] ?? 0) + 1;
    at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
  }
  return methods;
}

const METHOD_NAMES: Record<number, string> = { 0: 'stored', 8: 'deflated' };
const fmtMethods = (m: Record<number, number>): string =>
  Object.entries(m)
    .map(([k, n]) => `${n} ${METHOD_NAMES[Number(k)] ?? `method ${k}`}`)
    .join(', ');

const fmtMb = (bytes: number): string => (bytes / MB).toFixed(1);
const fmtS = (s: number): string => s.toFixed(2);
const fmtRate = (bytes: number, s: number): string => (s > 0 ? (bytes / MB / s).toFixed(0) : '∞');

/** Runs fn with @actions/core's stdout lines (::debug::, "Uploaded bytes ...") swallowed. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

async function main(abort: AbortSignal): Promise<number> {
  let settings: Settings;
  try {
    settings = parseSettings();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const variants: Variant[] = [
    { level: ARTIFACT_COMPRESSION_LEVEL, label: `level ${ARTIFACT_COMPRESSION_LEVEL} (ARTIFACT_COMPRESSION_LEVEL)` },
    { level: CLIENT_DEFAULT_LEVEL, label: `level ${CLIENT_DEFAULT_LEVEL} (@actions/artifact default)` },
  ];
  if ((ARTIFACT_COMPRESSION_LEVEL as number) === CLIENT_DEFAULT_LEVEL) variants.pop();

  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-bench-artifact-'));
  let azurite: Azurite | undefined;
  let service: ResultsService | undefined;
  const savedEnv = { ...process.env };
  try {
    const dataBytes = Math.round(settings.bigMb * MB) + settings.smallFiles * 5 * MB;
    const fsStat = await fs.statfs(root);
    const free = fsStat.bavail * fsStat.bsize;
    if (free < dataBytes * 1.5) {
      throw new Error(`${root} has ${fmtMb(free)} MB free; this run needs about ${fmtMb(dataBytes * 1.5)} MB (try a smaller --big-mb)`);
    }
    // Azurite keeps each zip in memory until it is deleted (right after its run): one at a time.
    if (os.freemem() < dataBytes * 3) {
      throw new Error(`${fmtMb(os.freemem())} MB of free memory; Azurite needs about ${fmtMb(dataBytes * 3)} MB (try a smaller --big-mb)`);
    }

    const treeDir = path.join(root, 'falco-deps');
    process.stdout.write(`Writing random data to ${treeDir} ... `);
    let t = process.hrtime.bigint();
    const tree = await makeDepsTree(treeDir, settings);
    console.log(`${tree.files.length} files, ${fmtMb(tree.bytes)} MB in ${fmtS(Number(process.hrtime.bigint() - t) / 1e9)} s.`);

    azurite = await startAzurite();
    // verifyHash off: finalize would read the whole blob back, which the real service's cost is not.
    service = await startResultsService({ azurite, verifyHash: false });
    const blobs = BlobServiceClient.fromConnectionString(azurite.connectionString);
    const env = artifactEnv(service.url, { runId: 'bench-run', jobId: 'bench-job', workspace: root });
    for (const k of Object.keys(process.env)) if (/^(ACTIONS_|GITHUB_|RUNNER_)/.test(k)) delete process.env[k];
    Object.assign(process.env, env);
    console.log(`Azurite at ${azurite.blobUrl}, results service at ${service.url}.`);

    const results = new Map<number, RunFigures[]>(variants.map((v) => [v.level, []]));
    const methods = new Map<number, string>();
    const client = new DefaultArtifactClient();
    const files = tree.files.map((f) => path.join(treeDir, f));
    for (let i = 1; i <= settings.runs; i++) {
      // Interleaved, so a slow phase of the machine does not land on one level only.
      for (const v of variants) {
        if (abort.aborted) throw new Error('interrupted');
        const name = `bench-level-${v.level}-run-${i}`;
        const cpu = process.cpuUsage();
        t = process.hrtime.bigint();
        const result = await quietly(() => client.uploadArtifact(name, files, treeDir, { compressionLevel: v.level }));
        const seconds = Number(process.hrtime.bigint() - t) / 1e9;
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;

        const stored = service.artifacts.get(name);
        if (!stored?.finalized || result.id !== stored.id) throw new Error(`${name}: the service has no finalized artifact ${result.id}`);
        const props = await blobs.getContainerClient(service.container).getBlobClient(stored.blobName).getProperties();
        const zipBytes = props.contentLength ?? -1;
        if (zipBytes !== result.size) throw new Error(`${name}: the client reported ${result.size} bytes, Azurite has ${zipBytes}`);
        const m = await zipMethods(blobs, service.container, stored.blobName, zipBytes);
        methods.set(v.level, fmtMethods(m));
        await blobs.getContainerClient(service.container).getBlobClient(stored.blobName).delete();

        results.get(v.level)?.push({ seconds, cpuSeconds, zipBytes });
        console.log(
          `level ${v.level} run ${i}/${settings.runs}: ${fmtS(seconds)} s (${fmtRate(tree.bytes, seconds)} MB/s), ` +
            `CPU ${fmtS(cpuSeconds)} s, zip ${fmtMb(zipBytes)} MB (${zipBytes} bytes; ${fmtMethods(m)})`,
        );
      }
    }

    const bigNote = settings.bigMb === DEFAULT_BIG_MB ? '' : ` (not the default ${DEFAULT_BIG_MB} MB)`;
    console.log('');
    console.log('| zlib level | Upload (s) | MB/s | CPU in this process (s) | Zip uploaded (MB) | Zip / data | Zip entries |');
    console.log('|---|--:|--:|--:|--:|--:|---|');
    for (const v of variants) {
      const rs = results.get(v.level) ?? [];
      const secs = median(rs.map((r) => r.seconds));
      const zip = median(rs.map((r) => r.zipBytes));
      console.log(
        `| ${v.label} | ${fmtS(secs)} | ${fmtRate(tree.bytes, secs)} | ${fmtS(median(rs.map((r) => r.cpuSeconds)))} | ` +
          `${fmtMb(zip)} | ${(zip / tree.bytes).toFixed(4)} | ${methods.get(v.level) ?? '?'} |`,
      );
    }
    console.log('');
    console.log(
      `Median of ${settings.runs} run${settings.runs === 1 ? '' : 's'} per level. Data: ${tree.files.length} files of random bytes, ` +
        `${fmtMb(tree.bytes)} MB (one ${fmtMb(Math.round(settings.bigMb * MB))} MB file${bigNote} and ${settings.smallFiles} from 0.1 to 5 MB). ` +
        `Upload = DefaultArtifactClient.uploadArtifact from call to return: CreateArtifact, zip + SHA-256 + block upload ` +
        `(8 MB blocks, 5 in flight) to Azurite in memory, FinalizeArtifact, all on 127.0.0.1; MB/s = data size / median time; ` +
        `CPU = user + system time of this process (client and fake service, not Azurite); MB = 10^6 bytes.`,
    );
    console.log('');
    console.log(`Machine: ${machineFacts()}.`);
    return 0;
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    await service?.close();
    await azurite?.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}

function machineFacts(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${os.availableParallelism()} CPUs (${cpu}), ${memGb} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

runBenchmark('bench-artifact', 'the temp dirs', main);
