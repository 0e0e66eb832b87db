import { createRequire as __fdmCreateRequire } from 'node:module';
const require = __fdmCreateRequire(import.meta.url);
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-B4DZIA5Y.js";
import "./chunk-PWPUJFIO.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
