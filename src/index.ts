// The action's entry, for both the main and the post step: run() (main.ts) tells them apart.
import { run } from './main.js';

void run();
