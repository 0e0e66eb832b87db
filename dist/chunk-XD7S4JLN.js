import { createRequire as __fdmCreateRequire } from 'node:module';
const require = __fdmCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-K63G243T.js";
import "./chunk-2HTMRVXB.js";
import "./chunk-MPEF7G7Y.js";
export {
  context,
  getOctokit
};
