// Types for scripts/esbuild-options.mjs, which stays plain JavaScript so that bundle.mjs runs on bare node.
import type { BuildOptions } from 'esbuild';

export declare const REPO_ROOT: string;
export declare const BUNDLE_OPTIONS: Readonly<BuildOptions>;
