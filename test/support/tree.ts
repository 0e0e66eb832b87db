// Reading a deps tree the way a user checks it: its files, their SHA-256, and what grpc.tar.gz holds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The same rule the mirror uses to compare grpc.tar.gz: git's index and reflogs differ on every clone.
import { VOLATILE_GIT_FILE } from '../../src/effects/tarball-digest.js';

/** Sorted relative paths of the regular files (and links) under dir. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * What a tree holds, comparable across builds: each file's path and SHA-256, and for each
 * grpc.tar.gz each member (directory, link target or content hash) but git's volatile files.
 */
export function describeTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of listTree(dir)) {
    const file = path.join(dir, rel);
    // grpc.tar.gz and the kept unpacked sources: tarballs whose bytes no rebuild reproduces, compared by members.
    if (rel === 'falco-deps.cdx.json') {
      out[rel] = comparableSbom(file);
    } else if (path.basename(rel) === 'grpc.tar.gz' || rel.endsWith('-kept.tar.gz')) {
      for (const [member, what] of Object.entries(describeTarball(file))) out[`${rel}!/${member}`] = what;
    } else {
      out[rel] = fs.lstatSync(file).isSymbolicLink() ? `link:${fs.readlinkSync(file)}` : sha256(file);
    }
  }
  return out;
}

/**
 * A branch's SBOM, comparable across builds: without its serial number and the hashes of the tarballs
 * compared by members (both follow those tarballs' bytes, which no rebuild reproduces).
 */
function comparableSbom(file: string): string {
  const sbom = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    serialNumber?: string;
    components: Array<{ hashes?: unknown; properties?: Array<{ name: string; value: string }> }>;
  };
  delete sbom.serialNumber;
  for (const c of sbom.components) {
    const p = c.properties?.find((x) => x.name === 'falco-deps-mirror:path')?.value ?? '';
    if (path.basename(p) === 'grpc.tar.gz' || p.endsWith('-kept.tar.gz')) delete c.hashes;
  }
  return JSON.stringify(sbom);
}

/** Members of a .tar.gz, unpacked with the real tar: directory, link target, or content hash. */
export function describeTarball(tarball: string): Record<string, string> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-tarball-'));
  try {
    const members = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
      .split('\n')
      .filter((m) => m !== '');
    execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
    const out: Record<string, string> = {};
    for (const raw of members) {
      const member = raw.replace(/\/$/, '');
      if (VOLATILE_GIT_FILE.test(member)) continue;
      const file = path.join(scratch, member);
      const st = fs.lstatSync(file);
      out[member] = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? `link:${fs.readlinkSync(file)}` : sha256(file);
    }
    return out;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
