import { createRequire as __fdmCreateRequire } from 'node:module';
const require = __fdmCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-FJM3D3KT.js";
import "./chunk-B4DZIA5Y.js";
import "./chunk-PWPUJFIO.js";
export {
  context,
  getOctokit
};
