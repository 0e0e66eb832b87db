// What the run created and must remove on every path: the container, the image (unless kept) and
// temporary directories. Each is recorded in the step state before it exists, so the post step can
// remove it even when main was killed half-way.
import * as fs from 'node:fs/promises';
import type { Engine } from './engine.js';
import type { Reporter } from '../reporting/reporter.js';

export const LEFTOVERS_STATE = 'leftovers';

export interface Leftovers {
  containers: string[];
  images: string[];
  /** Step images of a build that has not finished; forgotten once the build succeeds. */
  layers: string[];
  dirs: string[];
}

export function emptyLeftovers(): Leftovers {
  return { containers: [], images: [], layers: [], dirs: [] };
}

export function parseLeftovers(text: string): Leftovers {
  if (text === '') return emptyLeftovers();
  try {
    const v = JSON.parse(text) as Partial<Leftovers>;
    const strings = (a: unknown): string[] => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
    return { containers: strings(v.containers), images: strings(v.images), layers: strings(v.layers), dirs: strings(v.dirs) };
  } catch {
    return emptyLeftovers();
  }
}

export class Cleanup {
  private readonly left: Leftovers = emptyLeftovers();
  private recorded = false;

  constructor(
    private readonly reporter: Reporter,
    private readonly engine: () => Engine,
  ) {}

  container(name: string): void {
    this.left.containers.push(name);
    this.save();
  }

  image(tag: string): void {
    this.left.images.push(tag);
    this.save();
  }

  layer(id: string): void {
    this.left.layers.push(id);
    this.save();
  }

  /** The build finished: its step images are now parents of the image and go (or stay) with it. */
  buildDone(): void {
    this.left.layers = [];
    this.save();
  }

  dir(dir: string): void {
    this.left.dirs.push(dir);
    this.save();
  }

  /** Removes everything recorded; keeps the image when asked. Never throws: it reports instead. */
  async run(keepImages: boolean): Promise<void> {
    if (!this.recorded) return;
    await removeLeftovers(this.left, this.engine, this.reporter, keepImages);
    this.save();
  }

  private save(): void {
    this.recorded = true;
    this.reporter.saveState(LEFTOVERS_STATE, JSON.stringify(this.left));
  }
}

/** Removes and forgets each leftover it could remove. Shared by main's finally and the post step. */
export async function removeLeftovers(left: Leftovers, engine: () => Engine, reporter: Reporter, keepImages: boolean): Promise<void> {
  const attempt = async (what: string, fn: () => Promise<void>): Promise<boolean> => {
    try {
      await fn();
      return true;
    } catch (err) {
      reporter.warning(`Could not remove ${what}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  };
  left.containers = await keep(left.containers, (c) => attempt(`container ${c}`, () => engine().removeContainer(c)));
  if (!keepImages) left.images = await keep(left.images, (i) => attempt(`image ${i}`, () => engine().removeImage(i)));
  else left.images = [];
  // Newest first, so that each one has no child left when its turn comes.
  left.layers = (await keep([...left.layers].reverse(), (l) => attempt(`build layer ${l}`, () => engine().removeLayer(l)))).reverse();
  left.dirs = await keep(left.dirs, (d) => attempt(`directory ${d}`, () => fs.rm(d, { recursive: true, force: true })));
}

async function keep(items: string[], remove: (item: string) => Promise<boolean>): Promise<string[]> {
  const failed: string[] = [];
  for (const item of items) if (!(await remove(item))) failed.push(item);
  return failed;
}
