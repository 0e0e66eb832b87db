import { createRequire as __fdmCreateRequire } from 'node:module';
const require = __fdmCreateRequire(import.meta.url);
import {
  error,
  getInput,
  getState,
  group,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-3FK5MA4C.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MPEF7G7Y.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re2 = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t2 = exports.t = {};
    var R2 = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R2++;
      debug(name, index, value);
      t2[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re2[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t2.PRERELEASEIDENTIFIER]}(?:\\.${src[t2.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t2.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t2.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t2.BUILDIDENTIFIER]}(?:\\.${src[t2.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t2.MAINVERSION]}${src[t2.PRERELEASE]}?${src[t2.BUILD]}?`);
    createToken("FULL", `^${src[t2.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t2.MAINVERSIONLOOSE]}${src[t2.PRERELEASELOOSE]}?${src[t2.BUILD]}?`);
    createToken("LOOSE", `^${src[t2.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t2.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t2.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:${src[t2.PRERELEASE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:${src[t2.PRERELEASELOOSE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t2.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t2.COERCEPLAIN] + `(?:${src[t2.PRERELEASE]})?(?:${src[t2.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t2.COERCE], true);
    createToken("COERCERTLFULL", src[t2.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t2.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t2.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t2.GTLT]}\\s*(${src[t2.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]}|${src[t2.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t2.XRANGEPLAIN]})\\s+-\\s+(${src[t2.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t2.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t2.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b2) => {
      if (typeof a === "number" && typeof b2 === "number") {
        return a === b2 ? 0 : a < b2 ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b2);
      if (anum && bnum) {
        a = +a;
        b2 = +b2;
      }
      return a === b2 ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b2 ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b2) => compareIdentifiers(b2, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re2, t: t2 } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m2 = version.trim().match(options.loose ? re2[t2.LOOSE] : re2[t2.FULL]);
        if (!m2) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m2[1];
        this.minor = +m2[2];
        this.patch = +m2[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m2[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m2[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m2[5] ? m2[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b2 = other.prerelease[i];
          debug("prerelease compare", i, a, b2);
          if (a === void 0 && b2 === void 0) {
            return 0;
          } else if (b2 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b2) {
            continue;
          } else {
            return compareIdentifiers(a, b2);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b2 = other.build[i];
          debug("build compare", i, a, b2);
          if (a === void 0 && b2 === void 0) {
            return 0;
          } else if (b2 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b2) {
            continue;
          } else {
            return compareIdentifiers(a, b2);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re2[t2.PRERELEASELOOSE] : re2[t2.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er2) {
        if (!throwErrors) {
          return null;
        }
        throw er2;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v2 = parse2(version, options);
      return v2 ? v2.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version, options) => {
      const s3 = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s3 ? s3.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er2) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b2, loose) => new SemVer(a, loose).compare(new SemVer(b2, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b2, loose) => compare(b2, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b2) => compare(a, b2, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b2, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b2, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b2) => compareBuild(a, b2, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b2) => compareBuild(b2, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b2, loose) => compare(a, b2, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt2 = (a, b2, loose) => compare(a, b2, loose) < 0;
    module.exports = lt2;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b2, loose) => compare(a, b2, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b2, loose) => compare(a, b2, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b2, loose) => compare(a, b2, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b2, loose) => compare(a, b2, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt2 = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b2, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b2 === "object") {
            b2 = b2.version;
          }
          return a === b2;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b2 === "object") {
            b2 = b2.version;
          }
          return a !== b2;
        case "":
        case "=":
        case "==":
          return eq(a, b2, loose);
        case "!=":
          return neq(a, b2, loose);
        case ">":
          return gt2(a, b2, loose);
        case ">=":
          return gte(a, b2, loose);
        case "<":
          return lt2(a, b2, loose);
        case "<=":
          return lte(a, b2, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
    var { safeRe: re2, t: t2 } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re2[t2.COERCEFULL] : re2[t2.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re2[t2.COERCERTLFULL] : re2[t2.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start2, limit, digitRuns) => {
      if (!isDigit(range[start2])) {
        return start2;
      }
      if (start2 >= digitRuns.start && start2 < digitRuns.end) {
        return Math.min(start2 + limit, digitRuns.end);
      }
      if (start2 >= digitRuns.previousStart && start2 < digitRuns.previousEnd) {
        return Math.min(start2 + limit, digitRuns.previousEnd);
      }
      let end = start2 + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start2;
      digitRuns.end = end;
      return Math.min(start2 + limit, end);
    };
    var findVersionNumberEndIndex = (range, start2, loose, digitRuns) => {
      if (!loose && range[start2] === "0") {
        return start2 + 1;
      }
      return findDigitsEndIndex(range, start2, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start2, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start2, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start2, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start2, loose, digitRuns) => {
      const hyphen = range[start2] === "-";
      if (!loose && !hyphen) {
        return start2;
      }
      const identifierStart = start2 + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start2;
        }
        end = findPrereleaseIdentifierEndIndex(range, start2, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start2) => {
      let end = start2;
      while (end - start2 < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start2) => {
      if (range[start2] !== "+") {
        return start2;
      }
      let end = findBuildIdentifierEndIndex(range, start2 + 1);
      if (end === start2 + 1) {
        return start2;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start2, digitRuns) => {
      let end = start2;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start2;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start2;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start2, digitRuns) => {
      if (isDigit(range[start2])) {
        return findVersionNumberEndIndex(range, start2, false, digitRuns);
      }
      return isVersionStart(range[start2]) ? start2 + 1 : start2;
    };
    var findPartialVersionEndIndex = (range, start2, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start2, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start2, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start2, digitRuns);
      return fullVersionEnd !== start2 ? fullVersionEnd : findPartialVersionEndIndex(range, start2, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k2 = 0; k2 < comps.length; k2++) {
              if (k2 > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k2].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr2 = loose ? re2[t2.HYPHENRANGELOOSE] : re2[t2.HYPHENRANGE];
        range = range.replace(hr2, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re2[t2.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re2[t2.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re2[t2.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er2) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re2,
      src,
      t: t2,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t2.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re2[t2.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M2, m2, p2) => isX(M2) && !isX(m2) || isX(m2) && p2 && !isX(p2);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re2[t2.TILDELOOSE] : re2[t2.TILDE];
      const z2 = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_2, M2, m2, p2, pr2) => {
        debug("tilde", comp, _2, M2, m2, p2, pr2);
        let ret;
        if (isX(M2)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M2}.0.0${z2} <${+M2 + 1}.0.0-0`;
        } else if (isX(p2)) {
          ret = `>=${M2}.${m2}.0${z2} <${M2}.${+m2 + 1}.0-0`;
        } else if (pr2) {
          debug("replaceTilde pr", pr2);
          ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${+m2 + 1}.0-0`;
        } else {
          ret = `>=${M2}.${m2}.${p2} <${M2}.${+m2 + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re2[t2.CARETLOOSE] : re2[t2.CARET];
      const z2 = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_2, M2, m2, p2, pr2) => {
        debug("caret", comp, _2, M2, m2, p2, pr2);
        let ret;
        if (isX(M2)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M2}.0.0${z2} <${+M2 + 1}.0.0-0`;
        } else if (isX(p2)) {
          if (M2 === "0") {
            ret = `>=${M2}.${m2}.0${z2} <${M2}.${+m2 + 1}.0-0`;
          } else {
            ret = `>=${M2}.${m2}.0${z2} <${+M2 + 1}.0.0-0`;
          }
        } else if (pr2) {
          debug("replaceCaret pr", pr2);
          if (M2 === "0") {
            if (m2 === "0") {
              ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M2}.${m2}.${p2}-${pr2} <${+M2 + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M2 === "0") {
            if (m2 === "0") {
              ret = `>=${M2}.${m2}.${p2} <${M2}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M2}.${m2}.${p2} <${M2}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M2}.${m2}.${p2} <${+M2 + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re2[t2.XRANGELOOSE] : re2[t2.XRANGE];
      return comp.replace(r, (ret, gtlt, M2, m2, p2, pr2) => {
        debug("xRange", comp, ret, gtlt, M2, m2, p2, pr2);
        if (invalidXRangeOrder(M2, m2, p2)) {
          return comp;
        }
        const xM = isX(M2);
        const xm = xM || isX(m2);
        const xp = xm || isX(p2);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr2 = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m2 = 0;
          }
          p2 = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M2 = +M2 + 1;
              m2 = 0;
              p2 = 0;
            } else {
              m2 = +m2 + 1;
              p2 = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M2 = +M2 + 1;
            } else {
              m2 = +m2 + 1;
            }
          }
          if (gtlt === "<") {
            pr2 = "-0";
          }
          ret = `${gtlt + M2}.${m2}.${p2}${pr2}`;
        } else if (xm) {
          ret = `>=${M2}.0.0${pr2} <${+M2 + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M2}.${m2}.0${pr2} <${M2}.${+m2 + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re2[t2.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re2[options.includePrerelease ? t2.GTE0PRE : t2.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to2, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to2 = "";
      } else if (isX(tm)) {
        to2 = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to2 = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to2 = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to2 = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to2 = `<=${to2}`;
      }
      return `${from} ${to2}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re2[t2.COMPARATORLOOSE] : re2[t2.COMPARATOR];
        const m2 = comp.match(r);
        if (!m2) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m2[1] !== void 0 ? m2[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m2[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m2[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er2) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re2, t: t2 } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er2) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!max || maxSV.compare(v2) === -1) {
            max = v2;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!min || minSV.compare(v2) === 1) {
            min = v2;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er2) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt2;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt2;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v2 = versions.sort((a, b2) => compare(a, b2, options));
      for (const version of v2) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v2[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v2[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt2;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt2 = lowerLT(lt2, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt2) {
        gtltComp = compare(gt2.semver, lt2.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt2.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies(eq, String(gt2), options)) {
          return null;
        }
        if (lt2 && !satisfies(eq, String(lt2), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt2 && !options.includePrerelease && lt2.semver.prerelease.length ? lt2.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt2.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt2) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt2, c, options);
            if (lower === c && lower !== lt2) {
              return false;
            }
          } else if (lt2.operator === "<=" && !c.test(lt2.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt2 || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt2 && gtltComp !== 0) {
        return false;
      }
      if (lt2 && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b2, options) => {
      if (!a) {
        return b2;
      }
      const comp = compare(a.semver, b2.semver, options);
      return comp > 0 ? a : comp < 0 ? b2 : b2.operator === ">" && a.operator === ">=" ? b2 : a;
    };
    var lowerLT = (a, b2, options) => {
      if (!a) {
        return b2;
      }
      const comp = compare(a.semver, b2.semver, options);
      return comp < 0 ? a : comp > 0 ? b2 : b2.operator === "<" && a.operator === "<=" ? b2 : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt: lt2,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js
var require_attachmentEncoding = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AttachmentEncoding = void 0;
    var AttachmentEncoding;
    (function(AttachmentEncoding2) {
      AttachmentEncoding2["Base64"] = "base64";
    })(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js
var require_componentScope = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentScope = void 0;
    var ComponentScope;
    (function(ComponentScope2) {
      ComponentScope2["Required"] = "required";
      ComponentScope2["Optional"] = "optional";
      ComponentScope2["Excluded"] = "excluded";
    })(ComponentScope || (exports.ComponentScope = ComponentScope = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js
var require_componentType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentType = void 0;
    var ComponentType2;
    (function(ComponentType3) {
      ComponentType3["Application"] = "application";
      ComponentType3["Framework"] = "framework";
      ComponentType3["Library"] = "library";
      ComponentType3["Container"] = "container";
      ComponentType3["Platform"] = "platform";
      ComponentType3["OperatingSystem"] = "operating-system";
      ComponentType3["Device"] = "device";
      ComponentType3["DeviceDriver"] = "device-driver";
      ComponentType3["Firmware"] = "firmware";
      ComponentType3["File"] = "file";
      ComponentType3["MachineLearningModel"] = "machine-learning-model";
      ComponentType3["Data"] = "data";
      ComponentType3["CryptographicAsset"] = "cryptographic-asset";
    })(ComponentType2 || (exports.ComponentType = ComponentType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js
var require_externalReferenceType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalReferenceType = void 0;
    var ExternalReferenceType2;
    (function(ExternalReferenceType3) {
      ExternalReferenceType3["VCS"] = "vcs";
      ExternalReferenceType3["IssueTracker"] = "issue-tracker";
      ExternalReferenceType3["Website"] = "website";
      ExternalReferenceType3["Advisories"] = "advisories";
      ExternalReferenceType3["BOM"] = "bom";
      ExternalReferenceType3["MailingList"] = "mailing-list";
      ExternalReferenceType3["Social"] = "social";
      ExternalReferenceType3["Chat"] = "chat";
      ExternalReferenceType3["Documentation"] = "documentation";
      ExternalReferenceType3["Support"] = "support";
      ExternalReferenceType3["SourceDistribution"] = "source-distribution";
      ExternalReferenceType3["Distribution"] = "distribution";
      ExternalReferenceType3["DistributionIntake"] = "distribution-intake";
      ExternalReferenceType3["License"] = "license";
      ExternalReferenceType3["BuildMeta"] = "build-meta";
      ExternalReferenceType3["BuildSystem"] = "build-system";
      ExternalReferenceType3["ReleaseNotes"] = "release-notes";
      ExternalReferenceType3["SecurityContact"] = "security-contact";
      ExternalReferenceType3["ModelCard"] = "model-card";
      ExternalReferenceType3["Log"] = "log";
      ExternalReferenceType3["Configuration"] = "configuration";
      ExternalReferenceType3["Evidence"] = "evidence";
      ExternalReferenceType3["Formulation"] = "formulation";
      ExternalReferenceType3["Attestation"] = "attestation";
      ExternalReferenceType3["ThreatModel"] = "threat-model";
      ExternalReferenceType3["AdversaryModel"] = "adversary-model";
      ExternalReferenceType3["RiskAssessment"] = "risk-assessment";
      ExternalReferenceType3["VulnerabilityAssertion"] = "vulnerability-assertion";
      ExternalReferenceType3["ExploitabilityStatement"] = "exploitability-statement";
      ExternalReferenceType3["PentestReport"] = "pentest-report";
      ExternalReferenceType3["StaticAnalysisReport"] = "static-analysis-report";
      ExternalReferenceType3["DynamicAnalysisReport"] = "dynamic-analysis-report";
      ExternalReferenceType3["RuntimeAnalysisReport"] = "runtime-analysis-report";
      ExternalReferenceType3["ComponentAnalysisReport"] = "component-analysis-report";
      ExternalReferenceType3["MaturityReport"] = "maturity-report";
      ExternalReferenceType3["CertificationReport"] = "certification-report";
      ExternalReferenceType3["CodifiedInfrastructure"] = "codified-infrastructure";
      ExternalReferenceType3["QualityMetrics"] = "quality-metrics";
      ExternalReferenceType3["POAM"] = "poam";
      ExternalReferenceType3["ElectronicSignature"] = "electronic-signature";
      ExternalReferenceType3["DigitalSignature"] = "digital-signature";
      ExternalReferenceType3["RFC9116"] = "rfc-9116";
      ExternalReferenceType3["Citation"] = "citation";
      ExternalReferenceType3["Patent"] = "patent";
      ExternalReferenceType3["PatentAssertion"] = "patent-assertion";
      ExternalReferenceType3["PatentFamily"] = "patent-family";
      ExternalReferenceType3["Other"] = "other";
    })(ExternalReferenceType2 || (exports.ExternalReferenceType = ExternalReferenceType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js
var require_hashAlogorithm = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashAlgorithm = void 0;
    var HashAlgorithm2;
    (function(HashAlgorithm3) {
      HashAlgorithm3["MD5"] = "MD5";
      HashAlgorithm3["SHA-1"] = "SHA-1";
      HashAlgorithm3["SHA-256"] = "SHA-256";
      HashAlgorithm3["SHA-384"] = "SHA-384";
      HashAlgorithm3["SHA-512"] = "SHA-512";
      HashAlgorithm3["SHA3-256"] = "SHA3-256";
      HashAlgorithm3["SHA3-384"] = "SHA3-384";
      HashAlgorithm3["SHA3-512"] = "SHA3-512";
      HashAlgorithm3["BLAKE2b-256"] = "BLAKE2b-256";
      HashAlgorithm3["BLAKE2b-384"] = "BLAKE2b-384";
      HashAlgorithm3["BLAKE2b-512"] = "BLAKE2b-512";
      HashAlgorithm3["BLAKE3"] = "BLAKE3";
      HashAlgorithm3["Streebog-256"] = "Streebog-256";
      HashAlgorithm3["Streebog-512"] = "Streebog-512";
    })(HashAlgorithm2 || (exports.HashAlgorithm = HashAlgorithm2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js
var require_licenseAcknowledgement = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseAcknowledgement = void 0;
    var LicenseAcknowledgement;
    (function(LicenseAcknowledgement2) {
      LicenseAcknowledgement2["Declared"] = "declared";
      LicenseAcknowledgement2["Concluded"] = "concluded";
    })(LicenseAcknowledgement || (exports.LicenseAcknowledgement = LicenseAcknowledgement = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js
var require_lifecyclePhase = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecyclePhase = void 0;
    var LifecyclePhase;
    (function(LifecyclePhase2) {
      LifecyclePhase2["Design"] = "design";
      LifecyclePhase2["PreBuild"] = "pre-build";
      LifecyclePhase2["Build"] = "build";
      LifecyclePhase2["PostBuild"] = "post-build";
      LifecyclePhase2["Operations"] = "operations";
      LifecyclePhase2["Discovery"] = "discovery";
      LifecyclePhase2["Decommission"] = "decommission";
    })(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js
var require_affectStatus = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectStatus = void 0;
    var AffectStatus;
    (function(AffectStatus2) {
      AffectStatus2["Affected"] = "affected";
      AffectStatus2["Unaffected"] = "unaffected";
      AffectStatus2["Unknown"] = "unknown";
    })(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js
var require_analysisJustification = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisJustification = void 0;
    var AnalysisJustification;
    (function(AnalysisJustification2) {
      AnalysisJustification2["CodeNotPresent"] = "code_not_present";
      AnalysisJustification2["CodeNotReachable"] = "code_not_reachable";
      AnalysisJustification2["RequiresConfiguration"] = "requires_configuration";
      AnalysisJustification2["RequiresDependency"] = "requires_dependency";
      AnalysisJustification2["RequiresEnvironment"] = "requires_environment";
      AnalysisJustification2["ProtectedByCompiler"] = "protected_by_compiler";
      AnalysisJustification2["ProtectedAtRuntime"] = "protected_at_runtime";
      AnalysisJustification2["ProtectedAtPerimeter"] = "protected_at_perimeter";
      AnalysisJustification2["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
    })(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js
var require_sortable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
    exports.compareObjectsSymbol = /* @__PURE__ */ Symbol("internal compare function");
    var SortableSet = class extends Set {
      sorted() {
        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
      }
      compare(other) {
        const sortedOther = other.sorted();
        const sortedSelf = this.sorted();
        if (sortedSelf.length !== sortedOther.length) {
          return sortedSelf.length - sortedOther.length;
        }
        for (let i = sortedSelf.length - 1; i >= 0; --i) {
          const iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
          if (iCompared !== 0) {
            return iCompared;
          }
        }
        return 0;
      }
    };
    exports.SortableSet = SortableSet;
    var SortableComparables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b2) {
        if (a.constructor === b2.constructor) {
          return a.compare(b2);
        }
        return a.constructor.name.localeCompare(b2.constructor.name);
      }
    };
    exports.SortableComparables = SortableComparables;
    var SortableStringables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b2) {
        return a.toString().localeCompare(b2.toString());
      }
    };
    exports.SortableStringables = SortableStringables;
    var SortableNumbers = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b2) {
        return a - b2;
      }
    };
    exports.SortableNumbers = SortableNumbers;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js
var require_analysisResponse = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
    var sortable_1 = require_sortable();
    var AnalysisResponse;
    (function(AnalysisResponse2) {
      AnalysisResponse2["CanNotFix"] = "can_not_fix";
      AnalysisResponse2["WillNotFix"] = "will_not_fix";
      AnalysisResponse2["Update"] = "update";
      AnalysisResponse2["Rollback"] = "rollback";
      AnalysisResponse2["WorkaroundAvailable"] = "workaround_available";
    })(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
    var AnalysisResponseRepository = class extends sortable_1.SortableStringables {
    };
    exports.AnalysisResponseRepository = AnalysisResponseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js
var require_analysisState = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisState = void 0;
    var AnalysisState;
    (function(AnalysisState2) {
      AnalysisState2["Resolved"] = "resolved";
      AnalysisState2["ResolvedWithPedigree"] = "resolved_with_pedigree";
      AnalysisState2["Exploitable"] = "exploitable";
      AnalysisState2["InTriage"] = "in_triage";
      AnalysisState2["FalsePositive"] = "false_positive";
      AnalysisState2["NotAffected"] = "not_affected";
    })(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js
var require_ratingMethod = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingMethod = void 0;
    var RatingMethod;
    (function(RatingMethod2) {
      RatingMethod2["CVSSv2"] = "CVSSv2";
      RatingMethod2["CVSSv3"] = "CVSSv3";
      RatingMethod2["CVSSv31"] = "CVSSv31";
      RatingMethod2["CVSSv4"] = "CVSSv4";
      RatingMethod2["OWASP"] = "OWASP";
      RatingMethod2["SSVC"] = "SSVC";
      RatingMethod2["Other"] = "other";
    })(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js
var require_severity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Severity = void 0;
    var Severity;
    (function(Severity2) {
      Severity2["Critical"] = "critical";
      Severity2["High"] = "high";
      Severity2["Medium"] = "medium";
      Severity2["Low"] = "low";
      Severity2["Info"] = "info";
      Severity2["None"] = "none";
      Severity2["Unknown"] = "unknown";
    })(Severity || (exports.Severity = Severity = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_affectStatus(), exports);
    __exportStar(require_analysisJustification(), exports);
    __exportStar(require_analysisResponse(), exports);
    __exportStar(require_analysisState(), exports);
    __exportStar(require_ratingMethod(), exports);
    __exportStar(require_severity(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var require_enums = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar2 = [];
          for (var k2 in o2) if (Object.prototype.hasOwnProperty.call(o2, k2)) ar2[ar2.length] = k2;
          return ar2;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 = ownKeys(mod), i = 0; i < k2.length; i++) if (k2[i] !== "default") __createBinding(result, mod, k2[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachmentEncoding(), exports);
    __exportStar(require_componentScope(), exports);
    __exportStar(require_componentType(), exports);
    __exportStar(require_externalReferenceType(), exports);
    __exportStar(require_hashAlogorithm(), exports);
    __exportStar(require_licenseAcknowledgement(), exports);
    __exportStar(require_lifecyclePhase(), exports);
    exports.Vulnerability = __importStar(require_vulnerability());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js
var require_attachment = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Attachment = void 0;
    var Attachment = class {
      contentType;
      content;
      encoding;
      constructor(content, op = {}) {
        this.contentType = op.contentType;
        this.content = content;
        this.encoding = op.encoding;
      }
    };
    exports.Attachment = Attachment;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js
var require_integer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isInteger = isInteger;
    exports.isNonNegativeInteger = isNonNegativeInteger;
    exports.isPositiveInteger = isPositiveInteger;
    function isInteger(value) {
      return Number.isInteger(value);
    }
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js
var require_tree = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.treeIteratorSymbol = void 0;
    exports.treeIteratorSymbol = /* @__PURE__ */ Symbol("iterator of a tree/nesting-like structure");
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js
var require_cpe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isCPE = isCPE;
    var cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
    function isCPE(value) {
      return typeof value === "string" && cpePattern.test(value);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js
var require_bomRef = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomRefRepository = exports.BomRef = void 0;
    var BomRef = class {
      value;
      constructor(value) {
        this.value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value ?? "";
      }
    };
    exports.BomRef = BomRef;
    var BomRefRepository = class extends Set {
    };
    exports.BomRefRepository = BomRefRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js
var require_copyright = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CopyrightRepository = void 0;
    var sortable_1 = require_sortable();
    var CopyrightRepository = class extends sortable_1.SortableStringables {
    };
    exports.CopyrightRepository = CopyrightRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js
var require_hash = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashDictionary = void 0;
    var HashDictionary = class _HashDictionary extends Map {
      static #compareItems([a1, c1], [a2, c2]) {
        return a1.localeCompare(a2) || c1.localeCompare(c2);
      }
      sorted() {
        return Array.from(this.entries()).sort(_HashDictionary.#compareItems);
      }
    };
    exports.HashDictionary = HashDictionary;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js
var require_externalReference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalReferenceRepository = exports.ExternalReference = void 0;
    var sortable_1 = require_sortable();
    var hash_1 = require_hash();
    var ExternalReference2 = class {
      url;
      type;
      hashes;
      comment;
      constructor(url, type, op = {}) {
        this.url = url;
        this.type = type;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.comment = op.comment;
      }
      compare(other) {
        return this.type.localeCompare(other.type) || this.url.toString().localeCompare(other.url.toString());
      }
    };
    exports.ExternalReference = ExternalReference2;
    var ExternalReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ExternalReferenceRepository = ExternalReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js
var require_property = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyRepository = exports.Property = void 0;
    var sortable_1 = require_sortable();
    var Property2 = class {
      name;
      value;
      constructor(name, value) {
        this.name = name;
        this.value = value;
      }
      compare(other) {
        return this.name.localeCompare(other.name) || this.value.localeCompare(other.value);
      }
    };
    exports.Property = Property2;
    var PropertyRepository = class extends sortable_1.SortableComparables {
    };
    exports.PropertyRepository = PropertyRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js
var require_license = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseRepository = exports.SpdxLicense = exports.NamedLicense = exports.LicenseExpression = void 0;
    var property_1 = require_property();
    var LicenseExpression = class {
      #expression;
      acknowledgement;
      constructor(expression) {
        this.expression = expression;
      }
      get expression() {
        return this.#expression;
      }
      set expression(value) {
        if (value === "") {
          throw new RangeError("value is empty string");
        }
        this.#expression = value;
      }
      compare(other) {
        return this.#expression.localeCompare(other.#expression);
      }
    };
    exports.LicenseExpression = LicenseExpression;
    var DisjunctiveLicenseBase = class {
      acknowledgement;
      text;
      #url;
      properties;
      constructor(op = {}) {
        this.acknowledgement = op.acknowledgement;
        this.text = op.text;
        this.url = op.url;
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get url() {
        return this.#url;
      }
      set url(value) {
        this.#url = value === "" ? void 0 : value;
      }
    };
    var NamedLicense = class extends DisjunctiveLicenseBase {
      name;
      constructor(name, op = {}) {
        super(op);
        this.name = name;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLicense = NamedLicense;
    var SpdxLicense = class extends DisjunctiveLicenseBase {
      #id;
      constructor(id, op = {}) {
        super(op);
        this.id = id;
      }
      get id() {
        return this.#id;
      }
      set id(value) {
        if (value === "") {
          throw new RangeError("value is empty string");
        }
        this.#id = value;
      }
      compare(other) {
        return this.#id.localeCompare(other.#id);
      }
    };
    exports.SpdxLicense = SpdxLicense;
    var LicenseRepository = class _LicenseRepository extends Set {
      static #compareItems(a, b2) {
        if (a.constructor === b2.constructor) {
          return a.compare(b2);
        }
        return a.constructor.name.localeCompare(b2.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LicenseRepository.#compareItems);
      }
    };
    exports.LicenseRepository = LicenseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js
var require_component = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentEvidence = exports.ComponentRepository = exports.Component = void 0;
    var sortable_1 = require_sortable();
    var tree_1 = require_tree();
    var cpe_1 = require_cpe();
    var bomRef_1 = require_bomRef();
    var copyright_1 = require_copyright();
    var externalReference_1 = require_externalReference();
    var hash_1 = require_hash();
    var license_1 = require_license();
    var property_1 = require_property();
    var Component2 = class {
      type;
      name;
      author;
      copyright;
      description;
      externalReferences;
      group;
      hashes;
      licenses;
      publisher;
      purl;
      scope;
      supplier;
      swid;
      version;
      components;
      properties;
      evidence;
      #bomRef;
      #cpe;
      dependencies;
      constructor(type, name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.type = type;
        this.name = name;
        this.supplier = op.supplier;
        this.author = op.author;
        this.copyright = op.copyright;
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.group = op.group;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.publisher = op.publisher;
        this.purl = op.purl;
        this.scope = op.scope;
        this.swid = op.swid;
        this.version = op.version;
        this.description = op.description;
        this.components = op.components ?? new ComponentRepository();
        this.cpe = op.cpe;
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.evidence = op.evidence;
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      get cpe() {
        return this.#cpe;
      }
      set cpe(value) {
        if (value !== void 0 && !(0, cpe_1.isCPE)(value)) {
          throw new TypeError("Not CPE nor undefined");
        }
        this.#cpe = value;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        if (this.purl !== void 0 && other.purl !== void 0) {
          return this.purl.localeCompare(other.purl);
        }
        if (this.#cpe !== void 0 && other.#cpe !== void 0) {
          return this.#cpe.localeCompare(other.#cpe);
        }
        return (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Component = Component2;
    var ComponentRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (const component of this) {
          yield component;
          yield* component.components[tree_1.treeIteratorSymbol]();
        }
      }
    };
    exports.ComponentRepository = ComponentRepository;
    var ComponentEvidence = class {
      licenses;
      copyright;
      constructor(op = {}) {
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
      }
    };
    exports.ComponentEvidence = ComponentEvidence;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js
var require_lifecycle = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecycleRepository = exports.NamedLifecycle = void 0;
    var NamedLifecycle = class {
      name;
      description;
      constructor(name, op = {}) {
        this.name = name;
        this.description = op.description;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLifecycle = NamedLifecycle;
    var LifecycleRepository = class _LifecycleRepository extends Set {
      static #compareItems(a, b2) {
        if (a.constructor === b2.constructor) {
          return a instanceof NamedLifecycle ? a.compare(b2) : a.localeCompare(b2);
        }
        return a.constructor.name.localeCompare(b2.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LifecycleRepository.#compareItems);
      }
    };
    exports.LifecycleRepository = LifecycleRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js
var require_organizationalContact = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
    var sortable_1 = require_sortable();
    var OrganizationalContact = class {
      name;
      email;
      phone;
      constructor(op = {}) {
        this.name = op.name;
        this.email = op.email;
        this.phone = op.phone;
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || (this.email ?? "").localeCompare(other.email ?? "") || (this.phone ?? "").localeCompare(other.phone ?? "");
      }
    };
    exports.OrganizationalContact = OrganizationalContact;
    var OrganizationalContactRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalContactRepository = OrganizationalContactRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js
var require_service = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ServiceRepository = exports.Service = void 0;
    var sortable_1 = require_sortable();
    var tree_1 = require_tree();
    var bomRef_1 = require_bomRef();
    var externalReference_1 = require_externalReference();
    var license_1 = require_license();
    var property_1 = require_property();
    var Service = class {
      provider;
      group;
      name;
      version;
      description;
      licenses;
      externalReferences;
      services;
      properties;
      #bomRef;
      dependencies;
      constructor(name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.provider = op.provider;
        this.group = op.group;
        this.name = name;
        this.version = op.version;
        this.description = op.description;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.services = op.services ?? new ServiceRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        return (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Service = Service;
    var ServiceRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (const service of this) {
          yield service;
          yield* service.services[tree_1.treeIteratorSymbol]();
        }
      }
    };
    exports.ServiceRepository = ServiceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js
var require_tool = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Tools = exports.ToolRepository = exports.Tool = void 0;
    var sortable_1 = require_sortable();
    var component_1 = require_component();
    var externalReference_1 = require_externalReference();
    var hash_1 = require_hash();
    var service_1 = require_service();
    var Tool = class _Tool {
      vendor;
      name;
      version;
      hashes;
      externalReferences;
      constructor(op = {}) {
        this.vendor = op.vendor;
        this.name = op.name;
        this.version = op.version;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
      }
      compare(other) {
        return (this.vendor ?? "").localeCompare(other.vendor ?? "") || (this.name ?? "").localeCompare(other.name ?? "") || (this.version ?? "").localeCompare(other.version ?? "");
      }
      static fromComponent(component) {
        return new _Tool({
          vendor: component.group,
          name: component.name,
          version: component.version,
          hashes: component.hashes,
          externalReferences: component.externalReferences
        });
      }
      static fromService(service) {
        return new _Tool({
          vendor: service.group,
          name: service.name,
          version: service.version,
          externalReferences: service.externalReferences
        });
      }
    };
    exports.Tool = Tool;
    var ToolRepository = class extends sortable_1.SortableComparables {
    };
    exports.ToolRepository = ToolRepository;
    var Tools = class {
      components;
      services;
      tools;
      constructor(op = {}) {
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.tools = op.tools ?? new ToolRepository();
      }
      get size() {
        return this.components.size + this.services.size + this.tools.size;
      }
    };
    exports.Tools = Tools;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js
var require_metadata = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Metadata = void 0;
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var organizationalContact_1 = require_organizationalContact();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var Metadata = class {
      timestamp;
      lifecycles;
      tools;
      authors;
      component;
      manufacture;
      supplier;
      licenses;
      properties;
      constructor(op = {}) {
        this.timestamp = op.timestamp;
        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
        this.tools = op.tools ?? new tool_1.Tools();
        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
        this.component = op.component;
        this.manufacture = op.manufacture;
        this.supplier = op.supplier;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
    };
    exports.Metadata = Metadata;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js
var require_cwe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CweRepository = void 0;
    exports.isCWE = isCWE;
    var sortable_1 = require_sortable();
    var integer_1 = require_integer();
    function isCWE(value) {
      return (0, integer_1.isPositiveInteger)(value);
    }
    var CweRepository = class extends sortable_1.SortableNumbers {
    };
    exports.CweRepository = CweRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js
var require_advisory = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AdvisoryRepository = exports.Advisory = void 0;
    var sortable_1 = require_sortable();
    var Advisory = class {
      title;
      url;
      constructor(url, op = {}) {
        this.url = url;
        this.title = op.title;
      }
      compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) || (this.title ?? "").localeCompare(other.title ?? "");
      }
    };
    exports.Advisory = Advisory;
    var AdvisoryRepository = class extends sortable_1.SortableComparables {
    };
    exports.AdvisoryRepository = AdvisoryRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js
var require_affect = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectedVersionRepository = exports.AffectedVersionRange = exports.AffectedSingleVersion = exports.AffectRepository = exports.Affect = void 0;
    var sortable_1 = require_sortable();
    var Affect = class {
      ref;
      versions;
      constructor(ref, op = {}) {
        this.ref = ref;
        this.versions = op.versions ?? new AffectedVersionRepository();
      }
      compare(other) {
        return this.ref.compare(other.ref) || this.versions.compare(other.versions);
      }
    };
    exports.Affect = Affect;
    var AffectRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectRepository = AffectRepository;
    var AffectedSingleVersion = class {
      version;
      status;
      constructor(version, op = {}) {
        this.version = version;
        this.status = op.status;
      }
      compare(other) {
        return this.version.localeCompare(other.version) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedSingleVersion = AffectedSingleVersion;
    var AffectedVersionRange = class {
      range;
      status;
      constructor(range, op = {}) {
        this.range = range;
        this.status = op.status;
      }
      compare(other) {
        return this.range.localeCompare(other.range) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedVersionRange = AffectedVersionRange;
    var AffectedVersionRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectedVersionRepository = AffectedVersionRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js
var require_rating = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingRepository = exports.Rating = void 0;
    var sortable_1 = require_sortable();
    var Rating = class {
      source;
      score;
      severity;
      method;
      vector;
      justification;
      constructor(op = {}) {
        this.source = op.source;
        this.score = op.score;
        this.severity = op.severity;
        this.method = op.method;
        this.vector = op.vector;
        this.justification = op.justification;
      }
      compare(other) {
        return (this.score ?? 0) - (other.score ?? 0) || (this.vector ?? "").localeCompare(other.vector ?? "") || (this.justification ?? "").localeCompare(other.justification ?? "") || (this.severity ?? "").localeCompare(other.severity ?? "") || (this.method ?? "").localeCompare(other.method ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0);
      }
    };
    exports.Rating = Rating;
    var RatingRepository = class extends sortable_1.SortableComparables {
    };
    exports.RatingRepository = RatingRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js
var require_reference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReferenceRepository = exports.Reference = void 0;
    var sortable_1 = require_sortable();
    var Reference = class {
      id;
      source;
      constructor(id, source) {
        this.id = id;
        this.source = source;
      }
      compare(other) {
        return this.id.localeCompare(other.id) || this.source.compare(other.source);
      }
    };
    exports.Reference = Reference;
    var ReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ReferenceRepository = ReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js
var require_vulnerability2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityRepository = exports.Vulnerability = void 0;
    var sortable_1 = require_sortable();
    var cwe_1 = require_cwe();
    var bomRef_1 = require_bomRef();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var advisory_1 = require_advisory();
    var affect_1 = require_affect();
    var rating_1 = require_rating();
    var reference_1 = require_reference();
    var Vulnerability = class {
      #bomRef;
      id;
      source;
      references;
      ratings;
      cwes;
      description;
      detail;
      recommendation;
      advisories;
      created;
      published;
      updated;
      credits;
      tools;
      analysis;
      affects;
      properties;
      constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.id = op.id;
        this.source = op.source;
        this.references = op.references ?? new reference_1.ReferenceRepository();
        this.ratings = op.ratings ?? new rating_1.RatingRepository();
        this.cwes = op.cwes ?? new cwe_1.CweRepository();
        this.description = op.description;
        this.detail = op.detail;
        this.recommendation = op.recommendation;
        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
        this.created = op.created;
        this.published = op.published;
        this.updated = op.updated;
        this.credits = op.credits;
        this.tools = op.tools ?? new tool_1.Tools();
        this.analysis = op.analysis;
        this.affects = op.affects ?? new affect_1.AffectRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        return (this.id ?? "").localeCompare(other.id ?? "") || (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) || (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) || (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) || this.ratings.compare(other.ratings) || this.cwes.compare(other.cwes) || (this.description ?? "").localeCompare(other.description ?? "") || (this.detail ?? "").localeCompare(other.detail ?? "") || (this.recommendation ?? "").localeCompare(other.recommendation ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0) || this.properties.compare(other.properties);
      }
    };
    exports.Vulnerability = Vulnerability;
    var VulnerabilityRepository = class extends sortable_1.SortableComparables {
    };
    exports.VulnerabilityRepository = VulnerabilityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js
var require_bom = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Bom = void 0;
    var integer_1 = require_integer();
    var component_1 = require_component();
    var metadata_1 = require_metadata();
    var service_1 = require_service();
    var vulnerability_1 = require_vulnerability2();
    var Bom2 = class {
      metadata;
      components;
      services;
      vulnerabilities;
      #version = 1;
      #serialNumber;
      constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata();
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.version = op.version ?? this.version;
        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
        this.serialNumber = op.serialNumber;
      }
      get version() {
        return this.#version;
      }
      set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value)) {
          throw new TypeError("Not PositiveInteger");
        }
        this.#version = value;
      }
      get serialNumber() {
        return this.#serialNumber;
      }
      set serialNumber(value) {
        this.#serialNumber = value === "" ? void 0 : value;
      }
    };
    exports.Bom = Bom2;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js
var require_bomLink = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomLinkElement = exports.BomLinkDocument = void 0;
    var BomLinkBase = class {
      #value;
      constructor(value) {
        this.value = value;
      }
      get value() {
        return this.#value;
      }
      set value(value) {
        if (!this._isValid(value)) {
          throw new RangeError("invalid value");
        }
        this.#value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value;
      }
    };
    var BomLinkDocument = class _BomLinkDocument extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkDocument.isValid(value);
      }
    };
    exports.BomLinkDocument = BomLinkDocument;
    var BomLinkElement = class _BomLinkElement extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkElement.isValid(value);
      }
    };
    exports.BomLinkElement = BomLinkElement;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js
var require_organizationalEntity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
    var sortable_1 = require_sortable();
    var organizationalContact_1 = require_organizationalContact();
    var OrganizationalEntity = class {
      name;
      url;
      contact;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url ?? /* @__PURE__ */ new Set();
        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || this.contact.compare(other.contact) || new sortable_1.SortableStringables(this.url).compare(new sortable_1.SortableStringables(other.url));
      }
    };
    exports.OrganizationalEntity = OrganizationalEntity;
    var OrganizationalEntityRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js
var require_swid = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SWID = void 0;
    var integer_1 = require_integer();
    var SWID = class {
      tagId;
      name;
      version;
      patch;
      text;
      url;
      #tagVersion;
      constructor(tagId, name, op = {}) {
        this.tagId = tagId;
        this.name = name;
        this.version = op.version;
        this.patch = op.patch;
        this.text = op.text;
        this.url = op.url;
        this.tagVersion = op.tagVersion;
      }
      get tagVersion() {
        return this.#tagVersion;
      }
      set tagVersion(value) {
        if (value !== void 0 && !(0, integer_1.isNonNegativeInteger)(value)) {
          throw new TypeError("Not NonNegativeInteger nor undefined");
        }
        this.#tagVersion = value;
      }
    };
    exports.SWID = SWID;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js
var require_analysis = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Analysis = void 0;
    var analysisResponse_1 = require_analysisResponse();
    var Analysis = class {
      state;
      justification;
      response;
      detail;
      constructor(op = {}) {
        this.state = op.state;
        this.justification = op.justification;
        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
        this.detail = op.detail;
      }
    };
    exports.Analysis = Analysis;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js
var require_credits = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Credits = void 0;
    var organizationalContact_1 = require_organizationalContact();
    var organizationalEntity_1 = require_organizationalEntity();
    var Credits = class {
      organizations;
      individuals;
      constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
      }
    };
    exports.Credits = Credits;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js
var require_source = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Source = void 0;
    var Source = class {
      name;
      url;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url;
      }
      compare(other) {
        return (this.url?.toString() ?? "").localeCompare(other.url?.toString() ?? "") || (this.name ?? "").localeCompare(other.name ?? "");
      }
    };
    exports.Source = Source;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js
var require_vulnerability3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_advisory(), exports);
    __exportStar(require_affect(), exports);
    __exportStar(require_analysis(), exports);
    __exportStar(require_credits(), exports);
    __exportStar(require_rating(), exports);
    __exportStar(require_reference(), exports);
    __exportStar(require_source(), exports);
    __exportStar(require_vulnerability2(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var require_models = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar2 = [];
          for (var k2 in o2) if (Object.prototype.hasOwnProperty.call(o2, k2)) ar2[ar2.length] = k2;
          return ar2;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 = ownKeys(mod), i = 0; i < k2.length; i++) if (k2[i] !== "default") __createBinding(result, mod, k2[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachment(), exports);
    __exportStar(require_bom(), exports);
    __exportStar(require_bomLink(), exports);
    __exportStar(require_bomRef(), exports);
    __exportStar(require_component(), exports);
    __exportStar(require_copyright(), exports);
    __exportStar(require_externalReference(), exports);
    __exportStar(require_hash(), exports);
    __exportStar(require_license(), exports);
    __exportStar(require_lifecycle(), exports);
    __exportStar(require_metadata(), exports);
    __exportStar(require_organizationalContact(), exports);
    __exportStar(require_organizationalEntity(), exports);
    __exportStar(require_property(), exports);
    __exportStar(require_service(), exports);
    __exportStar(require_swid(), exports);
    __exportStar(require_tool(), exports);
    exports.Vulnerability = __importStar(require_vulnerability3());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js
var require_bomRefDiscriminator = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomRefDiscriminator = void 0;
    var BomRefDiscriminator = class {
      #originalValues;
      #prefix;
      constructor(bomRefs, prefix = "BomRef") {
        this.#originalValues = Array.from(bomRefs, (r) => [r, r.value]);
        this.#prefix = prefix;
      }
      get prefix() {
        return this.#prefix;
      }
      *[Symbol.iterator]() {
        for (const [bomRef] of this.#originalValues) {
          yield bomRef;
        }
      }
      discriminate() {
        const knownRefValues = /* @__PURE__ */ new Set([""]);
        for (const [bomRef] of this.#originalValues) {
          let value = bomRef.value;
          if (value === void 0 || knownRefValues.has(value)) {
            value = this.#makeUniqueId();
            bomRef.value = value;
          }
          knownRefValues.add(value);
        }
      }
      reset() {
        for (const [bomRef, originalValue] of this.#originalValues) {
          bomRef.value = originalValue;
        }
      }
      #makeUniqueId() {
        return `${this.#prefix}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`;
      }
    };
    exports.BomRefDiscriminator = BomRefDiscriminator;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/errors.js
var require_errors = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OptPlugError = void 0;
    var OptPlugError = class extends Error {
      cause;
      constructor(message, cause) {
        super(message);
        this.cause = cause;
      }
    };
    exports.OptPlugError = OptPlugError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/errors.js
var require_errors2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingOptionalDependencyError = void 0;
    var errors_1 = require_errors();
    var MissingOptionalDependencyError = class extends errors_1.OptPlugError {
    };
    exports.MissingOptionalDependencyError = MissingOptionalDependencyError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/types.js
var require_types = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js
var require_baseSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseSerializer = void 0;
    var tree_1 = require_tree();
    var bomRefDiscriminator_1 = require_bomRefDiscriminator();
    var BaseSerializer = class {
      *#getAllBomRefs(bom) {
        if (bom.metadata.component !== void 0) {
          yield bom.metadata.component.bomRef;
          for (const { bomRef } of bom.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            yield bomRef;
          }
        }
        for (const { bomRef } of bom.components[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.services[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.vulnerabilities) {
          yield bomRef;
        }
      }
      #normalize(bom, options) {
        const bomRefDiscriminator = new bomRefDiscriminator_1.BomRefDiscriminator(this.#getAllBomRefs(bom));
        bomRefDiscriminator.discriminate();
        try {
          return this._normalize(bom, options);
        } finally {
          bomRefDiscriminator.reset();
        }
      }
      serialize(bom, options) {
        return this._serialize(this.#normalize(bom, options), options);
      }
    };
    exports.BaseSerializer = BaseSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js
var require_iterable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.chainI = chainI;
    function* chainI(...iterables) {
      for (const iterable of iterables) {
        yield* iterable;
      }
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js
var require_notUndefined = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isNotUndefined = isNotUndefined;
    function isNotUndefined(value) {
      return value !== void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js
var require_uri = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escapeUri = escapeUri;
    var _ESCAPES = [
      [/ /g, "%20"],
      [/"/g, "%22"],
      [/'/g, "%27"],
      [/\[/g, "%5B"],
      [/]/g, "%5D"],
      [/</g, "%3C"],
      [/>/g, "%3E"],
      [/\{/g, "%7B"],
      [/}/g, "%7D"]
    ];
    function escapeUri(value) {
      if (value === void 0) {
        return value;
      }
      for (const [s3, r] of _ESCAPES) {
        value = value.replace(s3, r);
      }
      return value;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var require_spdx_SNAPSHOT_schema = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://cyclonedx.org/schema/spdx.schema.json",
      $comment: "v1.1-3.29.0",
      type: "string",
      enum: [
        "0BSD",
        "3D-Slicer-1.0",
        "AAL",
        "Abstyles",
        "AdaCore-doc",
        "Adobe-2006",
        "Adobe-Display-PostScript",
        "Adobe-Glyph",
        "Adobe-Utopia",
        "ADSL",
        "Advanced-Cryptics-Dictionary",
        "AFL-1.1",
        "AFL-1.2",
        "AFL-2.0",
        "AFL-2.1",
        "AFL-3.0",
        "Afmparse",
        "AGPL-1.0",
        "AGPL-1.0-only",
        "AGPL-1.0-or-later",
        "AGPL-3.0",
        "AGPL-3.0-only",
        "AGPL-3.0-or-later",
        "Aladdin",
        "ALGLIB-Documentation",
        "AMD-newlib",
        "AMDPLPA",
        "AML",
        "AML-glslang",
        "AMPAS",
        "ANTLR-PD",
        "ANTLR-PD-fallback",
        "any-OSI",
        "any-OSI-perl-modules",
        "Apache-1.0",
        "Apache-1.1",
        "Apache-2.0",
        "APAFML",
        "APL-1.0",
        "App-s2p",
        "APSL-1.0",
        "APSL-1.1",
        "APSL-1.2",
        "APSL-2.0",
        "Arphic-1999",
        "Artistic-1.0",
        "Artistic-1.0-cl8",
        "Artistic-1.0-Perl",
        "Artistic-2.0",
        "Artistic-dist",
        "Aspell-RU",
        "ASWF-Digital-Assets-1.0",
        "ASWF-Digital-Assets-1.1",
        "atc-game",
        "Baekmuk",
        "Bahyph",
        "Barr",
        "bcrypt-Solar-Designer",
        "Beerware",
        "Bitstream-Charter",
        "Bitstream-Vera",
        "BitTorrent-1.0",
        "BitTorrent-1.1",
        "blessing",
        "BlueOak-1.0.0",
        "Boehm-GC",
        "Boehm-GC-without-fee",
        "BOLA-1.1",
        "Borceux",
        "Brian-Gladman-2-Clause",
        "Brian-Gladman-3-Clause",
        "Brian-Gladman-3-Clause-no-conversion",
        "BSD-1-Clause",
        "BSD-2-Clause",
        "BSD-2-Clause-Darwin",
        "BSD-2-Clause-first-lines",
        "BSD-2-Clause-FreeBSD",
        "BSD-2-Clause-NetBSD",
        "BSD-2-Clause-Patent",
        "BSD-2-Clause-pkgconf-disclaimer",
        "BSD-2-Clause-pos-unchanged",
        "BSD-2-Clause-Views",
        "BSD-3-Clause",
        "BSD-3-Clause-acpica",
        "BSD-3-Clause-Attribution",
        "BSD-3-Clause-Clear",
        "BSD-3-Clause-flex",
        "BSD-3-Clause-HP",
        "BSD-3-Clause-LBNL",
        "BSD-3-Clause-Modification",
        "BSD-3-Clause-No-Military-License",
        "BSD-3-Clause-No-Nuclear-License",
        "BSD-3-Clause-No-Nuclear-License-2014",
        "BSD-3-Clause-No-Nuclear-Warranty",
        "BSD-3-Clause-Open-MPI",
        "BSD-3-Clause-OpenWebUI",
        "BSD-3-Clause-Sun",
        "BSD-3-Clause-Tso",
        "BSD-4-Clause",
        "BSD-4-Clause-Shortened",
        "BSD-4-Clause-UC",
        "BSD-4.3RENO",
        "BSD-4.3TAHOE",
        "BSD-Advertising-Acknowledgement",
        "BSD-ask-to-endorse",
        "BSD-Attribution-HPND-disclaimer",
        "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications",
        "BSD-Protection",
        "BSD-Source-alt-GPL",
        "BSD-Source-beginning-file",
        "BSD-Source-Code",
        "BSD-Source-Code-no-disclaimer",
        "BSD-Systemics",
        "BSD-Systemics-W3Works",
        "BSL-1.0",
        "Buddy",
        "Bugroff",
        "BUSL-1.1",
        "bzip2-1.0.5",
        "bzip2-1.0.6",
        "C-UDA-1.0",
        "CAL-1.0",
        "CAL-1.0-Combined-Work-Exception",
        "Caldera",
        "Caldera-no-preamble",
        "CAPEC-tou",
        "Catharon",
        "CATOSL-1.1",
        "CC-BY-1.0",
        "CC-BY-2.0",
        "CC-BY-2.5",
        "CC-BY-2.5-AU",
        "CC-BY-3.0",
        "CC-BY-3.0-AT",
        "CC-BY-3.0-AU",
        "CC-BY-3.0-DE",
        "CC-BY-3.0-IGO",
        "CC-BY-3.0-NL",
        "CC-BY-3.0-US",
        "CC-BY-4.0",
        "CC-BY-NC-1.0",
        "CC-BY-NC-2.0",
        "CC-BY-NC-2.5",
        "CC-BY-NC-3.0",
        "CC-BY-NC-3.0-DE",
        "CC-BY-NC-3.0-IGO",
        "CC-BY-NC-4.0",
        "CC-BY-NC-ND-1.0",
        "CC-BY-NC-ND-2.0",
        "CC-BY-NC-ND-2.5",
        "CC-BY-NC-ND-3.0",
        "CC-BY-NC-ND-3.0-DE",
        "CC-BY-NC-ND-3.0-IGO",
        "CC-BY-NC-ND-4.0",
        "CC-BY-NC-SA-1.0",
        "CC-BY-NC-SA-2.0",
        "CC-BY-NC-SA-2.0-DE",
        "CC-BY-NC-SA-2.0-FR",
        "CC-BY-NC-SA-2.0-UK",
        "CC-BY-NC-SA-2.5",
        "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-3.0-DE",
        "CC-BY-NC-SA-3.0-IGO",
        "CC-BY-NC-SA-4.0",
        "CC-BY-ND-1.0",
        "CC-BY-ND-2.0",
        "CC-BY-ND-2.5",
        "CC-BY-ND-3.0",
        "CC-BY-ND-3.0-DE",
        "CC-BY-ND-4.0",
        "CC-BY-SA-1.0",
        "CC-BY-SA-2.0",
        "CC-BY-SA-2.0-UK",
        "CC-BY-SA-2.1-JP",
        "CC-BY-SA-2.5",
        "CC-BY-SA-3.0",
        "CC-BY-SA-3.0-AT",
        "CC-BY-SA-3.0-DE",
        "CC-BY-SA-3.0-IGO",
        "CC-BY-SA-4.0",
        "CC-PDDC",
        "CC-PDM-1.0",
        "CC-SA-1.0",
        "CC0-1.0",
        "CDDL-1.0",
        "CDDL-1.1",
        "CDL-1.0",
        "CDLA-Permissive-1.0",
        "CDLA-Permissive-2.0",
        "CDLA-Sharing-1.0",
        "CECILL-1.0",
        "CECILL-1.1",
        "CECILL-2.0",
        "CECILL-2.1",
        "CECILL-B",
        "CECILL-C",
        "CERN-OHL-1.1",
        "CERN-OHL-1.2",
        "CERN-OHL-P-2.0",
        "CERN-OHL-S-2.0",
        "CERN-OHL-W-2.0",
        "CFITSIO",
        "check-cvs",
        "checkmk",
        "ClArtistic",
        "Clips",
        "CMU-Mach",
        "CMU-Mach-nodoc",
        "CNRI-Jython",
        "CNRI-Python",
        "CNRI-Python-GPL-Compatible",
        "COIL-1.0",
        "Community-Spec-1.0",
        "Condor-1.1",
        "copyleft-next-0.3.0",
        "copyleft-next-0.3.1",
        "Cornell-Lossless-JPEG",
        "CPAL-1.0",
        "CPL-1.0",
        "CPOL-1.02",
        "Cronyx",
        "Crossword",
        "CryptoSwift",
        "CrystalStacker",
        "CUA-OPL-1.0",
        "Cube",
        "curl",
        "cve-tou",
        "D-FSL-1.0",
        "DEC-3-Clause",
        "diffmark",
        "DL-DE-BY-2.0",
        "DL-DE-ZERO-2.0",
        "DOC",
        "DocBook-DTD",
        "DocBook-Schema",
        "DocBook-Stylesheet",
        "DocBook-XML",
        "Dotseqn",
        "DRL-1.0",
        "DRL-1.1",
        "DSDP",
        "dtoa",
        "dvipdfm",
        "ECL-1.0",
        "ECL-2.0",
        "eCos-2.0",
        "EFL-1.0",
        "EFL-2.0",
        "eGenix",
        "Elastic-2.0",
        "Entessa",
        "EPICS",
        "EPL-1.0",
        "EPL-2.0",
        "ErlPL-1.1",
        "ESA-PL-permissive-2.4",
        "ESA-PL-strong-copyleft-2.4",
        "ESA-PL-weak-copyleft-2.4",
        "etalab-2.0",
        "EUDatagrid",
        "EUPL-1.0",
        "EUPL-1.1",
        "EUPL-1.2",
        "Eurosym",
        "Fair",
        "FBM",
        "FDK-AAC",
        "FDK-MPEG-H",
        "Ferguson-Twofish",
        "Frameworx-1.0",
        "FreeBSD-DOC",
        "FreeImage",
        "FSFAP",
        "FSFAP-no-warranty-disclaimer",
        "FSFUL",
        "FSFULLR",
        "FSFULLRSD",
        "FSFULLRWD",
        "FSL-1.1-ALv2",
        "FSL-1.1-MIT",
        "FTL",
        "Furuseth",
        "fwlw",
        "Game-Programming-Gems",
        "GCR-docs",
        "GD",
        "generic-xts",
        "GFDL-1.1",
        "GFDL-1.1-invariants-only",
        "GFDL-1.1-invariants-or-later",
        "GFDL-1.1-no-invariants-only",
        "GFDL-1.1-no-invariants-or-later",
        "GFDL-1.1-only",
        "GFDL-1.1-or-later",
        "GFDL-1.2",
        "GFDL-1.2-invariants-only",
        "GFDL-1.2-invariants-or-later",
        "GFDL-1.2-no-invariants-only",
        "GFDL-1.2-no-invariants-or-later",
        "GFDL-1.2-only",
        "GFDL-1.2-or-later",
        "GFDL-1.3",
        "GFDL-1.3-invariants-only",
        "GFDL-1.3-invariants-or-later",
        "GFDL-1.3-no-invariants-only",
        "GFDL-1.3-no-invariants-or-later",
        "GFDL-1.3-only",
        "GFDL-1.3-or-later",
        "Giftware",
        "GL2PS",
        "Glide",
        "Glulxe",
        "GLWTPL",
        "gnuplot",
        "GPL-1.0",
        "GPL-1.0+",
        "GPL-1.0-only",
        "GPL-1.0-or-later",
        "GPL-2.0",
        "GPL-2.0+",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-2.0-with-autoconf-exception",
        "GPL-2.0-with-bison-exception",
        "GPL-2.0-with-classpath-exception",
        "GPL-2.0-with-font-exception",
        "GPL-2.0-with-GCC-exception",
        "GPL-3.0",
        "GPL-3.0+",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "GPL-3.0-with-autoconf-exception",
        "GPL-3.0-with-GCC-exception",
        "Graphics-Gems",
        "gSOAP-1.3b",
        "gtkbook",
        "Gutmann",
        "HaskellReport",
        "HDF5",
        "hdparm",
        "HIDAPI",
        "Hippocratic-2.1",
        "Hippocratic-3.0-core",
        "HP-1986",
        "HP-1989",
        "HPND",
        "HPND-DEC",
        "HPND-doc",
        "HPND-doc-sell",
        "HPND-export-US",
        "HPND-export-US-acknowledgement",
        "HPND-export-US-modify",
        "HPND-export2-US",
        "HPND-Fenneberg-Livingston",
        "HPND-INRIA-IMAG",
        "HPND-Intel",
        "HPND-Kevlin-Henney",
        "HPND-Markus-Kuhn",
        "HPND-merchantability-variant",
        "HPND-MIT-disclaimer",
        "HPND-Netrek",
        "HPND-Pbmplus",
        "HPND-sell-MIT-disclaimer-xserver",
        "HPND-sell-regexpr",
        "HPND-sell-variant",
        "HPND-sell-variant-critical-systems",
        "HPND-sell-variant-MIT-disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev",
        "HPND-SMC",
        "HPND-UC",
        "HPND-UC-export-US",
        "HTMLTIDY",
        "hyphen-bulgarian",
        "IBM-pibs",
        "ICU",
        "IEC-Code-Components-EULA",
        "IJG",
        "IJG-short",
        "ImageMagick",
        "iMatix",
        "Imlib2",
        "Info-ZIP",
        "Informatica",
        "Inner-Net-2.0",
        "InnoSetup",
        "Intel",
        "Intel-ACPI",
        "Interbase-1.0",
        "IPA",
        "IPL-1.0",
        "ISC",
        "ISC-Veillard",
        "ISO-permission",
        "Jam",
        "JasPer-2.0",
        "jove",
        "JPL-image",
        "JPNIC",
        "JSON",
        "Kastrup",
        "Kazlib",
        "Knuth-CTAN",
        "LAL-1.2",
        "LAL-1.3",
        "Latex2e",
        "Latex2e-translated-notice",
        "Leptonica",
        "LGPL-2.0",
        "LGPL-2.0+",
        "LGPL-2.0-only",
        "LGPL-2.0-or-later",
        "LGPL-2.1",
        "LGPL-2.1+",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0",
        "LGPL-3.0+",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "LGPLLR",
        "Libpng",
        "libpng-1.6.35",
        "libpng-2.0",
        "libselinux-1.0",
        "libtiff",
        "libutil-David-Nugent",
        "LiLiQ-P-1.1",
        "LiLiQ-R-1.1",
        "LiLiQ-Rplus-1.1",
        "Linux-man-pages-1-para",
        "Linux-man-pages-copyleft",
        "Linux-man-pages-copyleft-2-para",
        "Linux-man-pages-copyleft-var",
        "Linux-OpenIB",
        "LOOP",
        "LPD-document",
        "LPL-1.0",
        "LPL-1.02",
        "LPPL-1.0",
        "LPPL-1.1",
        "LPPL-1.2",
        "LPPL-1.3a",
        "LPPL-1.3c",
        "lsof",
        "Lucida-Bitmap-Fonts",
        "LZMA-SDK-9.11-to-9.20",
        "LZMA-SDK-9.22",
        "Mackerras-3-Clause",
        "Mackerras-3-Clause-acknowledgment",
        "magaz",
        "mailprio",
        "MakeIndex",
        "man2html",
        "Martin-Birgmeier",
        "McPhee-slideshow",
        "metamail",
        "Minpack",
        "MIPS",
        "MirOS",
        "MIT",
        "MIT-0",
        "MIT-advertising",
        "MIT-Click",
        "MIT-CMU",
        "MIT-enna",
        "MIT-feh",
        "MIT-Festival",
        "MIT-Khronos-old",
        "MIT-Modern-Variant",
        "MIT-open-group",
        "MIT-STK",
        "MIT-testregex",
        "MIT-Wu",
        "MITNFA",
        "MMIXware",
        "MMPL-1.0.1",
        "Motosoto",
        "MPEG-SSG",
        "mpi-permissive",
        "mpich2",
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0",
        "MPL-2.0-no-copyleft-exception",
        "mplus",
        "MS-LPL",
        "MS-PL",
        "MS-RL",
        "MTLL",
        "MulanPSL-1.0",
        "MulanPSL-2.0",
        "Multics",
        "Mup",
        "MVT-1.1",
        "NAIST-2003",
        "NASA-1.3",
        "Naumen",
        "NBPL-1.0",
        "NCBI-PD",
        "NCGL-UK-2.0",
        "NCL",
        "NCSA",
        "Net-SNMP",
        "NetCDF",
        "Newsletr",
        "NGPL",
        "ngrep",
        "NICTA-1.0",
        "NIST-PD",
        "NIST-PD-fallback",
        "NIST-PD-TNT",
        "NIST-Software",
        "NLOD-1.0",
        "NLOD-2.0",
        "NLPL",
        "Nokia",
        "NOSL",
        "Noweb",
        "NPL-1.0",
        "NPL-1.1",
        "NPOSL-3.0",
        "NRL",
        "NTIA-PD",
        "NTP",
        "NTP-0",
        "Nunit",
        "O-UDA-1.0",
        "OAR",
        "OCCT-PL",
        "OCLC-2.0",
        "ODbL-1.0",
        "ODC-By-1.0",
        "OFFIS",
        "OFL-1.0",
        "OFL-1.0-no-RFN",
        "OFL-1.0-RFN",
        "OFL-1.1",
        "OFL-1.1-no-RFN",
        "OFL-1.1-RFN",
        "OGC-1.0",
        "OGDL-Taiwan-1.0",
        "OGL-Canada-2.0",
        "OGL-UK-1.0",
        "OGL-UK-2.0",
        "OGL-UK-3.0",
        "OGTSL",
        "OLDAP-1.1",
        "OLDAP-1.2",
        "OLDAP-1.3",
        "OLDAP-1.4",
        "OLDAP-2.0",
        "OLDAP-2.0.1",
        "OLDAP-2.1",
        "OLDAP-2.2",
        "OLDAP-2.2.1",
        "OLDAP-2.2.2",
        "OLDAP-2.3",
        "OLDAP-2.4",
        "OLDAP-2.5",
        "OLDAP-2.6",
        "OLDAP-2.7",
        "OLDAP-2.8",
        "OLFL-1.3",
        "OML",
        "OpenMDW-1.0",
        "OpenPBS-2.3",
        "OpenSSL",
        "OpenSSL-standalone",
        "OpenVision",
        "OPL-1.0",
        "OPL-UK-3.0",
        "OPUBL-1.0",
        "OSC-1.0",
        "OSET-PL-2.1",
        "OSL-1.0",
        "OSL-1.1",
        "OSL-2.0",
        "OSL-2.1",
        "OSL-3.0",
        "OSSP",
        "PADL",
        "ParaType-Free-Font-1.3",
        "Parity-6.0.0",
        "Parity-7.0.0",
        "PDDL-1.0",
        "PHP-3.0",
        "PHP-3.01",
        "Pixar",
        "pkgconf",
        "Plexus",
        "pnmstitch",
        "PolyForm-Noncommercial-1.0.0",
        "PolyForm-Small-Business-1.0.0",
        "PostgreSQL",
        "PPL",
        "PSF-2.0",
        "psfrag",
        "psutils",
        "Python-2.0",
        "Python-2.0.1",
        "python-ldap",
        "Qhull",
        "QPL-1.0",
        "QPL-1.0-INRIA-2004",
        "radvd",
        "Rdisc",
        "RHeCos-1.1",
        "RPL-1.1",
        "RPL-1.5",
        "RPSL-1.0",
        "RSA-MD",
        "RSCPL",
        "Ruby",
        "Ruby-pty",
        "SAX-PD",
        "SAX-PD-2.0",
        "Saxpath",
        "SCEA",
        "SchemeReport",
        "Sendmail",
        "Sendmail-8.23",
        "Sendmail-Open-Source-1.1",
        "SGI-B-1.0",
        "SGI-B-1.1",
        "SGI-B-2.0",
        "SGI-OpenGL",
        "SGMLUG-PM",
        "SGP4",
        "SHL-0.5",
        "SHL-0.51",
        "SimPL-2.0",
        "SISSL",
        "SISSL-1.2",
        "SL",
        "Sleepycat",
        "SMAIL-GPL",
        "SMLNJ",
        "SMPPL",
        "SNIA",
        "snprintf",
        "SOFA",
        "softSurfer",
        "Soundex",
        "Spencer-86",
        "Spencer-94",
        "Spencer-99",
        "SPL-1.0",
        "ssh-keyscan",
        "SSH-OpenSSH",
        "SSH-short",
        "SSLeay-standalone",
        "SSPL-1.0",
        "StandardML-NJ",
        "SugarCRM-1.1.3",
        "SUL-1.0",
        "Sun-PPP",
        "Sun-PPP-2000",
        "SunPro",
        "SWL",
        "swrule",
        "Symlinks",
        "TAPR-OHL-1.0",
        "TCL",
        "TCP-wrappers",
        "TekHVC",
        "TermReadKey",
        "TGPPL-1.0",
        "ThirdEye",
        "threeparttable",
        "TMate",
        "TORQUE-1.1",
        "TOSL",
        "TPDL",
        "TPL-1.0",
        "TrustedQSL",
        "TTWL",
        "TTYP0",
        "TU-Berlin-1.0",
        "TU-Berlin-2.0",
        "Ubuntu-font-1.0",
        "UCAR",
        "UCL-1.0",
        "ulem",
        "UMich-Merit",
        "Unicode-3.0",
        "Unicode-DFS-2015",
        "Unicode-DFS-2016",
        "Unicode-TOU",
        "UnixCrypt",
        "Unlicense",
        "Unlicense-libtelnet",
        "Unlicense-libwhirlpool",
        "UnRAR",
        "UPL-1.0",
        "URT-RLE",
        "Vim",
        "Vixie-Cron",
        "VOSTROM",
        "VSL-1.0",
        "W3C",
        "W3C-19980720",
        "W3C-20150513",
        "w3m",
        "Watcom-1.0",
        "Widget-Workshop",
        "WordNet",
        "Wsuipa",
        "WTFNMFPL",
        "WTFPL",
        "wwl",
        "wxWindows",
        "X11",
        "X11-distribute-modifications-variant",
        "X11-no-permit-persons",
        "X11-swapped",
        "Xdebug-1.03",
        "Xerox",
        "Xfig",
        "XFree86-1.1",
        "xinetd",
        "xkeyboard-config-Zinoviev",
        "xlock",
        "Xnet",
        "xpp",
        "XSkat",
        "xzoom",
        "YPL-1.0",
        "YPL-1.1",
        "Zed",
        "Zeeff",
        "Zend-2.0",
        "Zimbra-1.3",
        "Zimbra-1.4",
        "Zlib",
        "zlib-acknowledgement",
        "ZPL-1.1",
        "ZPL-2.0",
        "ZPL-2.1",
        "389-exception",
        "Asterisk-exception",
        "Asterisk-linking-protocols-exception",
        "Autoconf-exception-2.0",
        "Autoconf-exception-3.0",
        "Autoconf-exception-generic",
        "Autoconf-exception-generic-3.0",
        "Autoconf-exception-macro",
        "Bison-exception-1.24",
        "Bison-exception-2.2",
        "Bootloader-exception",
        "CGAL-linking-exception",
        "Classpath-exception-2.0",
        "Classpath-exception-2.0-short",
        "CLISP-exception-2.0",
        "cryptsetup-OpenSSL-exception",
        "Digia-Qt-LGPL-exception-1.1",
        "DigiRule-FOSS-exception",
        "eCos-exception-2.0",
        "erlang-otp-linking-exception",
        "Fawkes-Runtime-exception",
        "FLTK-exception",
        "fmt-exception",
        "Font-exception-2.0",
        "freertos-exception-2.0",
        "GCC-exception-2.0",
        "GCC-exception-2.0-note",
        "GCC-exception-3.1",
        "Gmsh-exception",
        "GNAT-exception",
        "GNOME-examples-exception",
        "GNU-compiler-exception",
        "gnu-javamail-exception",
        "Google-Patent-WebM",
        "GPL-3.0-389-ds-base-exception",
        "GPL-3.0-interface-exception",
        "GPL-3.0-linking-exception",
        "GPL-3.0-linking-source-exception",
        "GPL-CC-1.0",
        "GStreamer-exception-2005",
        "GStreamer-exception-2008",
        "harbour-exception",
        "i2p-gpl-java-exception",
        "Independent-modules-exception",
        "KiCad-libraries-exception",
        "kvirc-openssl-exception",
        "LGPL-3.0-linking-exception",
        "libpri-OpenH323-exception",
        "Libtool-exception",
        "Linux-syscall-note",
        "LLGPL",
        "LLVM-exception",
        "LZMA-exception",
        "mif-exception",
        "mxml-exception",
        "Nokia-Qt-exception-1.1",
        "OCaml-LGPL-linking-exception",
        "OCCT-exception-1.0",
        "OpenJDK-assembly-exception-1.0",
        "openvpn-openssl-exception",
        "PCRE2-exception",
        "polyparse-exception",
        "PS-or-PDF-font-exception-20170817",
        "QPL-1.0-INRIA-2004-exception",
        "Qt-GPL-exception-1.0",
        "Qt-LGPL-exception-1.1",
        "Qwt-exception-1.0",
        "romic-exception",
        "RRDtool-FLOSS-exception-2.0",
        "rsync-linking-exception",
        "SANE-exception",
        "SHL-2.0",
        "SHL-2.1",
        "Simple-Library-Usage-exception",
        "Spelling-Provider-LGPL-exception",
        "sqlitestudio-OpenSSL-exception",
        "stunnel-exception",
        "SWI-exception",
        "Swift-exception",
        "Texinfo-exception",
        "u-boot-exception-2.0",
        "UBDL-exception",
        "Universal-FOSS-exception-1.0",
        "vsftpd-openssl-exception",
        "WxWindows-exception-3.1",
        "x11vnc-openssl-exception"
      ],
      "meta:enum": {
        "0BSD": "BSD Zero Clause License",
        "3D-Slicer-1.0": "3D Slicer License v1.0",
        AAL: "Attribution Assurance License",
        Abstyles: "Abstyles License",
        "AdaCore-doc": "AdaCore Doc License",
        "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement",
        "Adobe-Display-PostScript": "Adobe Display PostScript License",
        "Adobe-Glyph": "Adobe Glyph List License",
        "Adobe-Utopia": "Adobe Utopia Font License",
        ADSL: "Amazon Digital Services License",
        "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License",
        "AFL-1.1": "Academic Free License v1.1",
        "AFL-1.2": "Academic Free License v1.2",
        "AFL-2.0": "Academic Free License v2.0",
        "AFL-2.1": "Academic Free License v2.1",
        "AFL-3.0": "Academic Free License v3.0",
        Afmparse: "Afmparse License",
        "AGPL-1.0": "Affero General Public License v1.0",
        "AGPL-1.0-only": "Affero General Public License v1.0 only",
        "AGPL-1.0-or-later": "Affero General Public License v1.0 or later",
        "AGPL-3.0": "GNU Affero General Public License v3.0",
        "AGPL-3.0-only": "GNU Affero General Public License v3.0 only",
        "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later",
        Aladdin: "Aladdin Free Public License",
        "ALGLIB-Documentation": "ALGLIB Documentation License",
        "AMD-newlib": "AMD newlib License",
        AMDPLPA: "AMD's plpa_map.c License",
        AML: "Apple MIT License",
        "AML-glslang": "AML glslang variant License",
        AMPAS: "Academy of Motion Picture Arts and Sciences BSD",
        "ANTLR-PD": "ANTLR Software Rights Notice",
        "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback",
        "any-OSI": "Any OSI License",
        "any-OSI-perl-modules": "Any OSI License - Perl Modules",
        "Apache-1.0": "Apache License 1.0",
        "Apache-1.1": "Apache License 1.1",
        "Apache-2.0": "Apache License 2.0",
        APAFML: "Adobe Postscript AFM License",
        "APL-1.0": "Adaptive Public License 1.0",
        "App-s2p": "App::s2p License",
        "APSL-1.0": "Apple Public Source License 1.0",
        "APSL-1.1": "Apple Public Source License 1.1",
        "APSL-1.2": "Apple Public Source License 1.2",
        "APSL-2.0": "Apple Public Source License 2.0",
        "Arphic-1999": "Arphic Public License",
        "Artistic-1.0": "Artistic License 1.0",
        "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8",
        "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)",
        "Artistic-2.0": "Artistic License 2.0",
        "Artistic-dist": "Artistic License 1.0 (dist)",
        "Aspell-RU": "Aspell Russian License",
        "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0",
        "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1",
        "atc-game": "atc Game License",
        Baekmuk: "Baekmuk License",
        Bahyph: "Bahyph License",
        Barr: "Barr License",
        "bcrypt-Solar-Designer": "bcrypt Solar Designer License",
        Beerware: "Beerware License",
        "Bitstream-Charter": "Bitstream Charter Font License",
        "Bitstream-Vera": "Bitstream Vera Font License",
        "BitTorrent-1.0": "BitTorrent Open Source License v1.0",
        "BitTorrent-1.1": "BitTorrent Open Source License v1.1",
        blessing: "SQLite Blessing",
        "BlueOak-1.0.0": "Blue Oak Model License 1.0.0",
        "Boehm-GC": "Boehm-Demers-Weiser GC License",
        "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)",
        "BOLA-1.1": "Buena Onda License Agreement v1.1",
        Borceux: "Borceux license",
        "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License",
        "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License",
        "Brian-Gladman-3-Clause-no-conversion": "Brian Gladman 3-Clause License (no conversion clause)",
        "BSD-1-Clause": "BSD 1-Clause License",
        "BSD-2-Clause": 'BSD 2-Clause "Simplified" License',
        "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant",
        "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement",
        "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License",
        "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License",
        "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License",
        "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant",
        "BSD-2-Clause-pos-unchanged": "BSD 2-Clause - position unchanged variant",
        "BSD-2-Clause-Views": "BSD 2-Clause with views sentence",
        "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
        "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant",
        "BSD-3-Clause-Attribution": "BSD with attribution",
        "BSD-3-Clause-Clear": "BSD 3-Clause Clear License",
        "BSD-3-Clause-flex": "BSD 3-Clause Flex variant",
        "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license",
        "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license",
        "BSD-3-Clause-Modification": "BSD 3-Clause Modification",
        "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License",
        "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License",
        "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014",
        "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty",
        "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant",
        "BSD-3-Clause-OpenWebUI": "BSD 3-Clause - OpenWebUI variant",
        "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems",
        "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant",
        "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License',
        "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened",
        "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)",
        "BSD-4.3RENO": "BSD 4.3 RENO License",
        "BSD-4.3TAHOE": "BSD 4.3 TAHOE License",
        "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License",
        "BSD-ask-to-endorse": "BSD - ask to endorse",
        "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer",
        "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications": "BSD Mark Modifications License",
        "BSD-Protection": "BSD Protection License",
        "BSD-Source-alt-GPL": "BSD Source Code Attribution - GPL alternative",
        "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant",
        "BSD-Source-Code": "BSD Source Code Attribution",
        "BSD-Source-Code-no-disclaimer": "BSD Source Code Attribution - no disclaimer",
        "BSD-Systemics": "Systemics BSD variant license",
        "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license",
        "BSL-1.0": "Boost Software License 1.0",
        Buddy: "Buddy License",
        Bugroff: "Bugroff License",
        "BUSL-1.1": "Business Source License 1.1",
        "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5",
        "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6",
        "C-UDA-1.0": "Computational Use of Data Agreement v1.0",
        "CAL-1.0": "Cryptographic Autonomy License 1.0",
        "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
        Caldera: "Caldera License",
        "Caldera-no-preamble": "Caldera License (without preamble)",
        "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License",
        Catharon: "Catharon License",
        "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1",
        "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic",
        "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic",
        "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic",
        "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia",
        "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported",
        "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria",
        "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia",
        "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany",
        "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
        "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands",
        "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States",
        "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
        "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic",
        "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic",
        "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic",
        "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported",
        "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany",
        "CC-BY-NC-3.0-IGO": "Creative Commons Attribution Non Commercial 3.0 IGO",
        "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
        "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
        "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
        "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
        "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
        "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
        "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
        "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
        "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
        "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
        "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
        "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
        "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
        "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
        "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
        "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
        "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
        "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
        "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic",
        "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic",
        "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic",
        "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported",
        "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany",
        "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
        "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic",
        "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic",
        "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales",
        "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan",
        "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic",
        "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported",
        "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria",
        "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany",
        "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO",
        "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International",
        "CC-PDDC": "Creative Commons Public Domain Dedication and Certification",
        "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal",
        "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic",
        "CC0-1.0": "Creative Commons Zero v1.0 Universal",
        "CDDL-1.0": "Common Development and Distribution License 1.0",
        "CDDL-1.1": "Common Development and Distribution License 1.1",
        "CDL-1.0": "Common Documentation License 1.0",
        "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0",
        "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0",
        "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0",
        "CECILL-1.0": "CeCILL Free Software License Agreement v1.0",
        "CECILL-1.1": "CeCILL Free Software License Agreement v1.1",
        "CECILL-2.0": "CeCILL Free Software License Agreement v2.0",
        "CECILL-2.1": "CeCILL Free Software License Agreement v2.1",
        "CECILL-B": "CeCILL-B Free Software License Agreement",
        "CECILL-C": "CeCILL-C Free Software License Agreement",
        "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1",
        "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2",
        "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive",
        "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
        "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
        CFITSIO: "CFITSIO License",
        "check-cvs": "check-cvs License",
        checkmk: "Checkmk License",
        ClArtistic: "Clarified Artistic License",
        Clips: "Clips License",
        "CMU-Mach": "CMU Mach License",
        "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant",
        "CNRI-Jython": "CNRI Jython License",
        "CNRI-Python": "CNRI Python License",
        "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement",
        "COIL-1.0": "Copyfree Open Innovation License",
        "Community-Spec-1.0": "Community Specification License 1.0",
        "Condor-1.1": "Condor Public License v1.1",
        "copyleft-next-0.3.0": "copyleft-next 0.3.0",
        "copyleft-next-0.3.1": "copyleft-next 0.3.1",
        "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License",
        "CPAL-1.0": "Common Public Attribution License 1.0",
        "CPL-1.0": "Common Public License 1.0",
        "CPOL-1.02": "Code Project Open License 1.02",
        Cronyx: "Cronyx License",
        Crossword: "Crossword License",
        CryptoSwift: "CryptoSwift License",
        CrystalStacker: "CrystalStacker License",
        "CUA-OPL-1.0": "CUA Office Public License v1.0",
        Cube: "Cube License",
        curl: "curl License",
        "cve-tou": "Common Vulnerability Enumeration ToU License",
        "D-FSL-1.0": "Deutsche Freie Software Lizenz",
        "DEC-3-Clause": "DEC 3-Clause License",
        diffmark: "diffmark license",
        "DL-DE-BY-2.0": "Data licence Germany \u2013 attribution \u2013 version 2.0",
        "DL-DE-ZERO-2.0": "Data licence Germany \u2013 zero \u2013 version 2.0",
        DOC: "DOC License",
        "DocBook-DTD": "DocBook DTD License",
        "DocBook-Schema": "DocBook Schema License",
        "DocBook-Stylesheet": "DocBook Stylesheet License",
        "DocBook-XML": "DocBook XML License",
        Dotseqn: "Dotseqn License",
        "DRL-1.0": "Detection Rule License 1.0",
        "DRL-1.1": "Detection Rule License 1.1",
        DSDP: "DSDP License",
        dtoa: "David M. Gay dtoa License",
        dvipdfm: "dvipdfm License",
        "ECL-1.0": "Educational Community License v1.0",
        "ECL-2.0": "Educational Community License v2.0",
        "eCos-2.0": "eCos license version 2.0",
        "EFL-1.0": "Eiffel Forum License v1.0",
        "EFL-2.0": "Eiffel Forum License v2.0",
        eGenix: "eGenix.com Public License 1.1.0",
        "Elastic-2.0": "Elastic License 2.0",
        Entessa: "Entessa Public License v1.0",
        EPICS: "EPICS Open License",
        "EPL-1.0": "Eclipse Public License 1.0",
        "EPL-2.0": "Eclipse Public License 2.0",
        "ErlPL-1.1": "Erlang Public License v1.1",
        "ESA-PL-permissive-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)",
        "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
        "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)",
        "etalab-2.0": "Etalab Open License 2.0",
        EUDatagrid: "EU DataGrid Software License",
        "EUPL-1.0": "European Union Public License 1.0",
        "EUPL-1.1": "European Union Public License 1.1",
        "EUPL-1.2": "European Union Public License 1.2",
        Eurosym: "Eurosym License",
        Fair: "Fair License",
        FBM: "Fuzzy Bitmap License",
        "FDK-AAC": "Fraunhofer FDK AAC Codec Library",
        "FDK-MPEG-H": "Fraunhofer FDK MPEG-H Software",
        "Ferguson-Twofish": "Ferguson Twofish License",
        "Frameworx-1.0": "Frameworx Open License 1.0",
        "FreeBSD-DOC": "FreeBSD Documentation License",
        FreeImage: "FreeImage Public License v1.0",
        FSFAP: "FSF All Permissive License",
        "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)",
        FSFUL: "FSF Unlimited License",
        FSFULLR: "FSF Unlimited License (with License Retention)",
        FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)",
        FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
        "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License",
        "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License",
        FTL: "Freetype Project License",
        Furuseth: "Furuseth License",
        fwlw: "fwlw License",
        "Game-Programming-Gems": "Game Programming Gems License",
        "GCR-docs": "Gnome GCR Documentation License",
        GD: "GD License",
        "generic-xts": "Generic XTS License",
        "GFDL-1.1": "GNU Free Documentation License v1.1",
        "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants",
        "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants",
        "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants",
        "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants",
        "GFDL-1.1-only": "GNU Free Documentation License v1.1 only",
        "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later",
        "GFDL-1.2": "GNU Free Documentation License v1.2",
        "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants",
        "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants",
        "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants",
        "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants",
        "GFDL-1.2-only": "GNU Free Documentation License v1.2 only",
        "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later",
        "GFDL-1.3": "GNU Free Documentation License v1.3",
        "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants",
        "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants",
        "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants",
        "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants",
        "GFDL-1.3-only": "GNU Free Documentation License v1.3 only",
        "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later",
        Giftware: "Giftware License",
        GL2PS: "GL2PS License",
        Glide: "3dfx Glide License",
        Glulxe: "Glulxe License",
        GLWTPL: "Good Luck With That Public License",
        gnuplot: "gnuplot License",
        "GPL-1.0": "GNU General Public License v1.0 only",
        "GPL-1.0+": "GNU General Public License v1.0 or later",
        "GPL-1.0-only": "GNU General Public License v1.0 only",
        "GPL-1.0-or-later": "GNU General Public License v1.0 or later",
        "GPL-2.0": "GNU General Public License v2.0 only",
        "GPL-2.0+": "GNU General Public License v2.0 or later",
        "GPL-2.0-only": "GNU General Public License v2.0 only",
        "GPL-2.0-or-later": "GNU General Public License v2.0 or later",
        "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception",
        "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception",
        "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception",
        "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception",
        "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception",
        "GPL-3.0": "GNU General Public License v3.0 only",
        "GPL-3.0+": "GNU General Public License v3.0 or later",
        "GPL-3.0-only": "GNU General Public License v3.0 only",
        "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
        "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception",
        "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception",
        "Graphics-Gems": "Graphics Gems License",
        "gSOAP-1.3b": "gSOAP Public License v1.3b",
        gtkbook: "gtkbook License",
        Gutmann: "Gutmann License",
        HaskellReport: "Haskell Language Report License",
        HDF5: "HDF5 License",
        hdparm: "hdparm License",
        HIDAPI: "HIDAPI License",
        "Hippocratic-2.1": "Hippocratic License 2.1",
        "Hippocratic-3.0-core": "Hippocratic License 3.0",
        "HP-1986": "Hewlett-Packard 1986 License",
        "HP-1989": "Hewlett-Packard 1989 License",
        HPND: "Historical Permission Notice and Disclaimer",
        "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant",
        "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant",
        "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant",
        "HPND-export-US": "HPND with US Government export control warning",
        "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment",
        "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt",
        "HPND-export2-US": "HPND with US Government export control and 2 disclaimers",
        "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
        "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
        "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant",
        "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
        "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
        "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant",
        "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer",
        "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant",
        "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant",
        "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
        "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant",
        "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant",
        "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause",
        "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse",
        "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant",
        "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant",
        "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning",
        HTMLTIDY: "HTML Tidy License",
        "hyphen-bulgarian": "hyphen-bulgarian License",
        "IBM-pibs": "IBM PowerPC Initialization and Boot Software",
        ICU: "ICU License",
        "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement",
        IJG: "Independent JPEG Group License",
        "IJG-short": "Independent JPEG Group License - short",
        ImageMagick: "ImageMagick License",
        iMatix: "iMatix Standard Function Library Agreement",
        Imlib2: "Imlib2 License",
        "Info-ZIP": "Info-ZIP License",
        Informatica: "Informatica License",
        "Inner-Net-2.0": "Inner Net License v2.0",
        InnoSetup: "Inno Setup License",
        Intel: "Intel Open Source License",
        "Intel-ACPI": "Intel ACPI Software License Agreement",
        "Interbase-1.0": "Interbase Public License v1.0",
        IPA: "IPA Font License",
        "IPL-1.0": "IBM Public License v1.0",
        ISC: "ISC License",
        "ISC-Veillard": "ISC Veillard variant",
        "ISO-permission": "ISO permission notice",
        Jam: "Jam License",
        "JasPer-2.0": "JasPer License",
        jove: "Jove License",
        "JPL-image": "JPL Image Use Policy",
        JPNIC: "Japan Network Information Center License",
        JSON: "JSON License",
        Kastrup: "Kastrup License",
        Kazlib: "Kazlib License",
        "Knuth-CTAN": "Knuth CTAN License",
        "LAL-1.2": "Licence Art Libre 1.2",
        "LAL-1.3": "Licence Art Libre 1.3",
        Latex2e: "Latex2e License",
        "Latex2e-translated-notice": "Latex2e with translated notice permission",
        Leptonica: "Leptonica License",
        "LGPL-2.0": "GNU Library General Public License v2 only",
        "LGPL-2.0+": "GNU Library General Public License v2 or later",
        "LGPL-2.0-only": "GNU Library General Public License v2 only",
        "LGPL-2.0-or-later": "GNU Library General Public License v2 or later",
        "LGPL-2.1": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later",
        "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later",
        "LGPL-3.0": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later",
        "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later",
        LGPLLR: "Lesser General Public License For Linguistic Resources",
        Libpng: "libpng License",
        "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
        "libpng-2.0": "PNG Reference Library version 2",
        "libselinux-1.0": "libselinux public domain notice",
        libtiff: "libtiff License",
        "libutil-David-Nugent": "libutil David Nugent License",
        "LiLiQ-P-1.1": "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1",
        "LiLiQ-R-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1",
        "LiLiQ-Rplus-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1",
        "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph",
        "Linux-man-pages-copyleft": "Linux man-pages Copyleft",
        "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs",
        "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant",
        "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license",
        LOOP: "Common Lisp LOOP License",
        "LPD-document": "LPD Documentation License",
        "LPL-1.0": "Lucent Public License Version 1.0",
        "LPL-1.02": "Lucent Public License v1.02",
        "LPPL-1.0": "LaTeX Project Public License v1.0",
        "LPPL-1.1": "LaTeX Project Public License v1.1",
        "LPPL-1.2": "LaTeX Project Public License v1.2",
        "LPPL-1.3a": "LaTeX Project Public License v1.3a",
        "LPPL-1.3c": "LaTeX Project Public License v1.3c",
        lsof: "lsof License",
        "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License",
        "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)",
        "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)",
        "Mackerras-3-Clause": "Mackerras 3-Clause License",
        "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant",
        magaz: "magaz License",
        mailprio: "mailprio License",
        MakeIndex: "MakeIndex License",
        man2html: "man2html License",
        "Martin-Birgmeier": "Martin Birgmeier License",
        "McPhee-slideshow": "McPhee Slideshow License",
        metamail: "metamail License",
        Minpack: "Minpack License",
        MIPS: "MIPS License",
        MirOS: "The MirOS Licence",
        MIT: "MIT License",
        "MIT-0": "MIT No Attribution",
        "MIT-advertising": "Enlightenment License (e16)",
        "MIT-Click": "MIT Click License",
        "MIT-CMU": "CMU License",
        "MIT-enna": "enna License",
        "MIT-feh": "feh License",
        "MIT-Festival": "MIT Festival Variant",
        "MIT-Khronos-old": "MIT Khronos - old variant",
        "MIT-Modern-Variant": "MIT License Modern Variant",
        "MIT-open-group": "MIT Open Group variant",
        "MIT-STK": "MIT-STK License",
        "MIT-testregex": "MIT testregex Variant",
        "MIT-Wu": "MIT Tom Wu Variant",
        MITNFA: "MIT +no-false-attribs license",
        MMIXware: "MMIXware License",
        "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1",
        Motosoto: "Motosoto License",
        "MPEG-SSG": "MPEG Software Simulation",
        "mpi-permissive": "mpi Permissive License",
        mpich2: "mpich2 License",
        "MPL-1.0": "Mozilla Public License 1.0",
        "MPL-1.1": "Mozilla Public License 1.1",
        "MPL-2.0": "Mozilla Public License 2.0",
        "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)",
        mplus: "mplus Font License",
        "MS-LPL": "Microsoft Limited Public License",
        "MS-PL": "Microsoft Public License",
        "MS-RL": "Microsoft Reciprocal License",
        MTLL: "Matrix Template Library License",
        "MulanPSL-1.0": "Mulan Permissive Software License, Version 1",
        "MulanPSL-2.0": "Mulan Permissive Software License, Version 2",
        Multics: "Multics License",
        Mup: "Mup License",
        "MVT-1.1": "MVT License 1.1",
        "NAIST-2003": "Nara Institute of Science and Technology License (2003)",
        "NASA-1.3": "NASA Open Source Agreement 1.3",
        Naumen: "Naumen Public License",
        "NBPL-1.0": "Net Boolean Public License v1",
        "NCBI-PD": "NCBI Public Domain Notice",
        "NCGL-UK-2.0": "Non-Commercial Government Licence",
        NCL: "NCL Source Code License",
        NCSA: "University of Illinois/NCSA Open Source License",
        "Net-SNMP": "Net-SNMP License",
        NetCDF: "NetCDF license",
        Newsletr: "Newsletr License",
        NGPL: "Nethack General Public License",
        ngrep: "ngrep License",
        "NICTA-1.0": "NICTA Public Software License, Version 1.0",
        "NIST-PD": "NIST Public Domain Notice",
        "NIST-PD-fallback": "NIST Public Domain Notice with license fallback",
        "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant",
        "NIST-Software": "NIST Software License",
        "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0",
        "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0",
        NLPL: "No Limit Public License",
        Nokia: "Nokia Open Source License",
        NOSL: "Netizen Open Source License",
        Noweb: "Noweb License",
        "NPL-1.0": "Netscape Public License v1.0",
        "NPL-1.1": "Netscape Public License v1.1",
        "NPOSL-3.0": "Non-Profit Open Software License 3.0",
        NRL: "NRL License",
        "NTIA-PD": "NTIA Public Domain Notice",
        NTP: "NTP License",
        "NTP-0": "NTP No Attribution",
        Nunit: "Nunit License",
        "O-UDA-1.0": "Open Use of Data Agreement v1.0",
        OAR: "OAR License",
        "OCCT-PL": "Open CASCADE Technology Public License",
        "OCLC-2.0": "OCLC Research Public License 2.0",
        "ODbL-1.0": "Open Data Commons Open Database License v1.0",
        "ODC-By-1.0": "Open Data Commons Attribution License v1.0",
        OFFIS: "OFFIS License",
        "OFL-1.0": "SIL Open Font License 1.0",
        "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name",
        "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name",
        "OFL-1.1": "SIL Open Font License 1.1",
        "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name",
        "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name",
        "OGC-1.0": "OGC Software License, Version 1.0",
        "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0",
        "OGL-Canada-2.0": "Open Government Licence - Canada",
        "OGL-UK-1.0": "Open Government Licence v1.0",
        "OGL-UK-2.0": "Open Government Licence v2.0",
        "OGL-UK-3.0": "Open Government Licence v3.0",
        OGTSL: "Open Group Test Suite License",
        "OLDAP-1.1": "Open LDAP Public License v1.1",
        "OLDAP-1.2": "Open LDAP Public License v1.2",
        "OLDAP-1.3": "Open LDAP Public License v1.3",
        "OLDAP-1.4": "Open LDAP Public License v1.4",
        "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
        "OLDAP-2.0.1": "Open LDAP Public License v2.0.1",
        "OLDAP-2.1": "Open LDAP Public License v2.1",
        "OLDAP-2.2": "Open LDAP Public License v2.2",
        "OLDAP-2.2.1": "Open LDAP Public License v2.2.1",
        "OLDAP-2.2.2": "Open LDAP Public License 2.2.2",
        "OLDAP-2.3": "Open LDAP Public License v2.3",
        "OLDAP-2.4": "Open LDAP Public License v2.4",
        "OLDAP-2.5": "Open LDAP Public License v2.5",
        "OLDAP-2.6": "Open LDAP Public License v2.6",
        "OLDAP-2.7": "Open LDAP Public License v2.7",
        "OLDAP-2.8": "Open LDAP Public License v2.8",
        "OLFL-1.3": "Open Logistics Foundation License Version 1.3",
        OML: "Open Market License",
        "OpenMDW-1.0": "OpenMDW License Agreement v1.0",
        "OpenPBS-2.3": "OpenPBS v2.3 Software License",
        OpenSSL: "OpenSSL License",
        "OpenSSL-standalone": "OpenSSL License - standalone",
        OpenVision: "OpenVision License",
        "OPL-1.0": "Open Public License v1.0",
        "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0",
        "OPUBL-1.0": "Open Publication License v1.0",
        "OSC-1.0": "OSC License 1.0",
        "OSET-PL-2.1": "OSET Public License version 2.1",
        "OSL-1.0": "Open Software License 1.0",
        "OSL-1.1": "Open Software License 1.1",
        "OSL-2.0": "Open Software License 2.0",
        "OSL-2.1": "Open Software License 2.1",
        "OSL-3.0": "Open Software License 3.0",
        OSSP: "OSSP License",
        PADL: "PADL License",
        "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3",
        "Parity-6.0.0": "The Parity Public License 6.0.0",
        "Parity-7.0.0": "The Parity Public License 7.0.0",
        "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0",
        "PHP-3.0": "PHP License v3.0",
        "PHP-3.01": "PHP License v3.01",
        Pixar: "Pixar License",
        pkgconf: "pkgconf License",
        Plexus: "Plexus Classworlds License",
        pnmstitch: "pnmstitch License",
        "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0",
        "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0",
        PostgreSQL: "PostgreSQL License",
        PPL: "Peer Production License",
        "PSF-2.0": "Python Software Foundation License 2.0",
        psfrag: "psfrag License",
        psutils: "psutils License",
        "Python-2.0": "Python License 2.0",
        "Python-2.0.1": "Python License 2.0.1",
        "python-ldap": "Python ldap License",
        Qhull: "Qhull License",
        "QPL-1.0": "Q Public License 1.0",
        "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant",
        radvd: "radvd License",
        Rdisc: "Rdisc License",
        "RHeCos-1.1": "Red Hat eCos Public License v1.1",
        "RPL-1.1": "Reciprocal Public License 1.1",
        "RPL-1.5": "Reciprocal Public License 1.5",
        "RPSL-1.0": "RealNetworks Public Source License v1.0",
        "RSA-MD": "RSA Message-Digest License",
        RSCPL: "Ricoh Source Code Public License",
        Ruby: "Ruby License",
        "Ruby-pty": "Ruby pty extension license",
        "SAX-PD": "Sax Public Domain Notice",
        "SAX-PD-2.0": "Sax Public Domain Notice 2.0",
        Saxpath: "Saxpath License",
        SCEA: "SCEA Shared Source License",
        SchemeReport: "Scheme Language Report License",
        Sendmail: "Sendmail License",
        "Sendmail-8.23": "Sendmail License 8.23",
        "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1",
        "SGI-B-1.0": "SGI Free Software License B v1.0",
        "SGI-B-1.1": "SGI Free Software License B v1.1",
        "SGI-B-2.0": "SGI Free Software License B v2.0",
        "SGI-OpenGL": "SGI OpenGL License",
        "SGMLUG-PM": "SGMLUG Parser Materials License",
        SGP4: "SGP4 Permission Notice",
        "SHL-0.5": "Solderpad Hardware License v0.5",
        "SHL-0.51": "Solderpad Hardware License, Version 0.51",
        "SimPL-2.0": "Simple Public License 2.0",
        SISSL: "Sun Industry Standards Source License v1.1",
        "SISSL-1.2": "Sun Industry Standards Source License v1.2",
        SL: "SL License",
        Sleepycat: "Sleepycat License",
        "SMAIL-GPL": "SMAIL General Public License",
        SMLNJ: "Standard ML of New Jersey License",
        SMPPL: "Secure Messaging Protocol Public License",
        SNIA: "SNIA Public License 1.1",
        snprintf: "snprintf License",
        SOFA: "SOFA Software License",
        softSurfer: "softSurfer License",
        Soundex: "Soundex License",
        "Spencer-86": "Spencer License 86",
        "Spencer-94": "Spencer License 94",
        "Spencer-99": "Spencer License 99",
        "SPL-1.0": "Sun Public License v1.0",
        "ssh-keyscan": "ssh-keyscan License",
        "SSH-OpenSSH": "SSH OpenSSH license",
        "SSH-short": "SSH short notice",
        "SSLeay-standalone": "SSLeay License - standalone",
        "SSPL-1.0": "Server Side Public License, v 1",
        "StandardML-NJ": "Standard ML of New Jersey License",
        "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3",
        "SUL-1.0": "Sustainable Use License v1.0",
        "Sun-PPP": "Sun PPP License",
        "Sun-PPP-2000": "Sun PPP License (2000)",
        SunPro: "SunPro License",
        SWL: "Scheme Widget Library (SWL) Software License Agreement",
        swrule: "swrule License",
        Symlinks: "Symlinks License",
        "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0",
        TCL: "TCL/TK License",
        "TCP-wrappers": "TCP Wrappers License",
        TekHVC: "TekHVC License",
        TermReadKey: "TermReadKey License",
        "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0",
        ThirdEye: "ThirdEye License",
        threeparttable: "threeparttable License",
        TMate: "TMate Open Source License",
        "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1",
        TOSL: "Trusster Open Source License",
        TPDL: "Time::ParseDate License",
        "TPL-1.0": "THOR Public License 1.0",
        TrustedQSL: "TrustedQSL License",
        TTWL: "Text-Tabs+Wrap License",
        TTYP0: "TTYP0 License",
        "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0",
        "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0",
        "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0",
        UCAR: "UCAR License",
        "UCL-1.0": "Upstream Compatibility License v1.0",
        ulem: "ulem License",
        "UMich-Merit": "Michigan/Merit Networks License",
        "Unicode-3.0": "Unicode License v3",
        "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)",
        "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)",
        "Unicode-TOU": "Unicode Terms of Use",
        UnixCrypt: "UnixCrypt License",
        Unlicense: "The Unlicense",
        "Unlicense-libtelnet": "Unlicense - libtelnet variant",
        "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant",
        UnRAR: "UnRAR License",
        "UPL-1.0": "Universal Permissive License v1.0",
        "URT-RLE": "Utah Raster Toolkit Run Length Encoded License",
        Vim: "Vim License",
        "Vixie-Cron": "Vixie Cron License",
        VOSTROM: "VOSTROM Public License for Open Source",
        "VSL-1.0": "Vovida Software License v1.0",
        W3C: "W3C Software Notice and License (2002-12-31)",
        "W3C-19980720": "W3C Software Notice and License (1998-07-20)",
        "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)",
        w3m: "w3m License",
        "Watcom-1.0": "Sybase Open Watcom Public License 1.0",
        "Widget-Workshop": "Widget Workshop License",
        WordNet: "WordNet License",
        Wsuipa: "Wsuipa License",
        WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License",
        WTFPL: "Do What The F*ck You Want To Public License",
        wwl: "WWL License",
        wxWindows: "wxWindows Library License",
        X11: "X11 License",
        "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant",
        "X11-no-permit-persons": "X11 no permit persons clause",
        "X11-swapped": "X11 swapped final paragraphs",
        "Xdebug-1.03": "Xdebug License v 1.03",
        Xerox: "Xerox License",
        Xfig: "Xfig License",
        "XFree86-1.1": "XFree86 License 1.1",
        xinetd: "xinetd License",
        "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License",
        xlock: "xlock License",
        Xnet: "X.Net License",
        xpp: "XPP License",
        XSkat: "XSkat License",
        xzoom: "xzoom License",
        "YPL-1.0": "Yahoo! Public License v1.0",
        "YPL-1.1": "Yahoo! Public License v1.1",
        Zed: "Zed License",
        Zeeff: "Zeeff License",
        "Zend-2.0": "Zend License v2.0",
        "Zimbra-1.3": "Zimbra Public License v1.3",
        "Zimbra-1.4": "Zimbra Public License v1.4",
        Zlib: "zlib License",
        "zlib-acknowledgement": "zlib/libpng License with Acknowledgement",
        "ZPL-1.1": "Zope Public License 1.1",
        "ZPL-2.0": "Zope Public License 2.0",
        "ZPL-2.1": "Zope Public License 2.1",
        "389-exception": "389 Directory Server Exception",
        "Asterisk-exception": "Asterisk exception",
        "Asterisk-linking-protocols-exception": "Asterisk linking protocols exception",
        "Autoconf-exception-2.0": "Autoconf exception 2.0",
        "Autoconf-exception-3.0": "Autoconf exception 3.0",
        "Autoconf-exception-generic": "Autoconf generic exception",
        "Autoconf-exception-generic-3.0": "Autoconf generic exception for GPL-3.0",
        "Autoconf-exception-macro": "Autoconf macro exception",
        "Bison-exception-1.24": "Bison exception 1.24",
        "Bison-exception-2.2": "Bison exception 2.2",
        "Bootloader-exception": "Bootloader Distribution Exception",
        "CGAL-linking-exception": "CGAL Linking Exception",
        "Classpath-exception-2.0": "Classpath exception 2.0",
        "Classpath-exception-2.0-short": "Classpath exception 2.0 - short",
        "CLISP-exception-2.0": "CLISP exception 2.0",
        "cryptsetup-OpenSSL-exception": "cryptsetup OpenSSL exception",
        "Digia-Qt-LGPL-exception-1.1": "Digia Qt LGPL Exception version 1.1",
        "DigiRule-FOSS-exception": "DigiRule FOSS License Exception",
        "eCos-exception-2.0": "eCos exception 2.0",
        "erlang-otp-linking-exception": "Erlang/OTP Linking Exception",
        "Fawkes-Runtime-exception": "Fawkes Runtime Exception",
        "FLTK-exception": "FLTK exception",
        "fmt-exception": "fmt exception",
        "Font-exception-2.0": "Font exception 2.0",
        "freertos-exception-2.0": "FreeRTOS Exception 2.0",
        "GCC-exception-2.0": "GCC Runtime Library exception 2.0",
        "GCC-exception-2.0-note": "GCC    Runtime Library exception 2.0 - note variant",
        "GCC-exception-3.1": "GCC Runtime Library exception 3.1",
        "Gmsh-exception": "Gmsh exception",
        "GNAT-exception": "GNAT exception",
        "GNOME-examples-exception": "GNOME examples exception",
        "GNU-compiler-exception": "GNU Compiler Exception",
        "gnu-javamail-exception": "GNU JavaMail exception",
        "Google-Patent-WebM": "Google Additional IP Rights Grant (Patents) - WebM",
        "GPL-3.0-389-ds-base-exception": "GPL-3.0 389 DS Base Exception",
        "GPL-3.0-interface-exception": "GPL-3.0 Interface Exception",
        "GPL-3.0-linking-exception": "GPL-3.0 Linking Exception",
        "GPL-3.0-linking-source-exception": "GPL-3.0 Linking Exception (with Corresponding Source)",
        "GPL-CC-1.0": "GPL Cooperation Commitment 1.0",
        "GStreamer-exception-2005": "GStreamer Exception (2005)",
        "GStreamer-exception-2008": "GStreamer Exception (2008)",
        "harbour-exception": "harbour exception",
        "i2p-gpl-java-exception": "i2p GPL+Java Exception",
        "Independent-modules-exception": "Independent Module Linking exception",
        "KiCad-libraries-exception": "KiCad Libraries Exception",
        "kvirc-openssl-exception": "kvirc OpenSSL Exception",
        "LGPL-3.0-linking-exception": "LGPL-3.0 Linking Exception",
        "libpri-OpenH323-exception": "libpri OpenH323 exception",
        "Libtool-exception": "Libtool Exception",
        "Linux-syscall-note": "Linux Syscall Note",
        LLGPL: "LLGPL Preamble",
        "LLVM-exception": "LLVM Exception",
        "LZMA-exception": "LZMA exception",
        "mif-exception": "Macros and Inline Functions Exception",
        "mxml-exception": "mxml Exception",
        "Nokia-Qt-exception-1.1": "Nokia Qt LGPL exception 1.1",
        "OCaml-LGPL-linking-exception": "OCaml LGPL Linking Exception",
        "OCCT-exception-1.0": "Open CASCADE Exception 1.0",
        "OpenJDK-assembly-exception-1.0": "OpenJDK Assembly exception 1.0",
        "openvpn-openssl-exception": "OpenVPN OpenSSL Exception",
        "PCRE2-exception": "PCRE2 exception",
        "polyparse-exception": "Polyparse Exception",
        "PS-or-PDF-font-exception-20170817": "PS/PDF font exception (2017-08-17)",
        "QPL-1.0-INRIA-2004-exception": "INRIA QPL 1.0 2004 variant exception",
        "Qt-GPL-exception-1.0": "Qt GPL exception 1.0",
        "Qt-LGPL-exception-1.1": "Qt LGPL exception 1.1",
        "Qwt-exception-1.0": "Qwt exception 1.0",
        "romic-exception": "Romic Exception",
        "RRDtool-FLOSS-exception-2.0": "RRDtool FLOSS exception 2.0",
        "rsync-linking-exception": "rsync Linking Exception",
        "SANE-exception": "SANE Exception",
        "SHL-2.0": "Solderpad Hardware License v2.0",
        "SHL-2.1": "Solderpad Hardware License v2.1",
        "Simple-Library-Usage-exception": "Simple Library Usage Exception",
        "Spelling-Provider-LGPL-exception": "Spelling Provider LGPL exception",
        "sqlitestudio-OpenSSL-exception": "sqlitestudio OpenSSL exception",
        "stunnel-exception": "stunnel Exception",
        "SWI-exception": "SWI exception",
        "Swift-exception": "Swift Exception",
        "Texinfo-exception": "Texinfo exception",
        "u-boot-exception-2.0": "U-Boot exception 2.0",
        "UBDL-exception": "Unmodified Binary Distribution exception",
        "Universal-FOSS-exception-1.0": "Universal FOSS Exception, Version 1.0",
        "vsftpd-openssl-exception": "vsftpd OpenSSL exception",
        "WxWindows-exception-3.1": "WxWindows Library Exception 3.1",
        "x11vnc-openssl-exception": "x11vnc OpenSSL Exception"
      }
    };
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var require_spdx = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSupportedSpdxId = isSupportedSpdxId;
    exports.fixupSpdxId = fixupSpdxId;
    var spdx_SNAPSHOT_schema_json_1 = require_spdx_SNAPSHOT_schema();
    var spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum);
    var spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map((spdxId) => [spdxId.toLowerCase(), spdxId])));
    function isSupportedSpdxId(value) {
      return spdxIds.has(value);
    }
    function fixupSpdxId(value) {
      return typeof value === "string" && value.length > 0 ? spdxLowerToActual[value.toLowerCase()] : void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js
var require_enums2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Format = exports.Version = void 0;
    var Version;
    (function(Version2) {
      Version2["v1dot7"] = "1.7";
      Version2["v1dot6"] = "1.6";
      Version2["v1dot5"] = "1.5";
      Version2["v1dot4"] = "1.4";
      Version2["v1dot3"] = "1.3";
      Version2["v1dot2"] = "1.2";
      Version2["v1dot1"] = "1.1";
      Version2["v1dot0"] = "1.0";
    })(Version || (exports.Version = Version = {}));
    var Format;
    (function(Format2) {
      Format2["XML"] = "xml";
      Format2["JSON"] = "json";
    })(Format || (exports.Format = Format = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js
var require_types2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSchema = void 0;
    var JsonSchema;
    (function(JsonSchema2) {
      function isIriReference(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIriReference = isIriReference;
      function isIdnEmail(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIdnEmail = isIdnEmail;
    })(JsonSchema || (exports.JsonSchema = JsonSchema = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js
var require_normalize = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
    var iterable_1 = require_iterable();
    var notUndefined_1 = require_notUndefined();
    var tree_1 = require_tree();
    var uri_1 = require_uri();
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var tool_1 = require_tool();
    var affect_1 = require_affect();
    var spdx_1 = require_spdx();
    var enums_1 = require_enums2();
    var types_1 = require_types2();
    var Factory = class {
      #spec;
      constructor(spec) {
        this.#spec = spec;
      }
      get spec() {
        return this.#spec;
      }
      makeForBom() {
        return new BomNormalizer(this);
      }
      makeForMetadata() {
        return new MetadataNormalizer(this);
      }
      makeForComponent() {
        return new ComponentNormalizer(this);
      }
      makeForService() {
        return new ServiceNormalizer(this);
      }
      makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
      }
      makeForLifecycle() {
        return new LifecycleNormalizer(this);
      }
      makeForTool() {
        return new ToolNormalizer(this);
      }
      makeForTools() {
        return new ToolsNormalizer(this);
      }
      makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
      }
      makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
      }
      makeForHash() {
        return new HashNormalizer(this);
      }
      makeForLicense() {
        return new LicenseNormalizer(this);
      }
      makeForSWID() {
        return new SWIDNormalizer(this);
      }
      makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
      }
      makeForAttachment() {
        return new AttachmentNormalizer(this);
      }
      makeForProperty() {
        return new PropertyNormalizer(this);
      }
      makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
      }
      makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
      }
      makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
      }
      makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
      }
      makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
      }
      makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
      }
      makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
      }
      makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
      }
      makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
      }
      makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
      }
    };
    exports.Factory = Factory;
    var schemaUrl = /* @__PURE__ */ new Map([
      [enums_1.Version.v1dot7, "http://cyclonedx.org/schema/bom-1.7.schema.json"],
      [enums_1.Version.v1dot6, "http://cyclonedx.org/schema/bom-1.6.schema.json"],
      [enums_1.Version.v1dot5, "http://cyclonedx.org/schema/bom-1.5.schema.json"],
      [enums_1.Version.v1dot4, "http://cyclonedx.org/schema/bom-1.4.schema.json"],
      [enums_1.Version.v1dot3, "http://cyclonedx.org/schema/bom-1.3a.schema.json"],
      [enums_1.Version.v1dot2, "http://cyclonedx.org/schema/bom-1.2b.schema.json"]
    ]);
    var BaseJsonNormalizer = class {
      _factory;
      constructor(factory) {
        this._factory = factory;
      }
      get factory() {
        return this._factory;
      }
    };
    var BomNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          $schema: schemaUrl.get(this._factory.spec.version),
          bomFormat: "CycloneDX",
          specVersion: this._factory.spec.version,
          version: data.version,
          serialNumber: this.#isEligibleSerialNumber(data.serialNumber) ? data.serialNumber : void 0,
          metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : [],
          services: this._factory.spec.supportsServices && data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          dependencies: this._factory.spec.supportsDependencyGraph ? this._factory.makeForDependencyGraph().normalize(data, options) : void 0,
          vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0 ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options) : void 0
        };
      }
      #isEligibleSerialNumber(v2) {
        return v2 !== void 0 && /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v2);
      }
    };
    exports.BomNormalizer = BomNormalizer;
    var MetadataNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        return {
          timestamp: data.timestamp?.toISOString(),
          lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0 ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options) : void 0,
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          authors: data.authors.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options) : void 0,
          component: data.component === void 0 ? void 0 : this._factory.makeForComponent().normalize(data.component, options),
          manufacture: data.manufacture === void 0 ? void 0 : orgEntityNormalizer.normalize(data.manufacture, options),
          supplier: data.supplier === void 0 ? void 0 : orgEntityNormalizer.normalize(data.supplier, options),
          licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
    };
    exports.MetadataNormalizer = MetadataNormalizer;
    var LifecycleNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return data instanceof lifecycle_1.NamedLifecycle ? { name: data.name, description: data.description } : { phase: data };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((lc) => this.normalize(lc, options));
      }
    };
    exports.LifecycleNormalizer = LifecycleNormalizer;
    var ToolNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          vendor: data.vendor || void 0,
          name: data.name || void 0,
          version: data.version || void 0,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t2) => this.normalize(t2, options));
      }
    };
    exports.ToolNormalizer = ToolNormalizer;
    var ToolsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
          return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
        }
        return {
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0
        };
      }
    };
    exports.ToolsNormalizer = ToolsNormalizer;
    var HashNormalizer = class extends BaseJsonNormalizer {
      normalize([algorithm, content], options) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content) ? {
          alg: algorithm,
          content
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((h) => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.HashNormalizer = HashNormalizer;
    var OrganizationalContactNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name || void 0,
          email: types_1.JsonSchema.isIdnEmail(data.email) ? data.email : void 0,
          phone: data.phone || void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oc) => this.normalize(oc, options));
      }
    };
    exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
    var OrganizationalEntityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const urls = normalizeStringableIter(Array.from(data.url, (s3) => (0, uri_1.escapeUri)(s3.toString())), options).filter(types_1.JsonSchema.isIriReference);
        return {
          name: data.name || void 0,
          url: urls.length > 0 ? urls : void 0,
          contact: data.contact.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oe2) => this.normalize(oe2, options));
      }
    };
    exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
    var ComponentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
          return void 0;
        }
        const version = data.version ?? "";
        return {
          type: data.type,
          name: data.name,
          group: data.group || void 0,
          version: version.length > 0 || spec.requiresComponentVersion ? version : void 0,
          "bom-ref": data.bomRef.value || void 0,
          supplier: data.supplier === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
          author: data.author || void 0,
          publisher: data.publisher || void 0,
          description: data.description || void 0,
          scope: data.scope,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright?.toString() || void 0,
          cpe: data.cpe || void 0,
          purl: data.purl?.toString(),
          swid: data.swid === void 0 ? void 0 : this._factory.makeForSWID().normalize(data.swid, options),
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0,
          components: data.components.size > 0 ? this.normalizeIterable(data.components, options) : void 0,
          evidence: spec.supportsComponentEvidence && data.evidence !== void 0 ? this._factory.makeForComponentEvidence().normalize(data.evidence, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((c) => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ComponentNormalizer = ComponentNormalizer;
    var ServiceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        return {
          "bom-ref": data.bomRef.value || void 0,
          provider: data.provider ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options) : void 0,
          group: data.group,
          name: data.name,
          version: data.version || void 0,
          description: data.description || void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((s3) => this.normalize(s3, options));
      }
    };
    exports.ServiceNormalizer = ServiceNormalizer;
    var ComponentEvidenceNormalizer = class _ComponentEvidenceNormalizer extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright.size > 0 ? options.sortLists ? data.copyright.sorted().map(_ComponentEvidenceNormalizer.#normalizeCopyright) : Array.from(data.copyright, _ComponentEvidenceNormalizer.#normalizeCopyright) : void 0
        };
      }
      static #normalizeCopyright(c) {
        return { text: c.toString() };
      }
    };
    exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
    var LicenseNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof license_1.NamedLicense:
            return this.#normalizeNamedLicense(data, options);
          case data instanceof license_1.SpdxLicense:
            return (0, spdx_1.isSupportedSpdxId)(data.id) ? this.#normalizeSpdxLicense(data, options) : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
          case data instanceof license_1.LicenseExpression:
            return this.#normalizeLicenseExpression(data);
          default:
            throw new TypeError("Unexpected LicenseChoice");
        }
      }
      #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            name: data.name,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            id: data.id,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeLicenseExpression(data) {
        return {
          expression: data.expression,
          acknowledgement: this._factory.spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
        };
      }
      normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false ? data.sorted() : Array.from(data);
        if (licenses.length > 1) {
          const expressions = licenses.filter((l) => l instanceof license_1.LicenseExpression);
          if (expressions.length > 0) {
            return [this.#normalizeLicenseExpression(expressions[0])];
          }
        }
        return licenses.map((l) => this.normalize(l, options));
      }
    };
    exports.LicenseNormalizer = LicenseNormalizer;
    var SWIDNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          tagId: data.tagId,
          name: data.name,
          version: data.version || void 0,
          tagVersion: data.tagVersion,
          patch: data.patch,
          text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
          url: types_1.JsonSchema.isIriReference(url) ? url : void 0
        };
      }
    };
    exports.SWIDNormalizer = SWIDNormalizer;
    var ExternalReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return this._factory.spec.supportsExternalReferenceType(data.type) ? {
          url: (0, uri_1.escapeUri)(data.url.toString()),
          type: data.type,
          hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          comment: data.comment || void 0
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
    var AttachmentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          content: data.content.toString(),
          contentType: data.contentType || void 0,
          encoding: data.encoding
        };
      }
    };
    exports.AttachmentNormalizer = AttachmentNormalizer;
    var PropertyNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          value: data.value
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((p2) => this.normalize(p2, options));
      }
    };
    exports.PropertyNormalizer = PropertyNormalizer;
    var DependencyGraphNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const allRefs = /* @__PURE__ */ new Map();
        if (data.metadata.component !== void 0) {
          allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
          for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
          }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
          allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
          allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
          const dep = this.#normalizeDependency(ref, deps, allRefs, options);
          if ((0, notUndefined_1.isNotUndefined)(dep)) {
            normalized.push(dep);
          }
        }
        if (options.sortLists ?? false) {
          normalized.sort(({ ref: a }, { ref: b2 }) => a.localeCompare(b2));
        }
        return normalized;
      }
      #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
          return void 0;
        }
        const dependsOn = normalizeStringableIter(Array.from(deps).filter((d) => allRefs.has(d) && d !== ref), options).filter((d) => d.length > 0);
        return {
          ref: bomRef,
          dependsOn: dependsOn.length > 0 ? dependsOn : void 0
        };
      }
    };
    exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
    var VulnerabilityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          "bom-ref": data.bomRef.value || void 0,
          id: data.id || void 0,
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          references: data.references.size > 0 ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options) : void 0,
          ratings: data.ratings.size > 0 ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options) : void 0,
          cwes: data.cwes.size > 0 ? options.sortLists ?? false ? data.cwes.sorted() : Array.from(data.cwes) : void 0,
          description: data.description,
          detail: data.detail,
          recommendation: data.recommendation,
          advisories: data.advisories.size > 0 ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options) : void 0,
          created: data.created?.toISOString(),
          published: data.published?.toISOString(),
          updated: data.updated?.toISOString(),
          credits: data.credits === void 0 ? void 0 : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          analysis: data.analysis === void 0 ? void 0 : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
          affects: data.affects.size > 0 ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options) : void 0,
          properties: data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((v2) => this.normalize(v2, options));
      }
    };
    exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
    var VulnerabilitySourceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          url: data.url?.toString()
        };
      }
    };
    exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
    var VulnerabilityReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          id: data.id,
          source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
    var VulnerabilityRatingNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          score: data.score,
          severity: data.severity,
          method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method) ? data.method : void 0,
          vector: data.vector,
          justification: data.justification
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
    var VulnerabilityAdvisoryNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.JsonSchema.isIriReference(url)) {
          return void 0;
        }
        return {
          title: data.title,
          url
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
    var VulnerabilityCreditsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          organizations: data.organizations.size > 0 ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options) : void 0,
          individuals: data.individuals.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options) : void 0
        };
      }
    };
    exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
    var VulnerabilityAffectNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          ref: data.ref.toString(),
          versions: data.versions.size > 0 ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options));
      }
    };
    exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
    var VulnerabilityAffectedVersionNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof affect_1.AffectedSingleVersion:
            return this.#normalizeAffectedSingleVersion(data);
          case data instanceof affect_1.AffectedVersionRange:
            return this.#normalizeAffectedVersionRange(data);
          default:
            throw new TypeError("Unexpected Vulnerability AffectedVersion");
        }
      }
      #normalizeAffectedSingleVersion(data) {
        return data.version.length < 1 ? void 0 : {
          version: data.version.substring(0, 1024),
          status: data.status
        };
      }
      #normalizeAffectedVersionRange(data) {
        return data.range.length < 1 ? void 0 : {
          range: data.range.substring(0, 1024),
          status: data.status
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((av) => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
    var VulnerabilityAnalysisNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          state: data.state,
          justification: data.justification,
          response: data.response.size > 0 ? options.sortLists ?? false ? data.response.sorted() : Array.from(data.response) : void 0,
          detail: data.detail
        };
      }
    };
    exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
    function normalizeStringableIter(data, options) {
      const r = Array.from(data, (d) => d.toString());
      if (options.sortLists ?? false) {
        r.sort((a, b2) => a.localeCompare(b2));
      }
      return r;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/index.js
var require_json = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar2 = [];
          for (var k2 in o2) if (Object.prototype.hasOwnProperty.call(o2, k2)) ar2[ar2.length] = k2;
          return ar2;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 = ownKeys(mod), i = 0; i < k2.length; i++) if (k2[i] !== "default") __createBinding(result, mod, k2[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Types = exports.Normalize = void 0;
    exports.Normalize = __importStar(require_normalize());
    exports.Types = __importStar(require_types2());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js
var require_errors3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UnsupportedFormatError = void 0;
    var UnsupportedFormatError = class extends Error {
    };
    exports.UnsupportedFormatError = UnsupportedFormatError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js
var require_jsonSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSerializer = void 0;
    var enums_1 = require_enums2();
    var errors_1 = require_errors3();
    var baseSerializer_1 = require_baseSerializer();
    var JsonSerializer2 = class extends baseSerializer_1.BaseSerializer {
      #normalizerFactory;
      constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.JSON)) {
          throw new errors_1.UnsupportedFormatError("Spec does not support JSON format.");
        }
        super();
        this.#normalizerFactory = normalizerFactory;
      }
      get normalizerFactory() {
        return this.#normalizerFactory;
      }
      _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom().normalize(bom, options);
      }
      _serialize(bom, { space } = {}) {
        return JSON.stringify(bom, null, space);
      }
    };
    exports.JsonSerializer = JsonSerializer2;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/_xsd.js
var require_xsd = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/_xsd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.normalizedString = normalizedString;
    exports.token = token;
    var _normalizeStringForbiddenSearch = /\r\n|\t|\n|\r/g;
    var _normalizeStringForbiddenReplace = " ";
    function normalizedString(s3) {
      return s3.replace(_normalizeStringForbiddenSearch, _normalizeStringForbiddenReplace);
    }
    var _tokenMultispaceSearch = / {2,}/g;
    var _tokenMultispaceReplace = " ";
    function token(s3) {
      return normalizedString(s3).trim().replace(_tokenMultispaceSearch, _tokenMultispaceReplace);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/types.js
var require_types3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlSchema = void 0;
    var XmlSchema;
    (function(XmlSchema2) {
      const _AnyUriSchemePattern = /^[a-z][a-z0-9+\-.]*$/i;
      function isAnyURI(value) {
        if (typeof value !== "string") {
          return false;
        }
        if (value.length === 0) {
          return false;
        }
        const fragmentPos = value.indexOf("#");
        let beforeFragment = value;
        if (fragmentPos >= 0) {
          if (value.includes("#", fragmentPos + 1)) {
            return false;
          }
          beforeFragment = value.slice(void 0, fragmentPos);
        }
        const schemePos = beforeFragment.indexOf(":");
        if (schemePos >= 0) {
          if (!_AnyUriSchemePattern.test(beforeFragment.slice(void 0, schemePos))) {
            return false;
          }
        }
        return true;
      }
      XmlSchema2.isAnyURI = isAnyURI;
    })(XmlSchema || (exports.XmlSchema = XmlSchema = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/normalize.js
var require_normalize2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/normalize.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
    var iterable_1 = require_iterable();
    var notUndefined_1 = require_notUndefined();
    var tree_1 = require_tree();
    var uri_1 = require_uri();
    var models_1 = require_models();
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var affect_1 = require_affect();
    var spdx_1 = require_spdx();
    var enums_1 = require_enums2();
    var _xsd_1 = require_xsd();
    var types_1 = require_types3();
    var Factory = class {
      #spec;
      constructor(spec) {
        this.#spec = spec;
      }
      get spec() {
        return this.#spec;
      }
      makeForBom() {
        return new BomNormalizer(this);
      }
      makeForMetadata() {
        return new MetadataNormalizer(this);
      }
      makeForLifecycle() {
        return new LifecycleNormalizer(this);
      }
      makeForComponent() {
        return new ComponentNormalizer(this);
      }
      makeForService() {
        return new ServiceNormalizer(this);
      }
      makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
      }
      makeForTool() {
        return new ToolNormalizer(this);
      }
      makeForTools() {
        return new ToolsNormalizer(this);
      }
      makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
      }
      makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
      }
      makeForHash() {
        return new HashNormalizer(this);
      }
      makeForLicense() {
        return new LicenseNormalizer(this);
      }
      makeForSWID() {
        return new SWIDNormalizer(this);
      }
      makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
      }
      makeForAttachment() {
        return new AttachmentNormalizer(this);
      }
      makeForProperty() {
        return new PropertyNormalizer(this);
      }
      makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
      }
      makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
      }
      makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
      }
      makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
      }
      makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
      }
      makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
      }
      makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
      }
      makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
      }
      makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
      }
      makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
      }
    };
    exports.Factory = Factory;
    var xmlNamespace = /* @__PURE__ */ new Map([
      [enums_1.Version.v1dot7, "http://cyclonedx.org/schema/bom/1.7"],
      [enums_1.Version.v1dot6, "http://cyclonedx.org/schema/bom/1.6"],
      [enums_1.Version.v1dot5, "http://cyclonedx.org/schema/bom/1.5"],
      [enums_1.Version.v1dot4, "http://cyclonedx.org/schema/bom/1.4"],
      [enums_1.Version.v1dot3, "http://cyclonedx.org/schema/bom/1.3"],
      [enums_1.Version.v1dot2, "http://cyclonedx.org/schema/bom/1.2"],
      [enums_1.Version.v1dot1, "http://cyclonedx.org/schema/bom/1.1"],
      [enums_1.Version.v1dot0, "http://cyclonedx.org/schema/bom/1.0"]
    ]);
    var BaseXmlNormalizer = class {
      _factory;
      constructor(factory) {
        this._factory = factory;
      }
      get factory() {
        return this._factory;
      }
    };
    var BomNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options) {
        const components2 = {
          type: "element",
          name: "components",
          children: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options, "component") : void 0
        };
        const services = this._factory.spec.supportsServices && data.services.size > 0 ? {
          type: "element",
          name: "services",
          children: this._factory.makeForService().normalizeIterable(data.services, options, "service")
        } : void 0;
        const vulnerabilities = this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0 ? {
          type: "element",
          name: "vulnerabilities",
          children: this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options, "vulnerability")
        } : void 0;
        return {
          type: "element",
          name: "bom",
          namespace: xmlNamespace.get(this._factory.spec.version),
          attributes: {
            version: data.version,
            serialNumber: this.#isEligibleSerialNumber(data.serialNumber) ? data.serialNumber : void 0
          },
          children: [
            this._factory.makeForMetadata().normalize(data.metadata, options, "metadata"),
            components2,
            services,
            this._factory.spec.supportsDependencyGraph ? this._factory.makeForDependencyGraph().normalize(data, options, "dependencies") : void 0,
            vulnerabilities
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #isEligibleSerialNumber(v2) {
        return v2 !== void 0 && /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(v2);
      }
    };
    exports.BomNormalizer = BomNormalizer;
    var MetadataNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        const lifecycles = this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0 ? {
          type: "element",
          name: "lifecycles",
          children: this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options, "lifecycle")
        } : void 0;
        const tools = data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options, "tools") : void 0;
        const authors = data.authors.size > 0 ? {
          type: "element",
          name: "authors",
          children: this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options, "author")
        } : void 0;
        const licenses = this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const properties = this._factory.spec.supportsMetadataProperties && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalDateTimeElement(data.timestamp, "timestamp"),
            lifecycles,
            tools,
            authors,
            data.component === void 0 ? void 0 : this._factory.makeForComponent().normalize(data.component, options, "component"),
            data.manufacture === void 0 ? void 0 : orgEntityNormalizer.normalize(data.manufacture, options, "manufacture"),
            data.supplier === void 0 ? void 0 : orgEntityNormalizer.normalize(data.supplier, options, "supplier"),
            licenses,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.MetadataNormalizer = MetadataNormalizer;
    var LifecycleNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return data instanceof lifecycle_1.NamedLifecycle ? {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.description, "description")
          ].filter(notUndefined_1.isNotUndefined)
        } : {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data, "phase")
          ]
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t2) => this.normalize(t2, options, elementName));
      }
    };
    exports.LifecycleNormalizer = LifecycleNormalizer;
    var ToolNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const hashes = data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        const externalReferences = this._factory.spec.supportsToolReferences && data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.vendor, "vendor", _xsd_1.normalizedString),
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.version, "version", _xsd_1.normalizedString),
            hashes,
            externalReferences
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t2) => this.normalize(t2, options, elementName));
      }
    };
    exports.ToolNormalizer = ToolNormalizer;
    var ToolsNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        let children = [];
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
          children = this._factory.makeForTool().normalizeIterable(new models_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, models_1.Tool.fromComponent), Array.from(data.services, models_1.Tool.fromService), data.tools)), options, "tool");
        } else {
          if (data.components.size > 0) {
            children.push({
              type: "element",
              name: "components",
              children: this._factory.makeForComponent().normalizeIterable(data.components, options, "component")
            });
          }
          if (data.services.size > 0) {
            children.push({
              type: "element",
              name: "services",
              children: this._factory.makeForService().normalizeIterable(data.services, options, "service")
            });
          }
        }
        return {
          type: "element",
          name: elementName,
          children
        };
      }
    };
    exports.ToolsNormalizer = ToolsNormalizer;
    var HashNormalizer = class extends BaseXmlNormalizer {
      normalize([algorithm, content], options, elementName) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content) ? {
          type: "element",
          name: elementName,
          attributes: { alg: algorithm },
          children: (0, _xsd_1.token)(content)
        } : void 0;
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((h) => this.normalize(h, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.HashNormalizer = HashNormalizer;
    var OrganizationalContactNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.email, "email", _xsd_1.normalizedString),
            makeOptionalTextElement(data.phone, "phone", _xsd_1.normalizedString)
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oc) => this.normalize(oc, options, elementName));
      }
    };
    exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
    var OrganizationalEntityNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            ...makeTextElementIter(Array.from(data.url, (s3) => (0, uri_1.escapeUri)(s3.toString())), options, "url").filter(({ children: u2 }) => types_1.XmlSchema.isAnyURI(u2)),
            ...this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options, "contact")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oe2) => this.normalize(oe2, options, elementName));
      }
    };
    exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
    var ComponentNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
          return void 0;
        }
        const supplier = data.supplier === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options, "supplier");
        const version = (spec.requiresComponentVersion ? makeTextElement : makeOptionalTextElement)(data.version ?? "", "version", _xsd_1.normalizedString);
        const hashes = data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const swid = data.swid === void 0 ? void 0 : this._factory.makeForSWID().normalize(data.swid, options, "swid");
        const extRefs = data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        const components2 = data.components.size > 0 ? {
          type: "element",
          name: "components",
          children: this.normalizeIterable(data.components, options, "component")
        } : void 0;
        const evidence = spec.supportsComponentEvidence && data.evidence !== void 0 ? this._factory.makeForComponentEvidence().normalize(data.evidence, options, "evidence") : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: {
            type: data.type,
            "bom-ref": data.bomRef.value
          },
          children: [
            supplier,
            makeOptionalTextElement(data.author, "author", _xsd_1.normalizedString),
            makeOptionalTextElement(data.publisher, "publisher", _xsd_1.normalizedString),
            makeOptionalTextElement(data.group, "group", _xsd_1.normalizedString),
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            version,
            makeOptionalTextElement(data.description, "description", _xsd_1.normalizedString),
            makeOptionalTextElement(data.scope, "scope"),
            hashes,
            licenses,
            makeOptionalTextElement(data.copyright, "copyright", _xsd_1.normalizedString),
            makeOptionalTextElement(data.cpe, "cpe"),
            makeOptionalTextElement(data.purl, "purl"),
            swid,
            extRefs,
            properties,
            components2,
            evidence
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((c) => this.normalize(c, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ComponentNormalizer = ComponentNormalizer;
    var ServiceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const spec = this._factory.spec;
        const provider = data.provider === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.provider, options, "provider");
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const extRefs = data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        const services = data.services.size > 0 ? {
          type: "element",
          name: "services",
          children: this.normalizeIterable(data.services, options, "service")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: {
            "bom-ref": data.bomRef.value
          },
          children: [
            provider,
            makeOptionalTextElement(data.group, "group", _xsd_1.normalizedString),
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.version, "version", _xsd_1.normalizedString),
            makeOptionalTextElement(data.description, "description", _xsd_1.normalizedString),
            licenses,
            extRefs,
            properties,
            services
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((s3) => this.normalize(s3, options, elementName));
      }
    };
    exports.ServiceNormalizer = ServiceNormalizer;
    var ComponentEvidenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const copyright = data.copyright.size > 0 ? {
          type: "element",
          name: "copyright",
          children: makeTextElementIter(data.copyright, options, "text")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            licenses,
            copyright
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
    var LicenseNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof license_1.NamedLicense:
            return this.#normalizeNamedLicense(data, options);
          case data instanceof license_1.SpdxLicense:
            return (0, spdx_1.isSupportedSpdxId)(data.id) ? this.#normalizeSpdxLicense(data, options) : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
          case data instanceof license_1.LicenseExpression:
            return this.#normalizeLicenseExpression(data);
          default:
            throw new TypeError("Unexpected LicenseChoice");
        }
      }
      #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: "license",
          attributes: {
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
          },
          children: [
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: "license",
          attributes: {
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
          },
          children: [
            makeTextElement(data.id, "id"),
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeLicenseExpression(data) {
        const elem = makeTextElement(data.expression, "expression", _xsd_1.normalizedString);
        elem.attributes = {
          acknowledgement: this._factory.spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
        };
        return elem;
      }
      normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false ? data.sorted() : Array.from(data);
        if (licenses.length > 1) {
          const expressions = licenses.filter((l) => l instanceof license_1.LicenseExpression);
          if (expressions.length > 0) {
            return [this.#normalizeLicenseExpression(expressions[0])];
          }
        }
        return licenses.map((l) => this.normalize(l, options));
      }
    };
    exports.LicenseNormalizer = LicenseNormalizer;
    var SWIDNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          type: "element",
          name: elementName,
          attributes: {
            tagId: data.tagId,
            name: data.name,
            version: data.version || void 0,
            tagVersion: data.tagVersion,
            patch: data.patch === void 0 ? void 0 : data.patch ? "true" : "false"
          },
          children: [
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.SWIDNormalizer = SWIDNormalizer;
    var ExternalReferenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        const hashes = this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        return this._factory.spec.supportsExternalReferenceType(data.type) && types_1.XmlSchema.isAnyURI(url) ? {
          type: "element",
          name: elementName,
          attributes: {
            type: data.type
          },
          children: [
            makeTextElement(url, "url"),
            makeOptionalTextElement(data.comment, "comment"),
            hashes
          ].filter(notUndefined_1.isNotUndefined)
        } : void 0;
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
    var AttachmentNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          attributes: {
            "content-type": data.contentType ? (0, _xsd_1.normalizedString)(data.contentType) : void 0,
            encoding: data.encoding || void 0
          },
          children: data.content.toString()
        };
      }
    };
    exports.AttachmentNormalizer = AttachmentNormalizer;
    var PropertyNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          attributes: {
            name: data.name
          },
          children: (0, _xsd_1.normalizedString)(data.value)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((p2) => this.normalize(p2, options, elementName));
      }
    };
    exports.PropertyNormalizer = PropertyNormalizer;
    var DependencyGraphNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const allRefs = /* @__PURE__ */ new Map();
        if (data.metadata.component !== void 0) {
          allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
          for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
          }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
          allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
          allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
          const dep = this.#normalizeDependency(ref, deps, allRefs, options);
          if ((0, notUndefined_1.isNotUndefined)(dep)) {
            normalized.push(dep);
          }
        }
        if (options.sortLists ?? false) {
          normalized.sort(({ attributes: { ref: a } }, { attributes: { ref: b2 } }) => a.localeCompare(b2));
        }
        return {
          type: "element",
          name: elementName,
          children: normalized
        };
      }
      #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
          return void 0;
        }
        const dependsOn = Array.from(deps).filter((d) => allRefs.has(d) && d !== ref).map((d) => d.toString()).filter((d) => d.length > 0);
        if (options.sortLists ?? false) {
          dependsOn.sort((a, b2) => a.localeCompare(b2));
        }
        return {
          type: "element",
          name: "dependency",
          attributes: { ref: bomRef },
          children: dependsOn.map((d) => ({
            type: "element",
            name: "dependency",
            attributes: { ref: d }
          }))
        };
      }
    };
    exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
    var VulnerabilityNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const references = data.references.size > 0 ? {
          type: "element",
          name: "references",
          children: this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options, "reference")
        } : void 0;
        const ratings = data.ratings.size > 0 ? {
          type: "element",
          name: "ratings",
          children: this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options, "rating")
        } : void 0;
        const cwes = data.cwes.size > 0 ? {
          type: "element",
          name: "cwes",
          children: (options.sortLists ? data.cwes.sorted() : Array.from(data.cwes)).map((cwe) => makeTextElement(cwe, "cwe"))
        } : void 0;
        const advisories = data.advisories.size > 0 ? {
          type: "element",
          name: "advisories",
          children: this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options, "advisory")
        } : void 0;
        const tools = data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options, "tools") : void 0;
        const affects = data.affects.size > 0 ? {
          type: "element",
          name: "affects",
          children: this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options, "target")
        } : void 0;
        const properties = data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: { "bom-ref": data.bomRef.value || void 0 },
          children: [
            makeOptionalTextElement(data.id, "id", _xsd_1.normalizedString),
            data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source"),
            references,
            ratings,
            cwes,
            makeOptionalTextElement(data.description, "description"),
            makeOptionalTextElement(data.detail, "detail"),
            makeOptionalTextElement(data.recommendation, "recommendation"),
            advisories,
            makeOptionalDateTimeElement(data.created, "created"),
            makeOptionalDateTimeElement(data.created, "published"),
            makeOptionalDateTimeElement(data.created, "updated"),
            data.credits === void 0 ? void 0 : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options, "credits"),
            tools,
            data.analysis === void 0 ? void 0 : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options, "analysis"),
            affects,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((v2) => this.normalize(v2, options, elementName));
      }
    };
    exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
    var VulnerabilitySourceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
    var VulnerabilityReferenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.id, "id"),
            this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source")
          ]
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName));
      }
    };
    exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
    var VulnerabilityRatingNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source"),
            makeOptionalTextElement(data.score, "score"),
            makeOptionalTextElement(data.severity, "severity"),
            this._factory.spec.supportsVulnerabilityRatingMethod(data.method) ? makeOptionalTextElement(data.method, "method") : void 0,
            makeOptionalTextElement(data.vector, "vector", _xsd_1.normalizedString),
            makeOptionalTextElement(data.justification, "justification")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName));
      }
    };
    exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
    var VulnerabilityAdvisoryNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.XmlSchema.isAnyURI(url)) {
          return void 0;
        }
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.title, "title"),
            makeTextElement(url, "url")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
    var VulnerabilityCreditsNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const organizations = data.organizations.size > 0 ? {
          type: "element",
          name: "organizations",
          children: this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options, "organization")
        } : void 0;
        const individuals = data.individuals.size > 0 ? {
          type: "element",
          name: "individuals",
          children: this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options, "individual")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            organizations,
            individuals
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
    var VulnerabilityAnalysisNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const responses = data.response.size > 0 ? {
          type: "element",
          name: "responses",
          children: (options.sortLists ?? false ? data.response.sorted() : Array.from(data.response)).map((ar2) => makeTextElement(ar2, "response"))
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.state, "state"),
            makeOptionalTextElement(data.justification, "justification"),
            responses,
            makeOptionalTextElement(data.detail, "detail")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
    var VulnerabilityAffectNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const versions = data.versions.size > 0 ? {
          type: "element",
          name: "versions",
          children: this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options, "version")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.ref, "ref"),
            versions
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options, elementName));
      }
    };
    exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
    var VulnerabilityAffectedVersionNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        switch (true) {
          case data instanceof affect_1.AffectedSingleVersion:
            return this.#normalizeAffectedSingleVersion(data, elementName);
          case data instanceof affect_1.AffectedVersionRange:
            return this.#normalizeAffectedVersionRange(data, elementName);
          default:
            throw new TypeError("Unexpected Vulnerability AffectedVersion");
        }
      }
      #normalizeAffectedSingleVersion(data, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.version, "version", _xsd_1.normalizedString),
            makeOptionalTextElement(data.status, "status")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeAffectedVersionRange(data, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.range, "range", _xsd_1.normalizedString),
            makeOptionalTextElement(data.status, "status")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((av) => this.normalize(av, options, elementName));
      }
    };
    exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
    var noTEM = (s3) => s3;
    function makeOptionalTextElement(data, elementName, mod = noTEM) {
      const s3 = mod(data?.toString() ?? "");
      return s3.length > 0 ? makeTextElement(s3, elementName) : void 0;
    }
    function makeTextElement(data, elementName, mod = noTEM) {
      return {
        type: "element",
        name: elementName,
        children: mod(data.toString())
      };
    }
    function makeTextElementIter(data, options, elementName, mod = noTEM) {
      const r = Array.from(data, (d) => makeTextElement(d, elementName, mod));
      if (options.sortLists ?? false) {
        r.sort(({ children: a }, { children: b2 }) => a.localeCompare(b2));
      }
      return r;
    }
    function makeOptionalDateTimeElement(data, elementName, mod = noTEM) {
      const d = data?.toISOString();
      return d === void 0 ? void 0 : makeTextElement(d, elementName, mod);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/index.js
var require_xml = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar2 = [];
          for (var k2 in o2) if (Object.prototype.hasOwnProperty.call(o2, k2)) ar2[ar2.length] = k2;
          return ar2;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 = ownKeys(mod), i = 0; i < k2.length; i++) if (k2[i] !== "default") __createBinding(result, mod, k2[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Types = exports.Normalize = void 0;
    exports.Normalize = __importStar(require_normalize2());
    exports.Types = __importStar(require_types3());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlBaseSerializer.js
var require_xmlBaseSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlBaseSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlBaseSerializer = void 0;
    var enums_1 = require_enums2();
    var errors_1 = require_errors3();
    var baseSerializer_1 = require_baseSerializer();
    var XmlBaseSerializer = class extends baseSerializer_1.BaseSerializer {
      #normalizerFactory;
      constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.XML)) {
          throw new errors_1.UnsupportedFormatError("Spec does not support XML format.");
        }
        super();
        this.#normalizerFactory = normalizerFactory;
      }
      get normalizerFactory() {
        return this.#normalizerFactory;
      }
      _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom().normalize(bom, options);
      }
    };
    exports.XmlBaseSerializer = XmlBaseSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.common.js
var require_index_common = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.common.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar2 = [];
          for (var k2 in o2) if (Object.prototype.hasOwnProperty.call(o2, k2)) ar2[ar2.length] = k2;
          return ar2;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 = ownKeys(mod), i = 0; i < k2.length; i++) if (k2[i] !== "default") __createBinding(result, mod, k2[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XML = exports.JSON = exports.Types = void 0;
    __exportStar(require_bomRefDiscriminator(), exports);
    __exportStar(require_errors2(), exports);
    exports.Types = __importStar(require_types());
    __exportStar(require_baseSerializer(), exports);
    exports.JSON = __importStar(require_json());
    __exportStar(require_jsonSerializer(), exports);
    exports.XML = __importStar(require_xml());
    __exportStar(require_xmlBaseSerializer(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/_wrapper.js
var require_wrapper = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/_wrapper.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = default_1;
    var errors_1 = require_errors();
    function makeWIllThrow(message) {
      const f2 = function() {
        throw new errors_1.OptPlugError(message);
      };
      f2.fails = true;
      return Object.freeze(f2);
    }
    function default_1(name, pf) {
      for (const [, getF] of pf) {
        try {
          return getF();
        } catch {
        }
      }
      return makeWIllThrow(`No ${name} available.
Please install one of the optional dependencies: ` + pf.map((kv) => kv[0]).join(" || "));
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/__xmlStringifiers/xmlbuilder2.js
var require_xmlbuilder2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/__xmlStringifiers/xmlbuilder2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var xmlbuilder2_1 = __require("xmlbuilder2");
    if (typeof xmlbuilder2_1.create !== "function") {
      throw new Error("`create` is not a function");
    }
    exports.default = (function(rootElement, { space } = {}) {
      const indent = makeIndent(space);
      const doc = (0, xmlbuilder2_1.create)({ encoding: "UTF-8" });
      addEle(doc, rootElement);
      return doc.end({
        format: "xml",
        newline: "\n",
        prettyPrint: indent.length > 0,
        indent
      });
    });
    function addEle(parent, element, parentNS = null) {
      if (element.type !== "element") {
        return;
      }
      const ns2 = getNS(element) ?? parentNS;
      const ele = parent.ele(ns2, element.name, element.attributes);
      if (element.children === void 0) {
      } else if (typeof element.children === "string" || typeof element.children === "number") {
        ele.txt(element.children.toString());
      } else {
        for (const child of element.children) {
          addEle(ele, child, ns2);
        }
      }
    }
    function getNS(element) {
      const ns2 = (element.namespace ?? element.attributes?.xmlns)?.toString() ?? "";
      return ns2.length > 0 ? ns2 : null;
    }
    function makeIndent(space) {
      if (typeof space === "number") {
        return " ".repeat(Math.max(0, space));
      }
      if (typeof space === "string") {
        return space;
      }
      return "";
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/xmlStringify.js
var require_xmlStringify = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/xmlStringify.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var _wrapper_1 = __importDefault(require_wrapper());
    exports.default = (0, _wrapper_1.default)("XmlStringifier", [
      ["xmlbuilder2", () => require_xmlbuilder2().default]
    ]);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlSerializer.node.js
var require_xmlSerializer_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlSerializer.node.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlSerializer = void 0;
    var errors_1 = require_errors();
    var xmlStringify_1 = __importDefault(require_xmlStringify());
    var errors_2 = require_errors2();
    var xmlBaseSerializer_1 = require_xmlBaseSerializer();
    var XmlSerializer = class extends xmlBaseSerializer_1.XmlBaseSerializer {
      _serialize(normalizedBom, options = {}) {
        try {
          return (0, xmlStringify_1.default)(normalizedBom, options);
        } catch (err) {
          if (err instanceof errors_1.OptPlugError) {
            throw new errors_2.MissingOptionalDependencyError(err.message, err);
          }
          throw err;
        }
      }
    };
    exports.XmlSerializer = XmlSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var require_index_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_index_common(), exports);
    __exportStar(require_xmlSerializer_node(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js
var require_protocol = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports._Spec = void 0;
    var models_1 = require_models();
    var _Spec = class {
      #version;
      #formats;
      #componentTypes;
      #hashAlgorithms;
      #hashValuePattern;
      #externalReferenceTypes;
      #vulnerabilityRatingMethods;
      #supportsDependencyGraph;
      #supportsToolReferences;
      #requiresComponentVersion;
      #supportsProperties;
      #supportsVulnerabilities;
      #supportsComponentEvidence;
      #supportsMetadataLifecycles;
      #supportsMetadataLicenses;
      #supportsMetadataProperties;
      #supportsExternalReferenceHashes;
      #supportsLicenseAcknowledgement;
      #supportsServices;
      #supportsToolsComponentsServices;
      #supportsLicenseProperties;
      constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
      }
      get version() {
        return this.#version;
      }
      supportsFormat(f2) {
        return this.#formats.has(f2);
      }
      supportsComponentType(ct2) {
        return this.#componentTypes.has(ct2);
      }
      supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
      }
      supportsHashValue(hv) {
        return typeof hv === "string" && this.#hashValuePattern.test(hv);
      }
      supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
      }
      get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
      }
      get supportsToolReferences() {
        return this.#supportsToolReferences;
      }
      get requiresComponentVersion() {
        return this.#requiresComponentVersion;
      }
      supportsProperties(model) {
        switch (true) {
          case (model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense):
            return this.#supportsLicenseProperties;
          default:
            return this.#supportsProperties;
        }
      }
      get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
      }
      supportsVulnerabilityRatingMethod(rm7) {
        return this.#vulnerabilityRatingMethods.has(rm7);
      }
      get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
      }
      get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
      }
      get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
      }
      get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
      }
      get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
      }
      get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
      }
      get supportsServices() {
        return this.#supportsServices;
      }
      get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
      }
    };
    exports._Spec = _Spec;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js
var require_consts = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
    var componentType_1 = require_componentType();
    var externalReferenceType_1 = require_externalReferenceType();
    var hashAlogorithm_1 = require_hashAlogorithm();
    var ratingMethod_1 = require_ratingMethod();
    var _protocol_1 = require_protocol();
    var enums_1 = require_enums2();
    exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
    exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.Other
    ], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, false, true, true, true));
    exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3,
      hashAlogorithm_1.HashAlgorithm["Streebog-256"],
      hashAlogorithm_1.HashAlgorithm["Streebog-512"]
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Citation,
      externalReferenceType_1.ExternalReferenceType.Patent,
      externalReferenceType_1.ExternalReferenceType.PatentAssertion,
      externalReferenceType_1.ExternalReferenceType.PatentFamily,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.SpecVersionDict = Object.freeze({
      [enums_1.Version.v1dot7]: exports.Spec1dot7,
      [enums_1.Version.v1dot6]: exports.Spec1dot6,
      [enums_1.Version.v1dot5]: exports.Spec1dot5,
      [enums_1.Version.v1dot4]: exports.Spec1dot4,
      [enums_1.Version.v1dot3]: exports.Spec1dot3,
      [enums_1.Version.v1dot2]: exports.Spec1dot2
    });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var require_spec = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o, k22, desc);
    }) : (function(o, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o[k22] = m2[k2];
    }));
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_consts(), exports);
    __exportStar(require_enums2(), exports);
    __exportStar(require_errors3(), exports);
  }
});

// node_modules/packageurl-js/src/error.js
var require_error = __commonJS({
  "node_modules/packageurl-js/src/error.js"(exports, module) {
    "use strict";
    function formatPurlErrorMessage(message = "") {
      const { length } = message;
      let formatted = "";
      if (length) {
        const code0 = message.charCodeAt(0);
        formatted = code0 >= 65 || code0 <= 90 ? `${message[0].toLowerCase()}${message.slice(1)}` : message;
        if (length > 1 && message.charCodeAt(length - 1) === 46 && message.charCodeAt(length - 2) !== 46) {
          formatted = formatted.slice(0, -1);
        }
      }
      return `Invalid purl: ${formatted}`;
    }
    var PurlError = class extends Error {
      constructor(message) {
        super(formatPurlErrorMessage(message));
      }
    };
    module.exports = {
      formatPurlErrorMessage,
      PurlError
    };
  }
});

// node_modules/packageurl-js/src/decode.js
var require_decode = __commonJS({
  "node_modules/packageurl-js/src/decode.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error();
    var { decodeURIComponent: decodeURIComponent2 } = globalThis;
    function decodePurlComponent(comp, encodedURIComponent) {
      try {
        return decodeURIComponent2(encodedURIComponent);
      } catch {
      }
      throw new PurlError(`unable to decode "${comp}" component`);
    }
    module.exports = {
      decodePurlComponent
    };
  }
});

// node_modules/packageurl-js/src/constants.js
var require_constants2 = __commonJS({
  "node_modules/packageurl-js/src/constants.js"(exports, module) {
    "use strict";
    var LOOP_SENTINEL = 1e6;
    var REUSED_SEARCH_PARAMS = new URLSearchParams();
    var REUSED_SEARCH_PARAMS_KEY = "_";
    var REUSED_SEARCH_PARAMS_OFFSET = 2;
    module.exports = {
      LOOP_SENTINEL,
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    };
  }
});

// node_modules/packageurl-js/src/objects.js
var require_objects = __commonJS({
  "node_modules/packageurl-js/src/objects.js"(exports, module) {
    "use strict";
    var { LOOP_SENTINEL } = require_constants2();
    function isObject(value) {
      return value !== null && typeof value === "object";
    }
    function recursiveFreeze(value_) {
      if (value_ === null || !(typeof value_ === "object" || typeof value_ === "function") || Object.isFrozen(value_)) {
        return value_;
      }
      const queue = [value_];
      let { length: queueLength } = queue;
      let pos = 0;
      while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
          throw new Error(
            "Detected infinite loop in object crawl of recursiveFreeze"
          );
        }
        const obj = queue[pos++];
        Object.freeze(obj);
        if (Array.isArray(obj)) {
          for (let i = 0, { length } = obj; i < length; i += 1) {
            const item = obj[i];
            if (item !== null && (typeof item === "object" || typeof item === "function") && !Object.isFrozen(item)) {
              queue[queueLength++] = item;
            }
          }
        } else {
          const keys = Reflect.ownKeys(obj);
          for (let i = 0, { length } = keys; i < length; i += 1) {
            const propValue = obj[keys[i]];
            if (propValue !== null && (typeof propValue === "object" || typeof propValue === "function") && !Object.isFrozen(propValue)) {
              queue[queueLength++] = propValue;
            }
          }
        }
      }
      return value_;
    }
    module.exports = {
      isObject,
      recursiveFreeze
    };
  }
});

// node_modules/packageurl-js/src/strings.js
var require_strings = __commonJS({
  "node_modules/packageurl-js/src/strings.js"(exports, module) {
    "use strict";
    var { compare: localeCompare } = new Intl.Collator();
    var regexSemverNumberedGroups = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    function isBlank(str) {
      for (let i = 0, { length } = str; i < length; i += 1) {
        const code2 = str.charCodeAt(i);
        if (!// Whitespace characters according to ECMAScript spec:
        // https://tc39.es/ecma262/#sec-white-space
        (code2 === 32 || // Space
        code2 === 9 || // Tab
        code2 === 10 || // Line Feed
        code2 === 11 || // Vertical Tab
        code2 === 12 || // Form Feed
        code2 === 13 || // Carriage Return
        code2 === 160 || // No-Break Space
        code2 === 5760 || // Ogham Space Mark
        code2 === 8192 || // En Quad
        code2 === 8193 || // Em Quad
        code2 === 8194 || // En Space
        code2 === 8195 || // Em Space
        code2 === 8196 || // Three-Per-Em Space
        code2 === 8197 || // Four-Per-Em Space
        code2 === 8198 || // Six-Per-Em Space
        code2 === 8199 || // Figure Space
        code2 === 8200 || // Punctuation Space
        code2 === 8201 || // Thin Space
        code2 === 8202 || // Hair Space
        code2 === 8232 || // Line Separator
        code2 === 8233 || // Paragraph Separator
        code2 === 8239 || // Narrow No-Break Space
        code2 === 8287 || // Medium Mathematical Space
        code2 === 12288 || // Ideographic Space
        code2 === 65279)) {
          return false;
        }
      }
      return true;
    }
    function isNonEmptyString(value) {
      return typeof value === "string" && value.length > 0;
    }
    function isSemverString(value) {
      return typeof value === "string" && regexSemverNumberedGroups.test(value);
    }
    function lowerName(purl) {
      purl.name = purl.name.toLowerCase();
    }
    function lowerNamespace(purl) {
      const { namespace } = purl;
      if (typeof namespace === "string") {
        purl.namespace = namespace.toLowerCase();
      }
    }
    function lowerVersion(purl) {
      const { version } = purl;
      if (typeof version === "string") {
        purl.version = version.toLowerCase();
      }
    }
    function replaceDashesWithUnderscores(str) {
      let result = "";
      let fromIndex = 0;
      let index = 0;
      while ((index = str.indexOf("-", fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + "_";
        fromIndex = index + 1;
      }
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    function replaceUnderscoresWithDashes(str) {
      let result = "";
      let fromIndex = 0;
      let index = 0;
      while ((index = str.indexOf("_", fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + "-";
        fromIndex = index + 1;
      }
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    function trimLeadingSlashes(str) {
      let start2 = 0;
      while (str.charCodeAt(start2) === 47) {
        start2 += 1;
      }
      return start2 === 0 ? str : str.slice(start2);
    }
    module.exports = {
      isBlank,
      isNonEmptyString,
      isSemverString,
      localeCompare,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes,
      trimLeadingSlashes
    };
  }
});

// node_modules/packageurl-js/src/encode.js
var require_encode = __commonJS({
  "node_modules/packageurl-js/src/encode.js"(exports, module) {
    "use strict";
    var {
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    } = require_constants2();
    var { isObject } = require_objects();
    var { isNonEmptyString } = require_strings();
    var { encodeURIComponent } = globalThis;
    function encodeNamespace(namespace) {
      return isNonEmptyString(namespace) ? encodeURIComponent(namespace).replace(/%3A/g, ":").replace(/%2F/g, "/") : "";
    }
    function encodeQualifierParam(param) {
      if (isNonEmptyString(param)) {
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param);
        return replacePlusSignWithPercentEncodedSpace(
          REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        );
      }
      return "";
    }
    function encodeQualifiers(qualifiers) {
      if (isObject(qualifiers)) {
        const qualifiersKeys = Object.keys(qualifiers).sort();
        const searchParams = new URLSearchParams();
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
          const key = qualifiersKeys[i];
          searchParams.set(key, qualifiers[key]);
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString());
      }
      return "";
    }
    function encodeSubpath(subpath) {
      return isNonEmptyString(subpath) ? encodeURIComponent(subpath).replace(/%2F/g, "/") : "";
    }
    function encodeVersion(version) {
      return isNonEmptyString(version) ? encodeURIComponent(version).replace(/%3A/g, ":").replace(/%2B/g, "+") : "";
    }
    function replacePlusSignWithPercentEncodedSpace(str) {
      return str.replace(/\+/g, "%20");
    }
    module.exports = {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent
    };
  }
});

// node_modules/packageurl-js/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/packageurl-js/src/helpers.js"(exports, module) {
    "use strict";
    function createHelpersNamespaceObject(helpers, options_ = {}) {
      const { comparator, ...defaults } = { __proto__: null, ...options_ };
      const helperNames = Object.keys(helpers).sort();
      const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
      ].sort(comparator);
      const nsObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i];
        const helpersForProp = /* @__PURE__ */ Object.create(null);
        for (let j2 = 0, { length: length_j } = helperNames; j2 < length_j; j2 += 1) {
          const helperName = helperNames[j2];
          const helperValue = helpers[helperName][propName] ?? defaults[helperName];
          if (helperValue !== void 0) {
            helpersForProp[helperName] = helperValue;
          }
        }
        nsObject[propName] = helpersForProp;
      }
      return nsObject;
    }
    module.exports = {
      createHelpersNamespaceObject
    };
  }
});

// node_modules/packageurl-js/src/normalize.js
var require_normalize3 = __commonJS({
  "node_modules/packageurl-js/src/normalize.js"(exports, module) {
    "use strict";
    var { isObject } = require_objects();
    var { isBlank } = require_strings();
    function normalizeName(rawName) {
      return typeof rawName === "string" ? rawName.trim() : void 0;
    }
    function normalizeNamespace(rawNamespace) {
      return typeof rawNamespace === "string" ? normalizePath(rawNamespace) : void 0;
    }
    function normalizePath(pathname, callback) {
      let collapsed = "";
      let start2 = 0;
      while (pathname.charCodeAt(start2) === 47) {
        start2 += 1;
      }
      let nextIndex = pathname.indexOf("/", start2);
      if (nextIndex === -1) {
        return pathname.slice(start2);
      }
      while (nextIndex !== -1) {
        const segment = pathname.slice(start2, nextIndex);
        if (callback === void 0 || callback(segment)) {
          collapsed = collapsed + (collapsed.length === 0 ? "" : "/") + segment;
        }
        start2 = nextIndex + 1;
        while (pathname.charCodeAt(start2) === 47) {
          start2 += 1;
        }
        nextIndex = pathname.indexOf("/", start2);
      }
      const lastSegment2 = pathname.slice(start2);
      if (lastSegment2.length !== 0 && (callback === void 0 || callback(lastSegment2))) {
        collapsed = collapsed + "/" + lastSegment2;
      }
      return collapsed;
    }
    function normalizeQualifiers(rawQualifiers) {
      let qualifiers;
      for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === "string" ? value : String(value);
        const trimmed = strValue.trim();
        if (trimmed.length === 0) {
          continue;
        }
        if (qualifiers === void 0) {
          qualifiers = { __proto__: null };
        }
        qualifiers[key.toLowerCase()] = trimmed;
      }
      return qualifiers;
    }
    function normalizeSubpath(rawSubpath) {
      return typeof rawSubpath === "string" ? normalizePath(rawSubpath, subpathFilter) : void 0;
    }
    function normalizeType(rawType) {
      return typeof rawType === "string" ? rawType.trim().toLowerCase() : void 0;
    }
    function normalizeVersion(rawVersion) {
      return typeof rawVersion === "string" ? rawVersion.trim() : void 0;
    }
    function qualifiersToEntries(rawQualifiers) {
      if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams ? rawQualifiers.entries() : Object.entries(rawQualifiers);
      }
      return typeof rawQualifiers === "string" ? new URLSearchParams(rawQualifiers).entries() : Object.entries({});
    }
    function subpathFilter(segment) {
      const { length } = segment;
      if (length === 1 && segment.charCodeAt(0) === 46) return false;
      if (length === 2 && segment.charCodeAt(0) === 46 && segment.charCodeAt(1) === 46) {
        return false;
      }
      return !isBlank(segment);
    }
    module.exports = {
      normalizeName,
      normalizeNamespace,
      normalizePath,
      normalizeQualifiers,
      normalizeSubpath,
      normalizeType,
      normalizeVersion
    };
  }
});

// node_modules/packageurl-js/src/lang.js
var require_lang = __commonJS({
  "node_modules/packageurl-js/src/lang.js"(exports, module) {
    "use strict";
    function isNullishOrEmptyString(value) {
      return value === null || value === void 0 || typeof value === "string" && value.length === 0;
    }
    module.exports = {
      isNullishOrEmptyString
    };
  }
});

// node_modules/packageurl-js/src/validate.js
var require_validate = __commonJS({
  "node_modules/packageurl-js/src/validate.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error();
    var { isNullishOrEmptyString } = require_lang();
    var { isNonEmptyString } = require_strings();
    function validateEmptyByType(type, name, value, throws2) {
      if (!isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`${type} "${name}" component must be empty`);
        }
        return false;
      }
      return true;
    }
    function validateName(name, throws2) {
      return validateRequired("name", name, throws2) && validateStrings("name", name, throws2);
    }
    function validateNamespace(namespace, throws2) {
      return validateStrings("namespace", namespace, throws2);
    }
    function validateQualifiers(qualifiers, throws2) {
      if (qualifiers === null || qualifiers === void 0) {
        return true;
      }
      if (typeof qualifiers !== "object") {
        if (throws2) {
          throw new PurlError('"qualifiers" must be an object');
        }
        return false;
      }
      const keysIterable = (
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === "function" ? qualifiers.keys() : Object.keys(qualifiers)
      );
      for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws2)) {
          return false;
        }
      }
      return true;
    }
    function validateQualifierKey(key, throws2) {
      if (!validateStartsWithoutNumber("qualifier", key, throws2)) {
        return false;
      }
      for (let i = 0, { length } = key; i < length; i += 1) {
        const code2 = key.charCodeAt(i);
        if (!(code2 >= 48 && code2 <= 57 || // 0-9
        code2 >= 65 && code2 <= 90 || // A-Z
        code2 >= 97 && code2 <= 122 || // a-z
        code2 === 46 || // .
        code2 === 45 || // -
        code2 === 95)) {
          if (throws2) {
            throw new PurlError(
              `qualifier "${key}" contains an illegal character`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateRequired(name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`"${name}" is a required component`);
        }
        return false;
      }
      return true;
    }
    function validateRequiredByType(type, name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2) {
          throw new PurlError(`${type} requires a "${name}" component`);
        }
        return false;
      }
      return true;
    }
    function validateStartsWithoutNumber(name, value, throws2) {
      if (isNonEmptyString(value)) {
        const code2 = value.charCodeAt(0);
        if (code2 >= 48 && code2 <= 57) {
          if (throws2) {
            throw new PurlError(
              `${name} "${value}" cannot start with a number`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateStrings(name, value, throws2) {
      if (value === null || value === void 0 || typeof value === "string") {
        return true;
      }
      if (throws2) {
        throw new PurlError(`"'${name}" must be a string`);
      }
      return false;
    }
    function validateSubpath(subpath, throws2) {
      return validateStrings("subpath", subpath, throws2);
    }
    function validateType(type, throws2) {
      if (!validateRequired("type", type, throws2) || !validateStrings("type", type, throws2) || !validateStartsWithoutNumber("type", type, throws2)) {
        return false;
      }
      for (let i = 0, { length } = type; i < length; i += 1) {
        const code2 = type.charCodeAt(i);
        if (!(code2 >= 48 && code2 <= 57 || // 0-9
        code2 >= 65 && code2 <= 90 || // A-Z
        code2 >= 97 && code2 <= 122 || // a-z
        code2 === 46 || // .
        code2 === 43 || // +
        code2 === 45)) {
          if (throws2) {
            throw new PurlError(
              `type "${type}" contains an illegal character`
            );
          }
          return false;
        }
      }
      return true;
    }
    function validateVersion(version, throws2) {
      return validateStrings("version", version, throws2);
    }
    module.exports = {
      validateEmptyByType,
      validateName,
      validateNamespace,
      validateQualifiers,
      validateQualifierKey,
      validateRequired,
      validateRequiredByType,
      validateStartsWithoutNumber,
      validateStrings,
      validateSubpath,
      validateType,
      validateVersion
    };
  }
});

// node_modules/packageurl-js/src/purl-component.js
var require_purl_component = __commonJS({
  "node_modules/packageurl-js/src/purl-component.js"(exports, module) {
    "use strict";
    var {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent
    } = require_encode();
    var { createHelpersNamespaceObject } = require_helpers();
    var {
      normalizeType,
      normalizeNamespace,
      normalizeName,
      normalizeVersion,
      normalizeQualifiers,
      normalizeSubpath
    } = require_normalize3();
    var { localeCompare, isNonEmptyString } = require_strings();
    var {
      validateType,
      validateNamespace,
      validateName,
      validateVersion,
      validateQualifiers,
      validateQualifierKey,
      validateSubpath
    } = require_validate();
    var PurlComponentEncoder = (comp) => isNonEmptyString(comp) ? encodeURIComponent(comp) : "";
    var PurlComponentStringNormalizer = (comp) => typeof comp === "string" ? comp : void 0;
    var PurlComponentValidator = (_comp, _throws) => true;
    var componentSortOrderLookup = {
      __proto__: null,
      type: 0,
      namespace: 1,
      name: 2,
      version: 3,
      qualifiers: 4,
      qualifierKey: 5,
      qualifierValue: 6,
      subpath: 7
    };
    function componentSortOrder(comp) {
      return componentSortOrderLookup[comp] ?? comp;
    }
    function componentComparator(compA, compB) {
      return localeCompare(componentSortOrder(compA), componentSortOrder(compB));
    }
    module.exports = {
      // Rules for each purl component:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
      PurlComponent: createHelpersNamespaceObject(
        {
          encode: {
            namespace: encodeNamespace,
            version: encodeVersion,
            qualifiers: encodeQualifiers,
            qualifierKey: encodeQualifierParam,
            qualifierValue: encodeQualifierParam,
            subpath: encodeSubpath
          },
          normalize: {
            type: normalizeType,
            namespace: normalizeNamespace,
            name: normalizeName,
            version: normalizeVersion,
            qualifiers: normalizeQualifiers,
            subpath: normalizeSubpath
          },
          validate: {
            type: validateType,
            namespace: validateNamespace,
            name: validateName,
            version: validateVersion,
            qualifierKey: validateQualifierKey,
            qualifiers: validateQualifiers,
            subpath: validateSubpath
          }
        },
        {
          comparator: componentComparator,
          encode: PurlComponentEncoder,
          normalize: PurlComponentStringNormalizer,
          validate: PurlComponentValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/purl-qualifier-names.js
var require_purl_qualifier_names = __commonJS({
  "node_modules/packageurl-js/src/purl-qualifier-names.js"(exports, module) {
    "use strict";
    module.exports = {
      // Known qualifiers:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
      PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: "repository_url",
        DownloadUrl: "download_url",
        VcsUrl: "vcs_url",
        FileName: "file_name",
        Checksum: "checksum"
      }
    };
  }
});

// node_modules/packageurl-js/src/purl-type.js
var require_purl_type = __commonJS({
  "node_modules/packageurl-js/src/purl-type.js"(exports, module) {
    "use strict";
    var { isNullishOrEmptyString } = require_lang();
    var { createHelpersNamespaceObject } = require_helpers();
    var {
      isSemverString,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes
    } = require_strings();
    var { validateEmptyByType, validateRequiredByType } = require_validate();
    var { PurlError } = require_error();
    var PurlTypNormalizer = (purl) => purl;
    var PurlTypeValidator = (_purl, _throws) => true;
    module.exports = {
      // PURL types:
      // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
      PurlType: createHelpersNamespaceObject(
        {
          normalize: {
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
            alpm(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
            apk(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
            bitbucket(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
            bitnami(purl) {
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
            composer(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
            deb(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
            gitlab(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
            github(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            // golang(purl) {
            //     // Ignore case-insensitive rule because go.mod are case-sensitive.
            //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
            //     lowerNamespace(purl)
            //     lowerName(purl)
            //     return purl
            // },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
            hex(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
            huggingface(purl) {
              lowerVersion(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl) {
              if (purl.qualifiers?.repository_url?.includes("databricks")) {
                lowerName(purl);
              }
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
            npm(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
            luarocks(purl) {
              lowerVersion(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl) {
              lowerName(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl) {
              lowerName(purl);
              purl.name = replaceDashesWithUnderscores(purl.name);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
            pypi(purl) {
              lowerNamespace(purl);
              lowerName(purl);
              purl.name = replaceUnderscoresWithDashes(purl.name);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
            qpkg(purl) {
              lowerNamespace(purl);
              return purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
            rpm(purl) {
              lowerNamespace(purl);
              return purl;
            }
          },
          validate: {
            // TODO: cocoapods name validation
            // TODO: cpan namespace validation
            // TODO: swid qualifier validation
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
            conan(purl, throws2) {
              if (isNullishOrEmptyString(purl.namespace)) {
                if (purl.qualifiers?.channel) {
                  if (throws2) {
                    throw new PurlError(
                      'conan requires a "namespace" component when a "channel" qualifier is present'
                    );
                  }
                  return false;
                }
              } else if (isNullishOrEmptyString(purl.qualifiers)) {
                if (throws2) {
                  throw new PurlError(
                    'conan requires a "qualifiers" component when a namespace is present'
                  );
                }
                return false;
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
            cran(purl, throws2) {
              return validateRequiredByType(
                "cran",
                "version",
                purl.version,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            golang(purl) {
              const { version } = purl;
              const length = typeof version === "string" ? version.length : 0;
              if (length && version.charCodeAt(0) === 118 && !isSemverString(version.slice(1))) {
                if (throws) {
                  throw new PurlError(
                    'golang "version" component starting with a "v" must be followed by a valid semver version'
                  );
                }
                return false;
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
            maven(purl, throws2) {
              return validateRequiredByType(
                "maven",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl, throws2) {
              return validateEmptyByType(
                "mlflow",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl, throws2) {
              return validateEmptyByType(
                "oci",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl, throws2) {
              const { name } = purl;
              for (let i = 0, { length } = name; i < length; i += 1) {
                const code2 = name.charCodeAt(i);
                if (!(code2 >= 48 && code2 <= 57 || // 0-9
                code2 >= 97 && code2 <= 122 || // a-z
                code2 === 95)) {
                  if (throws2) {
                    throw new PurlError(
                      'pub "name" component may only contain [a-z0-9_] characters'
                    );
                  }
                  return false;
                }
              }
              return true;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
            swift(purl, throws2) {
              return validateRequiredByType(
                "swift",
                "namespace",
                purl.namespace,
                throws2
              ) && validateRequiredByType(
                "swift",
                "version",
                purl.version,
                throws2
              );
            }
          }
        },
        {
          normalize: PurlTypNormalizer,
          validate: PurlTypeValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/package-url.js
var require_package_url = __commonJS({
  "node_modules/packageurl-js/src/package-url.js"(exports, module) {
    "use strict";
    var { decodePurlComponent } = require_decode();
    var { isObject, recursiveFreeze } = require_objects();
    var { isBlank, isNonEmptyString, trimLeadingSlashes } = require_strings();
    var { PurlComponent } = require_purl_component();
    var { PurlQualifierNames } = require_purl_qualifier_names();
    var { PurlType } = require_purl_type();
    var { PurlError } = require_error();
    var PackageURL2 = class _PackageURL {
      static Component = recursiveFreeze(PurlComponent);
      static KnownQualifierNames = recursiveFreeze(PurlQualifierNames);
      static Type = recursiveFreeze(PurlType);
      constructor(rawType, rawNamespace, rawName, rawVersion, rawQualifiers, rawSubpath) {
        const type = isNonEmptyString(rawType) ? PurlComponent.type.normalize(rawType) : rawType;
        PurlComponent.type.validate(type, true);
        const namespace = isNonEmptyString(rawNamespace) ? PurlComponent.namespace.normalize(rawNamespace) : rawNamespace;
        PurlComponent.namespace.validate(namespace, true);
        const name = isNonEmptyString(rawName) ? PurlComponent.name.normalize(rawName) : rawName;
        PurlComponent.name.validate(name, true);
        const version = isNonEmptyString(rawVersion) ? PurlComponent.version.normalize(rawVersion) : rawVersion;
        PurlComponent.version.validate(version, true);
        const qualifiers = typeof rawQualifiers === "string" || isObject(rawQualifiers) ? PurlComponent.qualifiers.normalize(rawQualifiers) : rawQualifiers;
        PurlComponent.qualifiers.validate(qualifiers, true);
        const subpath = isNonEmptyString(rawSubpath) ? PurlComponent.subpath.normalize(rawSubpath) : rawSubpath;
        PurlComponent.subpath.validate(subpath, true);
        this.type = type;
        this.name = name;
        this.namespace = namespace ?? void 0;
        this.version = version ?? void 0;
        this.qualifiers = qualifiers ?? void 0;
        this.subpath = subpath ?? void 0;
        const typeHelpers = PurlType[type];
        if (typeHelpers) {
          typeHelpers.normalize(this);
          typeHelpers.validate(this, true);
        }
      }
      toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this;
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
        if (namespace) {
          purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`;
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`;
        if (version) {
          purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`;
        }
        if (qualifiers) {
          purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`;
        }
        if (subpath) {
          purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`;
        }
        return purlStr;
      }
      static fromString(purlStr) {
        return new _PackageURL(..._PackageURL.parseString(purlStr));
      }
      static parseString(purlStr) {
        if (typeof purlStr !== "string") {
          throw new Error("A purl string argument is required.");
        }
        if (isBlank(purlStr)) {
          return [
            void 0,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        }
        const colonIndex = purlStr.indexOf(":");
        let url;
        let maybeUrlWithAuth;
        if (colonIndex !== -1) {
          try {
            const beforeColon = purlStr.slice(0, colonIndex);
            const afterColon = purlStr.slice(colonIndex + 1);
            const trimmedAfterColon = trimLeadingSlashes(afterColon);
            url = new URL(`${beforeColon}:${trimmedAfterColon}`);
            maybeUrlWithAuth = afterColon.length === trimmedAfterColon.length ? url : new URL(purlStr);
          } catch (e) {
            throw new PurlError("failed to parse as URL", {
              cause: e
            });
          }
        }
        if (url?.protocol !== "pkg:") {
          throw new PurlError('missing required "pkg" scheme component');
        }
        if (maybeUrlWithAuth.username !== "" || maybeUrlWithAuth.password !== "") {
          throw new PurlError('cannot contain a "user:pass@host:port"');
        }
        const { pathname } = url;
        const firstSlashIndex = pathname.indexOf("/");
        const rawType = decodePurlComponent(
          "type",
          firstSlashIndex === -1 ? pathname : pathname.slice(0, firstSlashIndex)
        );
        if (firstSlashIndex < 1) {
          return [
            rawType,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        }
        let rawVersion;
        let atSignIndex = pathname.lastIndexOf("@");
        if (atSignIndex !== -1 && pathname.charCodeAt(atSignIndex - 1) === 47) {
          atSignIndex = -1;
        }
        const beforeVersion = pathname.slice(
          rawType.length + 1,
          atSignIndex === -1 ? pathname.length : atSignIndex
        );
        if (atSignIndex !== -1) {
          rawVersion = decodePurlComponent(
            "version",
            pathname.slice(atSignIndex + 1)
          );
        }
        let rawNamespace;
        let rawName;
        const lastSlashIndex = beforeVersion.lastIndexOf("/");
        if (lastSlashIndex === -1) {
          rawName = decodePurlComponent("name", beforeVersion);
        } else {
          rawName = decodePurlComponent(
            "name",
            beforeVersion.slice(lastSlashIndex + 1)
          );
          rawNamespace = decodePurlComponent(
            "namespace",
            beforeVersion.slice(0, lastSlashIndex)
          );
        }
        let rawQualifiers;
        const { searchParams } = url;
        if (searchParams.size !== 0) {
          searchParams.forEach(
            (value) => decodePurlComponent("qualifiers", value)
          );
          rawQualifiers = searchParams;
        }
        let rawSubpath;
        const { hash } = url;
        if (hash.length !== 0) {
          rawSubpath = decodePurlComponent("subpath", hash.slice(1));
        }
        return [
          rawType,
          rawNamespace,
          rawName,
          rawVersion,
          rawQualifiers,
          rawSubpath
        ];
      }
    };
    for (const staticProp of ["Component", "KnownQualifierNames", "Type"]) {
      Reflect.defineProperty(PackageURL2, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL2, staticProp),
        writable: false
      });
    }
    Reflect.setPrototypeOf(PackageURL2.prototype, null);
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// node_modules/packageurl-js/index.js
var require_packageurl_js = __commonJS({
  "node_modules/packageurl-js/index.js"(exports, module) {
    "use strict";
    var {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    } = require_package_url();
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// src/cancel.ts
function cancelOnSignals(onCancel) {
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      if (!controller.signal.aborted) {
        onCancel(sig);
        controller.abort(new Error(`received ${sig}`));
      }
    });
  }
  return controller.signal;
}

// src/common/errors.ts
var CATALOG = {
  BadRequest: { code: 400, transient: false, en: "The request is malformed.", ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u043D\u0435\u043A\u043E\u0440\u0440\u0435\u043A\u0442\u0435\u043D." },
  Unauthorized: {
    code: 401,
    transient: false,
    en: "The server is reachable and the request is valid, but authorization is required to perform it.",
    ru: "\u0421\u0435\u0440\u0432\u0435\u0440 \u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D \u0438 \u0437\u0430\u043F\u0440\u043E\u0441 \u043A\u043E\u0440\u0440\u0435\u043A\u0442\u043D\u044B\u0439, \u043D\u043E \u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044F \u0430\u0432\u0442\u043E\u0440\u0438\u0437\u0430\u0446\u0438\u044F, \u0447\u0442\u043E\u0431\u044B \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u0431\u044B\u043B\u043E \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D\u043E."
  },
  Forbidden: {
    code: 403,
    transient: false,
    en: "The server is reachable and the request is valid, but the server refuses to take any further action.",
    ru: "\u0421\u0435\u0440\u0432\u0435\u0440 \u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D \u0438 \u0437\u0430\u043F\u0440\u043E\u0441 \u043A\u043E\u0440\u0440\u0435\u043A\u0442\u043D\u044B\u0439, \u043D\u043E \u0441\u0435\u0440\u0432\u0435\u0440 \u043E\u0442\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u044C \u043A\u0430\u043A\u0438\u0435-\u043B\u0438\u0431\u043E \u0434\u0430\u043B\u044C\u043D\u0435\u0439\u0448\u0438\u0435 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F."
  },
  NotFound: {
    code: 404,
    transient: false,
    en: "One or more resources needed for the operation were not found.",
    ru: "\u041E\u0434\u0438\u043D \u0438\u043B\u0438 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432, \u043D\u0435\u043E\u0431\u0445\u043E\u0434\u0438\u043C\u044B\u0445 \u0434\u043B\u044F \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D\u0438\u044F \u043E\u043F\u0435\u0440\u0430\u0446\u0438\u0438 \u043D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D\u044B."
  },
  NotAcceptable: {
    code: 406,
    transient: false,
    en: "The server cannot return data in the format the client asked for.",
    ru: "\u0421\u0435\u0440\u0432\u0435\u0440 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0432\u0435\u0440\u043D\u0443\u0442\u044C \u0434\u0430\u043D\u043D\u044B\u0435 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435, \u0437\u0430\u043F\u0440\u043E\u0448\u0435\u043D\u043D\u043E\u043C \u043A\u043B\u0438\u0435\u043D\u0442\u043E\u043C."
  },
  AlreadyExists: {
    code: 409,
    transient: false,
    en: "The resource being created already exists.",
    ru: "\u0421\u043E\u0437\u0434\u0430\u0432\u0430\u0435\u043C\u044B\u0439 \u0440\u0435\u0441\u0443\u0440\u0441 \u0443\u0436\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442."
  },
  Conflict: {
    code: 409,
    transient: false,
    en: "The request cannot be completed because of a conflict with the current state of the resource.",
    ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D \u0438\u0437-\u0437\u0430 \u043A\u043E\u043D\u0444\u043B\u0438\u043A\u0442\u0430 \u0441 \u0442\u0435\u043A\u0443\u0449\u0438\u043C \u0441\u043E\u0441\u0442\u043E\u044F\u043D\u0438\u0435\u043C \u0440\u0435\u0441\u0443\u0440\u0441\u0430."
  },
  Expired: {
    code: 410,
    transient: false,
    en: "The request is no longer valid because the requested content has expired and is no longer available.",
    ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u043D\u0435\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043B\u0435\u043D, \u043F\u043E\u0442\u043E\u043C\u0443 \u0447\u0442\u043E \u0441\u0440\u043E\u043A \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F \u0437\u0430\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u043C\u043E\u0433\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u043C\u043E\u0433\u043E \u0438\u0441\u0442\u0435\u043A \u0438 \u043E\u043D\u043E \u0431\u043E\u043B\u044C\u0448\u0435 \u043D\u0435 \u0434\u043E\u0441\u0442\u0443\u043F\u043D\u043E."
  },
  Gone: { code: 410, transient: false, en: "The resource is no longer available.", ru: "\u0420\u0435\u0441\u0443\u0440\u0441 \u0431\u043E\u043B\u044C\u0448\u0435 \u043D\u0435 \u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D." },
  RequestEntityTooLarge: { code: 413, transient: false, en: "The request is too large.", ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0432\u0435\u043B\u0438\u043A." },
  UnsupportedMediaType: {
    code: 415,
    transient: false,
    en: "The content type sent by the client is not acceptable to the server.",
    ru: "\u0422\u0438\u043F \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u043C\u043E\u0433\u043E, \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043D\u044B\u0439 \u043A\u043B\u0438\u0435\u043D\u0442\u043E\u043C, \u043D\u0435\u043F\u0440\u0438\u0435\u043C\u043B\u0435\u043C \u0434\u043B\u044F \u0441\u0435\u0440\u0432\u0435\u0440\u0430."
  },
  Invalid: {
    code: 422,
    transient: false,
    en: "The request cannot be processed because of invalid data.",
    ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0430\u043D \u0438\u0437-\u0437\u0430 \u043D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445."
  },
  TooManyRequests: {
    code: 429,
    transient: true,
    en: "The server cannot handle the request because of too many requests.",
    ru: "\u0421\u0435\u0440\u0432\u0435\u0440 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0430\u0442\u044C \u0437\u0430\u043F\u0440\u043E\u0441 \u0438\u0437-\u0437\u0430 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0433\u043E \u043A\u043E\u043B\u0438\u0447\u0435\u0441\u0442\u0432\u0430 \u0437\u0430\u043F\u0440\u043E\u0441\u043E\u0432."
  },
  InternalError: { code: 500, transient: false, en: "Internal server error.", ru: "\u0412\u043D\u0443\u0442\u0440\u0435\u043D\u043D\u044F\u044F \u043E\u0448\u0438\u0431\u043A\u0430 \u0441\u0435\u0440\u0432\u0435\u0440\u0430." },
  ServerTimeout: {
    code: 500,
    transient: true,
    en: "The server could not complete the request in a reasonable time.",
    ru: "\u0421\u0435\u0440\u0432\u0435\u0440 \u043D\u0435 \u0441\u043C\u043E\u0433 \u0437\u0430\u0432\u0435\u0440\u0448\u0438\u0442\u044C \u0437\u0430\u043F\u0440\u043E\u0441 \u0432 \u0440\u0430\u0437\u0443\u043C\u043D\u043E\u0435 \u0432\u0440\u0435\u043C\u044F."
  },
  ServiceUnavailable: {
    code: 503,
    transient: true,
    en: "The request was valid, but the requested service is unavailable right now.",
    ru: "\u0421\u0430\u043C \u0437\u0430\u043F\u0440\u043E\u0441 \u0431\u044B\u043B \u043A\u043E\u0440\u0440\u0435\u043A\u0442\u043D\u044B\u043C, \u043D\u043E \u0437\u0430\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u043C\u044B\u0439 \u0441\u0435\u0440\u0432\u0438\u0441 \u0432 \u0434\u0430\u043D\u043D\u044B\u0439 \u043C\u043E\u043C\u0435\u043D\u0442 \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D."
  },
  Timeout: {
    code: 504,
    transient: true,
    en: "The request could not be completed in a reasonable time.",
    ru: "\u0417\u0430\u043F\u0440\u043E\u0441 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D \u0432 \u0440\u0430\u0437\u0443\u043C\u043D\u043E\u0435 \u0432\u0440\u0435\u043C\u044F."
  }
};
var IMPOSSIBLE = {
  get: ["AlreadyExists", "Conflict"],
  create: ["NotFound", "Expired", "Gone"],
  delete: ["AlreadyExists", "Gone"],
  patch: ["AlreadyExists"]
};
function reasonForStatus(status) {
  return STATUS_REASONS[status];
}
var STATUS_REASONS = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  406: "NotAcceptable",
  413: "RequestEntityTooLarge",
  415: "UnsupportedMediaType",
  422: "Invalid",
  429: "TooManyRequests",
  500: "InternalError",
  502: "ServiceUnavailable",
  503: "ServiceUnavailable",
  504: "Timeout"
};
function reasonsFor(verb) {
  return Object.keys(CATALOG).filter((r) => !IMPOSSIBLE[verb].includes(r));
}
function t(en2, ru) {
  return { en: en2, ru };
}
function ruPlural(n, one, few, many) {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}
function textOf(text) {
  return typeof text === "string" ? { en: text, ru: text } : text;
}
var MirrorError = class _MirrorError extends Error {
  reason;
  verb;
  /** What the operation was about, in English. */
  resource;
  /** What the operation was about, in both languages. */
  resourceText;
  /** What to do about it, in English. */
  hint;
  retryAfterMs;
  /** The specific sentence (English) without the catalog prefix. */
  detail;
  /** The specific sentence in both languages. */
  detailText;
  /** The hint in both languages. */
  hintText;
  constructor(reason, detail, details = {}) {
    const detailText = textOf(detail);
    const hintText = details.hint === void 0 || details.hint === "" ? void 0 : textOf(details.hint);
    const resourceText = details.resource === void 0 || details.resource === "" ? void 0 : textOf(details.resource);
    super(
      compose("en", reason, detailText, hintText, details.verb, resourceText),
      details.cause === void 0 ? void 0 : { cause: details.cause }
    );
    this.name = "MirrorError";
    this.reason = reason;
    this.detail = detailText.en;
    this.detailText = detailText;
    this.verb = details.verb;
    this.resource = resourceText?.en;
    this.resourceText = resourceText;
    this.hint = hintText?.en;
    this.hintText = hintText;
    this.retryAfterMs = details.retryAfterMs;
  }
  get code() {
    return CATALOG[this.reason].code;
  }
  get transient() {
    return CATALOG[this.reason].transient;
  }
  describe(language) {
    return compose(language, this.reason, this.detailText, this.hintText, this.verb, this.resourceText);
  }
  /** The same error, its sentence saying which platform's build or rebuild it came from. */
  onPlatform(platform) {
    const { verb, resourceText: resource, hintText, retryAfterMs } = this;
    const detail = t(`On ${platform}: ${this.detailText.en}`, `\u041D\u0430 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435 ${platform}: ${this.detailText.ru}`);
    return new _MirrorError(this.reason, detail, { verb, resource, hint: hintText, retryAfterMs, cause: this });
  }
};
var VERB_RU = { get: "get", create: "\u0441\u043E\u0437\u0434\u0430\u043D\u0438\u0435", patch: "patch", delete: "delete" };
function compose(language, reason, detailText, hintText, verb, resourceText) {
  const detail = detailText[language];
  const hint = hintText ? ` ${hintText[language]}` : "";
  const resource = resourceText?.[language];
  if (verb === void 0) return `${detail}${hint}`;
  const entry = CATALOG[reason];
  const op = language === "ru" ? `\u043F\u0440\u0438 \u043E\u043F\u0435\u0440\u0430\u0446\u0438\u0438 ${VERB_RU[verb]}${resource ? ` (${resource})` : ""}` : `on ${verb}${resource ? ` of ${resource}` : ""}`;
  return `${reason} (HTTP ${entry.code}) ${op}: ${detail} ${entry[language]}${hint}`;
}
function asMirrorError(err) {
  if (err instanceof MirrorError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new MirrorError("InternalError", t(`Unexpected failure: ${text}.`, `\u041D\u0435\u043F\u0440\u0435\u0434\u0432\u0438\u0434\u0435\u043D\u043D\u044B\u0439 \u0441\u0431\u043E\u0439: ${text}.`), { cause: err });
}
function quote(value, max = 80) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/common/secrets.ts
function scrubSecrets(text, secrets) {
  const ordered = secrets.filter((s3) => s3 !== "").sort((a, b2) => b2.length - a.length);
  return ordered.reduce((t2, s3) => t2.split(s3).join("***"), text);
}

// src/reporting/reporter.ts
var SKIPPABLE = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
var COMMAND_V2 = new RegExp(String.raw`^[\s${SKIPPABLE}]*:[${SKIPPABLE}]*:`, "u");
var COMMAND_V1 = new RegExp(String.raw`#[${SKIPPABLE}]*#[${SKIPPABLE}]*\[`, "gu");
function inert(text) {
  if (!text.includes(":") && !text.includes("#")) return text;
  return text.split(/(\r\n|\r|\n)/).map((line) => {
    const v1 = line.replace(COMMAND_V1, (marker) => `${marker.slice(0, -1)}\\[`);
    return COMMAND_V2.test(v1) ? `\\${v1}` : v1;
  }).join("");
}
function actionsReporter() {
  return {
    // Only info carries text from elsewhere as it is; notice, warning, error and group titles are
    // escaped by @actions/core into one command line whose data cannot start another.
    info: (m2) => info(inert(m2)),
    notice: (m2) => notice(m2),
    warning: (m2) => warning(m2),
    error: (m2) => error(m2),
    group: (title, fn) => group(title, fn),
    setOutput: (name, value) => setOutput(name, value),
    saveState: (name, value) => saveState(name, value),
    setSecret: (value) => setSecret(value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown, true).write();
    }
  };
}
function cliReporter(write = (t2) => process.stderr.write(t2)) {
  const outputs = /* @__PURE__ */ new Map();
  const secrets = [];
  const line = (text) => write(`${inert(scrubSecrets(text, secrets))}
`);
  return {
    outputs,
    info: (m2) => line(m2),
    notice: (m2) => line(`notice: ${m2}`),
    warning: (m2) => line(`warning: ${m2}`),
    error: (m2) => line(`error: ${m2}`),
    async group(title, fn) {
      line(`==> ${title}`);
      return fn();
    },
    setOutput: (name, value) => void outputs.set(name, value),
    saveState: () => void 0,
    setSecret: (value) => {
      if (value !== "") secrets.push(value);
    },
    // The CLI has no job summary; its log and outputs say the same.
    writeSummary: () => Promise.resolve()
  };
}

// src/planning/version-spec.ts
var import_semver = __toESM(require_semver2(), 1);
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseFalcoVersion(value) {
  if (value === "") {
    throw new MirrorError(
      "Invalid",
      t(
        "Input falco-version is required: give a Falco release such as 0.35.1.",
        "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 falco-version \u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u0435\u043D: \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u0440\u0435\u043B\u0438\u0437 Falco, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 0.35.1."
      )
    );
  }
  if (!SEMVER.test(value) || import_semver.default.valid(value) !== value) {
    const v2 = /^v\d/.test(value);
    throw new MirrorError(
      "Invalid",
      t(
        `Input falco-version ${quote(value)} is not a Falco version${v2 ? NO_V.en : ""}: expected X.Y.Z or X.Y.Z-rcN (SemVer 2.0), for example 0.35.1.`,
        `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 falco-version: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${quote(value)} \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0432\u0435\u0440\u0441\u0438\u0435\u0439 Falco${v2 ? NO_V.ru : ""}: \u043E\u0436\u0438\u0434\u0430\u0435\u0442\u0441\u044F X.Y.Z \u0438\u043B\u0438 X.Y.Z-rcN (SemVer 2.0), \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 0.35.1.`
      )
    );
  }
  return value;
}
var RANGE_CHARS = /^[0-9A-Za-z.+\-<>=~^*| ]+$/;
var V_PREFIX = /(?:^|[\s<>=~^|])v\d/;
var MAX_RANGE_LENGTH = 256;
var ALLOWED = t(
  "give X.Y.Z or X.Y.Z-rcN (for example 0.35.1), latest, or a SemVer range of digits, x, *, . - + < > = ~ ^ || and spaces (for example >=0.35.1 <0.38.0 || 0.40.x)",
  "\u0443\u043A\u0430\u0436\u0438\u0442\u0435 X.Y.Z \u0438\u043B\u0438 X.Y.Z-rcN (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, 0.35.1), latest \u0438\u043B\u0438 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D SemVer \u0438\u0437 \u0446\u0438\u0444\u0440, x, *, . - + < > = ~ ^ || \u0438 \u043F\u0440\u043E\u0431\u0435\u043B\u043E\u0432 (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, >=0.35.1 <0.38.0 || 0.40.x)"
);
var NO_V = t(' (Falco tags have no "v" prefix)', ' (\u0443 \u0442\u0435\u0433\u043E\u0432 Falco \u043D\u0435\u0442 \u043F\u0440\u0435\u0444\u0438\u043A\u0441\u0430 "v")');
function parseVersionSpec(value) {
  if (value.trim() === "") {
    throw new MirrorError(
      "Invalid",
      t(`Input falco-version is required: ${ALLOWED.en}.`, `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 falco-version \u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u0435\u043D: ${ALLOWED.ru}.`)
    );
  }
  if (value === "latest") return { kind: "latest" };
  try {
    return { kind: "exact", version: parseFalcoVersion(value) };
  } catch {
  }
  const vPrefix = V_PREFIX.test(value);
  const emptyAlternative = value.split("||").some((part) => part.trim() === "");
  if (!vPrefix && !emptyAlternative && value.length <= MAX_RANGE_LENGTH && RANGE_CHARS.test(value) && import_semver.default.validRange(value) !== null) {
    return { kind: "range", range: value };
  }
  throw new MirrorError(
    "Invalid",
    t(
      `Input falco-version ${quote(value)} is not a Falco version, latest or a version range${vPrefix ? NO_V.en : ""}: ${ALLOWED.en}.`,
      `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 falco-version: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${quote(value)} \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043D\u0438 \u0432\u0435\u0440\u0441\u0438\u0435\u0439 Falco, \u043D\u0438 latest, \u043D\u0438 \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D\u043E\u043C \u0432\u0435\u0440\u0441\u0438\u0439${vPrefix ? NO_V.ru : ""}: ${ALLOWED.ru}.`
    )
  );
}
var RELEASE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
function isReleaseVersion(tag) {
  return RELEASE.test(tag) && import_semver.default.valid(tag) === tag;
}
function sortUnique(versions) {
  return [...new Set([...versions].filter((v2) => import_semver.default.valid(v2) === v2))].sort(import_semver.default.compare);
}
function releasesInRange(versions, range) {
  return sortUnique(versions).filter((v2) => import_semver.default.satisfies(v2, range));
}
function newest(versions) {
  return sortUnique(versions).at(-1);
}
function pickLatest(versions, resource) {
  const latest = newest(versions.filter(isReleaseVersion));
  if (latest === void 0) {
    const detail = t(
      "No Falco release (a version X.Y.Z) was found, so latest cannot be resolved.",
      "\u041D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D\u043E \u043D\u0438 \u043E\u0434\u043D\u043E\u0433\u043E \u0440\u0435\u043B\u0438\u0437\u0430 Falco (\u0432\u0435\u0440\u0441\u0438\u0438 X.Y.Z), \u043F\u043E\u044D\u0442\u043E\u043C\u0443 latest \u043D\u0435 \u0443\u0434\u0430\u0451\u0442\u0441\u044F \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u0438\u0442\u044C."
    );
    throw new MirrorError("NotFound", detail, {
      verb: "get",
      resource,
      hint: t("Give falco-version as an exact version such as 0.35.1.", "\u0423\u043A\u0430\u0436\u0438\u0442\u0435 falco-version \u043A\u0430\u043A \u0442\u043E\u0447\u043D\u0443\u044E \u0432\u0435\u0440\u0441\u0438\u044E, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 0.35.1.")
    });
  }
  return latest;
}
function missingVersions(releases, mirrored) {
  return sortUnique(releases).filter((v2) => !mirrored.has(v2));
}
function highestBelow(version, versions) {
  return sortUnique(versions).filter((v2) => import_semver.default.lt(v2, version)).pop();
}

// src/planning/decision.ts
function decisionInputs(config) {
  return {
    versionSpec: config.versionSpec,
    mirror: config.mirror !== void 0,
    ifExists: config.ifExists,
    dryRun: config.dryRun,
    verify: config.verify,
    artifact: config.artifact !== void 0,
    platforms: config.platforms
  };
}
function decide(inputs, remote) {
  const spec = inputs.versionSpec;
  if (spec.kind === "range") {
    if (remote.kind !== "releases") throw new Error("a range is decided on the releases in it");
    return { kind: "plan-range", range: spec.range, versions: missingVersions([...remote.inRange], new Set(remote.mirrored)) };
  }
  if (remote.kind !== "branch") throw new Error("one version is decided on its mirror branch");
  const existing = inputs.mirror ? remote.commit : void 0;
  const held = existing !== void 0 && inputs.platforms.length > 0 ? remote.held : void 0;
  const real = held ? perPlatform(inputs, existing ?? "", held) : wholeBranch(inputs, existing);
  if (real.kind === "fail-exists") return real;
  return inputs.dryRun ? { kind: "dry-run", real } : real;
}
function wholeBranch(inputs, existing) {
  if (existing !== void 0 && inputs.ifExists === "fail") return { kind: "fail-exists", commit: existing };
  if (existing !== void 0 && inputs.ifExists === "skip") return { kind: "skip", commit: existing };
  const publish = !inputs.mirror ? { kind: "none" } : existing === void 0 ? { kind: "create" } : { kind: "patch", over: existing, keep: [] };
  return { kind: "build", platforms: inputs.platforms, verify: inputs.verify, upload: inputs.artifact, publish };
}
function perPlatform(inputs, commit, held) {
  const asked = inputs.platforms;
  const present = asked.filter((p2) => held.includes(p2));
  if (inputs.ifExists === "fail" && present.length > 0) return { kind: "fail-exists", commit, platforms: present };
  const build = inputs.ifExists === "skip" ? asked.filter((p2) => !held.includes(p2)) : asked;
  if (build.length === 0) return { kind: "skip", commit };
  const keep2 = held.filter((p2) => !build.includes(p2));
  return {
    kind: "build",
    platforms: build,
    verify: inputs.verify,
    upload: inputs.artifact,
    publish: { kind: "patch", over: commit, keep: keep2 }
  };
}
function isSkipped(decision) {
  const real = decision.kind === "dry-run" ? decision.real : decision;
  return real.kind === "plan-range" || real.kind === "skip";
}

// src/planning/inputs.ts
import * as path from "node:path";
import * as fs from "node:fs";
import * as os from "node:os";

// src/planning/large-files.ts
var GITHUB_FILE_LIMIT = 104857600;
var GITATTRIBUTES = ".gitattributes";
function isGitHubHost(url) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === "github.com" || host === "www.github.com" || host.endsWith(".ghe.com");
}
function storedWithLfs(large, size) {
  return large.mode === "lfs" && size >= large.threshold;
}
function lfsPointer(oid, size) {
  return `version https://git-lfs.github.com/spec/v1
oid sha256:${oid}
size ${String(size)}
`;
}
function renderGitattributes(paths) {
  return [...new Set(paths)].sort().map((p2) => `/${p2.replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)} filter=lfs diff=lfs merge=lfs -text
`).join("");
}
function lfsPathsOf(gitattributes) {
  const out = /* @__PURE__ */ new Set();
  for (const line of gitattributes.split("\n")) {
    const m2 = /^\/((?:\\.|[^\s\\])+) filter=lfs diff=lfs merge=lfs -text$/.exec(line);
    if (m2?.[1]) out.add(m2[1].replace(/\\(.)/g, "$1"));
  }
  return out;
}
function megabytes(bytes) {
  return `${(bytes / 1048576).toFixed(2)} MB`;
}
function overGitHubLimit(url, large, files) {
  if (!isGitHubHost(url)) return void 0;
  const over = files.filter((f2) => f2.size > GITHUB_FILE_LIMIT && !storedWithLfs(large, f2.size)).sort((a, b2) => b2.size - a.size);
  const [first] = over;
  if (!first) return void 0;
  const n = over.length - 1;
  const more = t(
    n > 0 ? ` (and ${String(n)} more file${n > 1 ? "s" : ""} over it)` : "",
    n > 0 ? ` (\u0438 \u0435\u0449\u0451 ${String(n)} ${ruPlural(n, "\u0444\u0430\u0439\u043B", "\u0444\u0430\u0439\u043B\u0430", "\u0444\u0430\u0439\u043B\u043E\u0432")} \u0441\u0432\u0435\u0440\u0445 \u043D\u0435\u0433\u043E)` : ""
  );
  const [q2, size, bytes, limit] = [quote(first.path), megabytes(first.size), String(first.size), String(GITHUB_FILE_LIMIT)];
  return new MirrorError(
    "RequestEntityTooLarge",
    t(
      `${q2} is ${size} (${bytes} bytes), over GitHub's per-file limit of 100 MiB (${limit} bytes)${more.en}; nothing was pushed and the branch is as it was.`,
      `${q2} \u0437\u0430\u043D\u0438\u043C\u0430\u0435\u0442 ${size} (${bytes} \u0431\u0430\u0439\u0442), \u0431\u043E\u043B\u044C\u0448\u0435 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u044F GitHub \u043D\u0430 \u0440\u0430\u0437\u043C\u0435\u0440 \u0444\u0430\u0439\u043B\u0430 \u0432 100 MiB (${limit} \u0431\u0430\u0439\u0442)${more.ru}; \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E, \u0432\u0435\u0442\u043A\u0430 \u043E\u0441\u0442\u0430\u043B\u0430\u0441\u044C \u043A\u0430\u043A \u0431\u044B\u043B\u0430.`
    ),
    { verb: "create", resource: url, hint: wayOut(large) }
  );
}
function wayOut(large) {
  const threshold = String(large.threshold);
  return large.mode === "lfs" ? t(
    `Set lfs-threshold below the server's per-file limit (it is ${threshold} bytes).`,
    `\u0417\u0430\u0434\u0430\u0439\u0442\u0435 lfs-threshold \u043C\u0435\u043D\u044C\u0448\u0435 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u044F \u0441\u0435\u0440\u0432\u0435\u0440\u0430 \u043D\u0430 \u0440\u0430\u0437\u043C\u0435\u0440 \u0444\u0430\u0439\u043B\u0430 (\u0441\u0435\u0439\u0447\u0430\u0441 lfs-threshold \u2014 ${threshold} \u0431\u0430\u0439\u0442).`
  ) : t(
    "Set large-files: lfs: files of lfs-threshold bytes or more (default 100 MiB) then go to Git LFS (the runner needs git-lfs).",
    "\u0417\u0430\u0434\u0430\u0439\u0442\u0435 large-files: lfs: \u0442\u043E\u0433\u0434\u0430 \u0444\u0430\u0439\u043B\u044B \u0440\u0430\u0437\u043C\u0435\u0440\u043E\u043C \u043E\u0442 lfs-threshold \u0431\u0430\u0439\u0442 (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E 100 MiB) \u043F\u043E\u043F\u0430\u0434\u0443\u0442 \u0432 Git LFS (\u043D\u0430 \u0440\u0430\u043D\u043D\u0435\u0440\u0435 \u043D\u0443\u0436\u0435\u043D git-lfs)."
  );
}
function refusedFile(text) {
  const m2 = /File (.+?) is (\d+(?:\.\d+)? ?[KMG]i?B); this exceeds/.exec(text);
  return m2?.[1] && m2[2] ? { file: m2[1], size: m2[2] } : void 0;
}

// src/common/text.ts
function lastLines(text, count, options = {}) {
  const { skip, trim = false, separator = "\n", maxChars } = options;
  const lines = text.split(/\r?\n/).map((l) => trim ? l.trim() : l).filter((l) => l.trim() !== "" && !skip?.test(l));
  const joined2 = lines.slice(Math.max(0, lines.length - count)).join(separator);
  return maxChars === void 0 ? joined2 : joined2.slice(0, maxChars);
}
function byCodeUnit(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}

// src/planning/platforms.ts
var METADATA_FILE = ".falco-deps-mirror.json";
var ARCH_ALIASES = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm" };
function normalizePlatform(value) {
  const parts = value.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p2) => !/^[a-z0-9][a-z0-9_-]*$/.test(p2))) return void 0;
  const [os4 = "", rawArch = "", variant] = parts;
  const arch = ARCH_ALIASES[rawArch] ?? rawArch;
  if (arch === "arm64" && variant === "v8") return `${os4}/${arch}`;
  return variant ? `${os4}/${arch}/${variant}` : `${os4}/${arch}`;
}
var rejectItem = (item, rule) => {
  throw new MirrorError(
    "Invalid",
    t(`Input platforms ${quote(item)} ${rule.en}.`, `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 platforms: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${quote(item)} ${rule.ru}.`)
  );
};
function parsePlatforms(value, reject = rejectItem) {
  const items = value.split(/[,\n]/).map((s3) => s3.trim()).filter((s3) => s3 !== "");
  const out = [];
  for (const item of items) {
    const p2 = normalizePlatform(item);
    if (!p2) {
      reject(
        item,
        t(
          "is not a Docker platform; write os/arch, for example linux/amd64 or linux/arm64",
          "\u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u043E\u0439 Docker; \u043F\u0438\u0448\u0438\u0442\u0435 os/arch, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 linux/amd64 \u0438\u043B\u0438 linux/arm64"
        )
      );
    }
    if (!p2.startsWith("linux/")) {
      reject(
        item,
        t(
          "is not a Linux platform; Falco builds on Linux only (linux/amd64, linux/arm64)",
          "\u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u043E\u0439 Linux; Falco \u0441\u043E\u0431\u0438\u0440\u0430\u0435\u0442\u0441\u044F \u0442\u043E\u043B\u044C\u043A\u043E \u043F\u043E\u0434 Linux (linux/amd64, linux/arm64)"
        )
      );
    }
    if (!out.includes(p2)) out.push(p2);
  }
  return out;
}
function platformSlug(p2) {
  return p2.replace(/\//g, "-");
}
function platformOf(image) {
  const raw = [image.os, image.architecture, image.variant].filter((s3) => !!s3).join("/");
  return normalizePlatform(raw) ?? raw;
}
function servesPlatform(wanted, image) {
  const have = platformOf(image);
  if (have === wanted) return true;
  return wanted.split("/").length === 2 && have.startsWith(`${wanted}/`);
}
function baseImagesFor(image, wanted, local2, registry, registryError) {
  const chosen = /* @__PURE__ */ new Map();
  const [only] = wanted;
  if (wanted.length === 1 && only && local2 && servesPlatform(only, local2)) return chosen.set(only, image);
  if (!registry) {
    const localPlatform = local2 ? platformOf(local2) : "";
    const said = registryError ? ` (${registryError})` : "";
    throw new MirrorError(
      "NotFound",
      t(
        `Could not read the platforms of the base image ${image} from its registry${said}.${local2 ? ` The local image ${image} is ${localPlatform}.` : ""}`,
        `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B \u0431\u0430\u0437\u043E\u0432\u043E\u0433\u043E \u043E\u0431\u0440\u0430\u0437\u0430 ${image} \u0438\u0437 \u0435\u0433\u043E \u0440\u0435\u0435\u0441\u0442\u0440\u0430${said}.${local2 ? ` \u041B\u043E\u043A\u0430\u043B\u044C\u043D\u044B\u0439 \u043E\u0431\u0440\u0430\u0437 ${image} \u2014 ${localPlatform}.` : ""}`
      ),
      {
        verb: "get",
        resource: baseImageResource(image),
        hint: t(
          `platforms: ${wanted.join(",")} needs a base image that a registry serves for each of them (one multi-arch tag), or a local image of the one platform asked for. Check base-image, and docker login for a private registry.`,
          `\u0414\u043B\u044F platforms: ${wanted.join(",")} \u043D\u0443\u0436\u0435\u043D \u0431\u0430\u0437\u043E\u0432\u044B\u0439 \u043E\u0431\u0440\u0430\u0437, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0440\u0435\u0435\u0441\u0442\u0440 \u043E\u0442\u0434\u0430\u0451\u0442 \u0434\u043B\u044F \u043A\u0430\u0436\u0434\u043E\u0439 \u0438\u0437 \u043D\u0438\u0445 (\u043E\u0434\u0438\u043D \u043C\u0443\u043B\u044C\u0442\u0438\u0430\u0440\u0445\u0438\u0442\u0435\u043A\u0442\u0443\u0440\u043D\u044B\u0439 \u0442\u0435\u0433), \u0438\u043B\u0438 \u043B\u043E\u043A\u0430\u043B\u044C\u043D\u044B\u0439 \u043E\u0431\u0440\u0430\u0437 \u0435\u0434\u0438\u043D\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439 \u0437\u0430\u043F\u0440\u043E\u0448\u0435\u043D\u043D\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B. \u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 base-image, \u0430 \u0434\u043B\u044F \u0437\u0430\u043A\u0440\u044B\u0442\u043E\u0433\u043E \u0440\u0435\u0435\u0441\u0442\u0440\u0430 \u2014 \`docker login\`.`
        )
      }
    );
  }
  const missing = [];
  for (const p2 of wanted) {
    const match = registry.find((r) => platformOf(r.platform) === p2) ?? registry.find((r) => servesPlatform(p2, r.platform));
    if (match) chosen.set(p2, `${repositoryOf(image)}@${match.digest}`);
    else missing.push(p2);
  }
  if (missing.length > 0) {
    const has = [...new Set(registry.map((r) => platformOf(r.platform)))].join(", ");
    const detail = t(
      `The base image ${image} has no ${missing.join(" or ")} image (it has ${has || "no platform"}); nothing was built.`,
      `\u0423 \u0431\u0430\u0437\u043E\u0432\u043E\u0433\u043E \u043E\u0431\u0440\u0430\u0437\u0430 ${image} \u043D\u0435\u0442 \u043E\u0431\u0440\u0430\u0437\u0430 \u0434\u043B\u044F ${missing.join(" \u0438\u043B\u0438 ")} (${has ? `\u0435\u0441\u0442\u044C ${has}` : "\u043D\u0435\u0442 \u043D\u0438 \u043E\u0434\u043D\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B"}); \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0441\u043E\u0431\u0440\u0430\u043D\u043E.`
    );
    throw new MirrorError("NotFound", detail, {
      verb: "get",
      resource: baseImageResource(image),
      hint: t(
        "Use a base image published for every platform in platforms (a multi-arch tag), or leave the platform out.",
        "\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u0431\u0430\u0437\u043E\u0432\u044B\u0439 \u043E\u0431\u0440\u0430\u0437, \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u0434\u043B\u044F \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B \u0438\u0437 platforms (\u043C\u0443\u043B\u044C\u0442\u0438\u0430\u0440\u0445\u0438\u0442\u0435\u043A\u0442\u0443\u0440\u043D\u044B\u0439 \u0442\u0435\u0433), \u0438\u043B\u0438 \u0443\u0431\u0435\u0440\u0438\u0442\u0435 \u044D\u0442\u0443 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0443."
      )
    });
  }
  return chosen;
}
function baseImageResource(image) {
  return t(`base image ${image}`, `\u0431\u0430\u0437\u043E\u0432\u044B\u0439 \u043E\u0431\u0440\u0430\u0437 ${image}`);
}
function repositoryOf(image) {
  const noDigest = image.split("@")[0] ?? image;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
function isLoopbackRegistry(image) {
  const first = image.split("/")[0] ?? "";
  if (!image.includes("/") || !/[.:]|^localhost$/.test(first)) return false;
  const host = first.startsWith("[") ? first.slice(0, first.indexOf("]") + 1) : first.split(":")[0] ?? "";
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function metadataOf(platforms, byPath, members = /* @__PURE__ */ new Map()) {
  const all = [...platforms].sort();
  const files = {};
  for (const rel of [...byPath.keys()].sort()) {
    const ps2 = [...new Set(byPath.get(rel) ?? [])].sort();
    if (ps2.length < all.length) files[rel] = ps2;
  }
  if (members.size === 0) return { platforms: all, files };
  return { platforms: all, files, members: Object.fromEntries([...members].sort(([a], [b2]) => byCodeUnit(a, b2))) };
}
function renderMetadata(m2) {
  const members = m2.members && Object.keys(m2.members).length > 0 ? { members: m2.members } : {};
  return `${JSON.stringify({ platforms: m2.platforms, files: m2.files, ...members }, null, 2)}
`;
}
function parseMetadata(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const { platforms, files, members } = value;
  const isList = (v2) => Array.isArray(v2) && v2.every((s3) => typeof s3 === "string");
  if (!isList(platforms) || typeof files !== "object" || files === null) return void 0;
  const out = {};
  for (const [rel, ps2] of Object.entries(files)) {
    if (!isList(ps2)) return void 0;
    out[rel] = ps2;
  }
  if (members === void 0) return { platforms, files: out };
  if (typeof members !== "object" || members === null) return void 0;
  const digests = {};
  for (const [rel, d] of Object.entries(members)) {
    if (typeof d !== "string") return void 0;
    digests[rel] = d;
  }
  return { platforms, files: out, members: digests };
}
function platformsOfPath(m2, rel) {
  return m2.files[rel] ?? m2.platforms;
}

// src/planning/inputs.ts
var DEFAULT_BASE_IMAGE = "registry.deckhouse.io/base_images/dev-alt:p10";
var INPUT_SPECS = [
  {
    name: "falco-version",
    required: true,
    description: 'Falco release to mirror: X.Y.Z or X.Y.Z-rcN (SemVer 2.0, no "v" prefix), latest (the newest release), or a SemVer range such as >=0.35.1 together with dry-run: true, which lists the released versions the mirror lacks.'
  },
  {
    name: "source-repo",
    default: "https://github.com",
    description: "Base URL the recipe clones <source-repo>/falcosecurity/falco.git from. https only (plain http for loopback hosts); no credentials in it."
  },
  {
    name: "base-image",
    default: DEFAULT_BASE_IMAGE,
    description: "Builder base image with git, cmake, make, rsync and a toolchain (the BASE_ALT_DEV build arg)."
  },
  { name: "jobs", default: "4", description: "Parallelism for make -j (1 to 256)." },
  {
    name: "cmake-args",
    multiline: true,
    description: "Extra cmake flags, one -DNAME=VALUE (or -DNAME:TYPE=VALUE) per line, appended to the recipe's cmake command."
  },
  {
    name: "dockerfile",
    description: "Path of a custom Dockerfile replacing the built-in recipe. It gets the same build args (BASE_ALT_DEV, FALCO_VERSION, SOURCE_REPO, JOBS, CMAKE_EXTRA_ARGS, FDM_BUILD, and with platforms FDM_PLATFORM) and must leave the tree in /falco-deps."
  },
  { name: "network", description: "Network for the build (docker build --network), for example host." },
  {
    name: "output-dir",
    default: "${{ runner.temp }}/falco-deps",
    description: "Directory the extracted tree is written to. It must not exist yet or be empty. Defaults to $RUNNER_TEMP/falco-deps."
  },
  {
    name: "keep-image",
    default: "false",
    boolean: true,
    description: "Keep the built image instead of removing it at the end."
  },
  {
    name: "mirror-repo",
    description: "HTTPS URL of the mirror git repository (plain http only for loopback hosts); the tree is pushed to a branch named after the version. Empty: no push."
  },
  {
    name: "mirror-token",
    description: "Token for HTTPS Basic auth to the mirror. Passed to git in a private config file, masked in logs, never in a URL or argument."
  },
  {
    name: "mirror-username",
    default: "oauth2",
    description: "User name sent with mirror-token (oauth2 suits GitLab; GitHub accepts any)."
  },
  {
    name: "if-exists",
    default: "skip",
    description: "When the mirror branch exists: skip (no build at all), fail (AlreadyExists before building), or overwrite (build, then replace only the commit that was checked; unchanged content is not pushed)."
  },
  {
    name: "dry-run",
    default: "false",
    boolean: true,
    description: "Validate the inputs, render the recipe and check the mirror; build, upload and push nothing."
  },
  { name: "language", default: "en", description: "Language of error messages: en or ru." },
  { name: "upload-artifact", default: "true", boolean: true, description: "Upload the extracted tree as a workflow artifact." },
  {
    name: "artifact-name",
    description: "Name of the workflow artifact; defaults to falco-deps-<version>. It must be unique in the workflow run."
  },
  { name: "retention-days", description: "Days to keep the artifact (1 to 90); empty: the repository default." },
  {
    name: "verify",
    default: "false",
    boolean: true,
    description: "After extraction, rebuild Falco from the tree in a second container with no network at all, as a consumer would; the mirror is pushed only if that succeeds. Repeats the build, so it doubles the time."
  },
  {
    name: "build",
    default: "full",
    description: "What the recipe runs: full (the seed's procedure: configure, then make package, compiling everything) or downloads (configure, then only each ExternalProject's download step, gRPC's clone included: no compile; needs CMake 3.19 or newer in the base image)."
  },
  {
    name: "platforms",
    description: "Comma-separated Docker platforms to build, for example linux/amd64,linux/arm64: the recipe runs once per platform (docker build --platform, on the base image's image for that platform) and one branch holds every platform's files side by side; if-exists is then judged per platform. Empty: the engine's own platform, one build."
  },
  {
    name: "large-files",
    default: "plain",
    description: "How big files reach the mirror: plain (pushed as they are; for a github.com mirror a file over GitHub's 100 MiB limit stops the run before any push) or lfs (files of lfs-threshold bytes or more are stored with Git LFS at the mirror's <mirror-repo>/info/lfs, with the same token; the runner needs git-lfs, which GitHub's hosted runners have)."
  },
  {
    name: "lfs-threshold",
    default: String(GITHUB_FILE_LIMIT),
    description: "With large-files: lfs, the size in bytes from which a file is stored with Git LFS (default 104857600, GitHub's 100 MiB per-file limit)."
  },
  {
    name: "github-token",
    default: "${{ github.token }}",
    description: "Token for the GitHub releases API (at GITHUB_API_URL), used to resolve latest and ranges."
  },
  {
    name: "release-source",
    default: "api",
    description: "Where released versions come from: api (releases of falcosecurity/falco through the GitHub API) or tags (release tags of the source repo, git ls-remote)."
  }
];
function parseInputs(get, env = process.env) {
  const read = (name, multiline = false) => {
    const value = get(name);
    const control = multiline ? /[\p{Cc}\p{Cf}\u2028\u2029]/u : /[\p{Cc}\p{Cf}\u2028\u2029]/u;
    const offending = multiline ? value.replace(/\r?\n/g, "") : value;
    const hidden = SECRET_INPUTS.has(name) || URL_INPUTS.has(name) && secretPart(name, value) !== void 0;
    if (control.test(offending)) {
      const rule = t("must not contain control or invisible characters", "\u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u0443\u043F\u0440\u0430\u0432\u043B\u044F\u044E\u0449\u0438\u0445 \u0438\u043B\u0438 \u043D\u0435\u0432\u0438\u0434\u0438\u043C\u044B\u0445 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432");
      if (hidden) failHidden(name, rule);
      else fail(name, value, rule);
    }
    if (value.length > 4096) {
      const rule = t("is longer than 4096 characters", "\u0434\u043B\u0438\u043D\u043D\u0435\u0435 4096 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432");
      if (hidden) failHidden(name, rule);
      else fail(name, value, rule);
    }
    return value;
  };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const versionSpec = parseVersionSpec(read("falco-version"));
  const dryRun = parseBoolean("dry-run", read("dry-run"), false);
  if (versionSpec.kind === "range" && !dryRun) {
    const range = quote(versionSpec.range);
    throw new MirrorError(
      "Invalid",
      t(
        `Input falco-version ${range} is a range: with dry-run: true the action lists the released versions the mirror lacks (output versions); mirror each one in a matrix job (see the README's scheduled workflow).`,
        `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 falco-version: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${range} \u2014 \u044D\u0442\u043E \u0434\u0438\u0430\u043F\u0430\u0437\u043E\u043D: \u043F\u0440\u0438 dry-run: true \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u0432\u044B\u0432\u043E\u0434\u0438\u0442 \u0432\u044B\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0435 \u0432\u0435\u0440\u0441\u0438\u0438, \u043A\u043E\u0442\u043E\u0440\u044B\u0445 \u043D\u0435\u0442 \u0432 \u0437\u0435\u0440\u043A\u0430\u043B\u0435 (\u0432\u044B\u0445\u043E\u0434\u043D\u043E\u0439 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 versions); \u0437\u0435\u0440\u043A\u0430\u043B\u0438\u0440\u0443\u0439\u0442\u0435 \u043A\u0430\u0436\u0434\u0443\u044E \u0438\u0437 \u043D\u0438\u0445 \u0432 \u0437\u0430\u0434\u0430\u043D\u0438\u0438 \u043C\u0430\u0442\u0440\u0438\u0446\u044B (\u0441\u043C. \u0440\u0430\u0431\u043E\u0447\u0438\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u043F\u043E \u0440\u0430\u0441\u043F\u0438\u0441\u0430\u043D\u0438\u044E \u0432 README).`
      )
    );
  }
  return {
    versionSpec,
    falcoVersion: versionSpec.kind === "exact" ? versionSpec.version : "",
    sourceRepo: parseSourceRepo(read("source-repo") || "https://github.com"),
    baseImage: parseImageRef("base-image", read("base-image") || DEFAULT_BASE_IMAGE),
    jobs: parseJobs(read("jobs") || "4"),
    cmakeArgs: parseCmakeArgs(read("cmake-args", true)),
    dockerfile: parseDockerfile(read("dockerfile"), workspace),
    network: parseNetwork(read("network")),
    outputDir: parseOutputDir(read("output-dir"), workspace, env),
    keepImage: parseBoolean("keep-image", read("keep-image"), false),
    mirror: parseMirror(read("mirror-repo"), read("mirror-token"), read("mirror-username")),
    ifExists: parseChoice("if-exists", read("if-exists"), ["skip", "fail", "overwrite"], "skip"),
    dryRun,
    verify: parseBoolean("verify", read("verify"), false),
    githubToken: read("github-token"),
    releaseSource: parseChoice("release-source", read("release-source"), ["api", "tags"], "api"),
    build: parseChoice("build", read("build"), ["full", "downloads"], "full"),
    platforms: parsePlatforms(read("platforms", true), (item, rule) => fail("platforms", item, rule)),
    largeFiles: {
      mode: parseChoice("large-files", read("large-files"), ["plain", "lfs"], "plain"),
      threshold: parseLfsThreshold(read("lfs-threshold"))
    },
    language: parseChoice("language", read("language"), ["en", "ru"], "en"),
    artifact: parseBoolean("upload-artifact", read("upload-artifact"), true) ? { name: parseArtifactName(read("artifact-name")), retentionDays: parseRetentionDays(read("retention-days")) } : void 0
  };
}
function parseArtifactName(value) {
  if (value === "") return void 0;
  const name = value;
  if (/[":<>|*?\\/\r\n]/.test(name) || name.length > 256 || name.trim() !== name) {
    fail(
      "artifact-name",
      name,
      t(
        'must be 1 to 256 characters without " : < > | * ? \\ / or surrounding spaces',
        '\u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u043E\u0442 1 \u0434\u043E 256 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432, \u0431\u0435\u0437 " : < > | * ? \\ / \u0438 \u0431\u0435\u0437 \u043F\u0440\u043E\u0431\u0435\u043B\u043E\u0432 \u043F\u043E \u043A\u0440\u0430\u044F\u043C'
      )
    );
  }
  return name;
}
function parseRetentionDays(value) {
  if (value === "") return void 0;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 90)
    fail("retention-days", value, t("must be a whole number of days from 1 to 90", "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0446\u0435\u043B\u044B\u043C \u0447\u0438\u0441\u043B\u043E\u043C \u0434\u043D\u0435\u0439 \u043E\u0442 1 \u0434\u043E 90"));
  return Number(value);
}
function parseLanguage(get) {
  const value = get("language");
  return value === "ru" ? "ru" : "en";
}
function parseMirror(repo, token, username) {
  if (repo === "") return void 0;
  const url = parseHttpsUrl("mirror-repo", repo);
  if (/\s/u.test(token) || token.length > 1024) {
    failHidden(
      "mirror-token",
      t(
        "must be a single token without spaces or newlines, at most 1024 characters",
        "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043E\u0434\u043D\u0438\u043C \u0442\u043E\u043A\u0435\u043D\u043E\u043C \u0431\u0435\u0437 \u043F\u0440\u043E\u0431\u0435\u043B\u043E\u0432 \u0438 \u043F\u0435\u0440\u0435\u0432\u043E\u0434\u043E\u0432 \u0441\u0442\u0440\u043E\u043A, \u043D\u0435 \u0434\u043B\u0438\u043D\u043D\u0435\u0435 1024 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432"
      )
    );
  }
  const user = username || "oauth2";
  if (!/^[A-Za-z0-9._@+-]{1,100}$/.test(user)) {
    fail(
      "mirror-username",
      user,
      t("must be 1 to 100 letters, digits or . _ @ + - (no colon)", "\u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0441\u0442\u043E\u044F\u0442\u044C \u0438\u0437 1\u2013100 \u0431\u0443\u043A\u0432, \u0446\u0438\u0444\u0440 \u0438\u043B\u0438 . _ @ + - (\u0431\u0435\u0437 \u0434\u0432\u043E\u0435\u0442\u043E\u0447\u0438\u044F)")
    );
  }
  return { url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`, token, username: user };
}
function parseChoice(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  return fail(name, value, t(`must be one of ${allowed.join(", ")}`, `\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043E\u0434\u043D\u0438\u043C \u0438\u0437: ${allowed.join(", ")}`));
}
var SECRET_INPUTS = /* @__PURE__ */ new Set(["mirror-token", "github-token"]);
var URL_INPUTS = /* @__PURE__ */ new Set(["mirror-repo", "source-repo"]);
function failHidden(name, rule) {
  throw new MirrorError(
    "Invalid",
    t(`Input ${name} ${rule.en} (its value is not shown).`, `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 ${name}: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${rule.ru} (\u0441\u0430\u043C\u043E \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043D\u0435 \u043F\u043E\u043A\u0430\u0437\u0430\u043D\u043E).`)
  );
}
function fail(name, value, rule) {
  if (maySecret(value)) failHidden(name, rule);
  const q2 = quote(value);
  throw new MirrorError("Invalid", t(`Input ${name} ${q2} ${rule.en}.`, `\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 ${name}: \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 ${q2} ${rule.ru}.`));
}
function joined(first, glue, more) {
  return t(`${first.en}${glue}${more.en}`, `${first.ru}${glue}${more.ru}`);
}
var TOKEN_LIKE = /(?:gh[pousr]_|github_pat_|gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|agent|ffct)-)[A-Za-z0-9_-]{12,}/;
function maySecret(value) {
  return value.includes("@") || TOKEN_LIKE.test(value);
}
var LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function isLoopbackHost(host) {
  return LOOPBACK.test(host);
}
function parseHttpsUrl(name, value) {
  const rule = t(
    "must be an https:// URL (plain http only for 127.0.0.1, localhost or [::1]) without credentials, query or fragment",
    "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C URL \u0432\u0438\u0434\u0430 https:// (\u043F\u0440\u043E\u0441\u0442\u043E\u0439 http \u2014 \u0442\u043E\u043B\u044C\u043A\u043E \u0434\u043B\u044F 127.0.0.1, localhost \u0438\u043B\u0438 [::1]) \u0431\u0435\u0437 \u0443\u0447\u0451\u0442\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445, \u0441\u0442\u0440\u043E\u043A\u0438 \u0437\u0430\u043F\u0440\u043E\u0441\u0430 \u0438 \u0444\u0440\u0430\u0433\u043C\u0435\u043D\u0442\u0430"
  );
  const hidden = secretPart(name, value);
  if (hidden) failHidden(name, joined(hidden, "; ", rule));
  if (value.startsWith("-") || /\s/u.test(value) || /[;&|`$<>(){}'"\\!*^]/u.test(value)) fail(name, value, rule);
  if (/[^\x21-\x7e]/.test(value)) {
    const ascii = t("must be plain ASCII (no look-alike letters)", "\u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0441\u0442\u043E\u044F\u0442\u044C \u0442\u043E\u043B\u044C\u043A\u043E \u0438\u0437 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432 ASCII (\u0431\u0435\u0437 \u0431\u0443\u043A\u0432-\u0434\u0432\u043E\u0439\u043D\u0438\u043A\u043E\u0432)");
    fail(name, value, joined(ascii, "; ", rule));
  }
  if (/%(2e|2f|5c)/i.test(value)) {
    const encoded = t("must not contain percent-encoded dots or slashes", "\u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u0442\u043E\u0447\u0435\u043A \u0438 \u0441\u043B\u044D\u0448\u0435\u0439, \u0437\u0430\u043A\u043E\u0434\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0447\u0435\u0440\u0435\u0437 %");
    fail(name, value, joined(encoded, "; ", rule));
  }
  if (/(^|\/)\.\.?(\/|$)/.test(value.replace(/^[a-z]+:\/\//i, "")))
    fail(name, value, joined(rule, ", ", t('and without "." or ".." segments', '\u0430 \u0442\u0430\u043A\u0436\u0435 \u0431\u0435\u0437 \u0441\u0435\u0433\u043C\u0435\u043D\u0442\u043E\u0432 "." \u0438 ".."')));
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(name, value, rule);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") failHidden(name, rule);
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) {
      const http = t("uses plain http for a host that is not loopback", "\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0435\u0442 \u043F\u0440\u043E\u0441\u0442\u043E\u0439 http \u0434\u043B\u044F \u043D\u0435\u043B\u043E\u043A\u0430\u043B\u044C\u043D\u043E\u0433\u043E \u0445\u043E\u0441\u0442\u0430");
      fail(name, value, joined(http, "; ", rule));
    }
  } else if (url.protocol !== "https:") {
    fail(name, value, rule);
  }
  if (!/^[A-Za-z0-9._~/%+-]*$/.test(url.pathname)) {
    const chars = t("has characters outside [A-Za-z0-9._~/%+-] in its path", "\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0432 \u043F\u0443\u0442\u0438 \u0441\u0438\u043C\u0432\u043E\u043B\u044B \u0432\u043D\u0435 [A-Za-z0-9._~/%+-]");
    fail(name, value, joined(chars, "; ", rule));
  }
  return url;
}
function secretPart(name, value) {
  const where = name === "mirror-repo" ? t("give the token in mirror-token instead", "\u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u0442\u043E\u043A\u0435\u043D \u0432 mirror-token") : t("the source must be readable without credentials", "\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D \u0431\u0435\u0437 \u0443\u0447\u0451\u0442\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445");
  const authority = value.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "").split(/[/\\?#]/)[0] ?? "";
  if (authority.includes("@"))
    return t(`contains credentials before the host (${where.en})`, `\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0443\u0447\u0451\u0442\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u043F\u0435\u0440\u0435\u0434 \u0445\u043E\u0441\u0442\u043E\u043C (${where.ru})`);
  if (value.includes("@"))
    return t(
      "contains an @ after the host, which may carry a credential",
      "\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 @ \u043F\u043E\u0441\u043B\u0435 \u0445\u043E\u0441\u0442\u0430, \u0430 \u0441 \u043D\u0438\u043C \u043C\u043E\u0433\u0443\u0442 \u043F\u0435\u0440\u0435\u0434\u0430\u0432\u0430\u0442\u044C\u0441\u044F \u0443\u0447\u0451\u0442\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"
    );
  if (value.includes("?"))
    return t(
      "has a query (the part from ?), which may carry a credential",
      "\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0441\u0442\u0440\u043E\u043A\u0443 \u0437\u0430\u043F\u0440\u043E\u0441\u0430 (\u0447\u0430\u0441\u0442\u044C \u043D\u0430\u0447\u0438\u043D\u0430\u044F \u0441 ?), \u0432 \u043A\u043E\u0442\u043E\u0440\u043E\u0439 \u043C\u043E\u0433\u0443\u0442 \u0431\u044B\u0442\u044C \u0443\u0447\u0451\u0442\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"
    );
  if (value.includes("#"))
    return t(
      "has a fragment (the part from #), which may carry a credential",
      "\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0444\u0440\u0430\u0433\u043C\u0435\u043D\u0442 (\u0447\u0430\u0441\u0442\u044C \u043D\u0430\u0447\u0438\u043D\u0430\u044F \u0441 #), \u0432 \u043A\u043E\u0442\u043E\u0440\u043E\u043C \u043C\u043E\u0433\u0443\u0442 \u0431\u044B\u0442\u044C \u0443\u0447\u0451\u0442\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435"
    );
  if (TOKEN_LIKE.test(value)) return t(`contains what looks like a token (${where.en})`, `\u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0447\u0442\u043E-\u0442\u043E \u043F\u043E\u0445\u043E\u0436\u0435\u0435 \u043D\u0430 \u0442\u043E\u043A\u0435\u043D (${where.ru})`);
  return void 0;
}
function parseSourceRepo(value) {
  const url = parseHttpsUrl("source-repo", value);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?)`;
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var IMAGE_REF = new RegExp(
  `^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
);
function parseImageRef(name, value) {
  const nameLength = value.split(/[:@]/)[0]?.length ?? 0;
  if (!IMAGE_REF.test(value) || nameLength > 255 || value.length > 512) {
    fail(
      name,
      value,
      t(
        "is not a valid image reference: expected [registry[:port]/]name[:tag][@sha256:digest] with a lowercase name",
        "\u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043A\u043E\u0440\u0440\u0435\u043A\u0442\u043D\u043E\u0439 \u0441\u0441\u044B\u043B\u043A\u043E\u0439 \u043D\u0430 \u043E\u0431\u0440\u0430\u0437: \u043E\u0436\u0438\u0434\u0430\u0435\u0442\u0441\u044F [registry[:port]/]name[:tag][@sha256:digest] \u0441 \u0438\u043C\u0435\u043D\u0435\u043C \u0432 \u043D\u0438\u0436\u043D\u0435\u043C \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0435"
      )
    );
  }
  return value;
}
function parseLfsThreshold(value) {
  if (value === "") return GITHUB_FILE_LIMIT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    return fail(
      "lfs-threshold",
      value,
      t(
        "must be a whole number of bytes, 1 or more (for example 104857600, 100 MiB)",
        "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0446\u0435\u043B\u044B\u043C \u0447\u0438\u0441\u043B\u043E\u043C \u0431\u0430\u0439\u0442\u043E\u0432, 1 \u0438\u043B\u0438 \u0431\u043E\u043B\u044C\u0448\u0435 (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, 104857600, \u0442\u043E \u0435\u0441\u0442\u044C 100 MiB)"
      )
    );
  }
  return n;
}
function parseJobs(value) {
  if (!/^[0-9]{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    fail("jobs", value, t("must be a whole number from 1 to 256", "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0446\u0435\u043B\u044B\u043C \u0447\u0438\u0441\u043B\u043E\u043C \u043E\u0442 1 \u0434\u043E 256"));
  }
  return Number(value);
}
var CMAKE_ARG = /^-D[A-Za-z_][A-Za-z0-9_.+-]*(?::(?:BOOL|FILEPATH|PATH|STRING|INTERNAL))?=[A-Za-z0-9_.,:/+=@%^-]*$/;
function parseCmakeArgs(value) {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  for (const line of lines) {
    if (!CMAKE_ARG.test(line)) {
      fail(
        "cmake-args",
        line,
        t(
          "has a line that is not -DNAME=VALUE: give one flag per line, NAME of letters, digits and _ (an optional :TYPE), VALUE of letters, digits and _ . , : / + = @ % ^ -",
          "\u043D\u0435 \u0438\u043C\u0435\u0435\u0442 \u0432\u0438\u0434\u0430 -DNAME=VALUE: \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u0444\u043B\u0430\u0433\u0443 \u043D\u0430 \u0441\u0442\u0440\u043E\u043A\u0443; NAME \u2014 \u0438\u0437 \u0431\u0443\u043A\u0432, \u0446\u0438\u0444\u0440 \u0438 _ (\u0441 \u043D\u0435\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u044B\u043C :TYPE), VALUE \u2014 \u0438\u0437 \u0431\u0443\u043A\u0432, \u0446\u0438\u0444\u0440 \u0438 _ . , : / + = @ % ^ -"
        )
      );
    }
  }
  return lines;
}
function parsePath(name, value, workspace) {
  if (value.startsWith("-")) fail(name, value, t("must be a path, not an option", "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043F\u0443\u0442\u0451\u043C, \u0430 \u043D\u0435 \u043E\u043F\u0446\u0438\u0435\u0439"));
  if (value.split(/[\\/]+/).includes("..")) fail(name, value, t('must not contain ".." segments', '\u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u0441\u0435\u0433\u043C\u0435\u043D\u0442\u043E\u0432 ".."'));
  if (/[\n\r]/.test(value) || /[;&|`$<>*?"'\\]/.test(value)) {
    const rule = t(
      "must be a plain path without shell metacharacters or quotes",
      "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043F\u0440\u043E\u0441\u0442\u044B\u043C \u043F\u0443\u0442\u0451\u043C \u0431\u0435\u0437 \u043C\u0435\u0442\u0430\u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432 \u043E\u0431\u043E\u043B\u043E\u0447\u043A\u0438 \u0438 \u043A\u0430\u0432\u044B\u0447\u0435\u043A"
    );
    fail(name, value, rule);
  }
  return path.resolve(workspace, value);
}
function parseDockerfile(value, workspace) {
  if (value === "") return void 0;
  const file = parsePath("dockerfile", value, workspace);
  const root = path.resolve(workspace);
  if (file !== root && !file.startsWith(root + path.sep)) {
    fail(
      "dockerfile",
      value,
      t(
        `must be a file in the workspace (${quote(root)}); give a path relative to it`,
        `\u0434\u043E\u043B\u0436\u043D\u043E \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0442\u044C \u043D\u0430 \u0444\u0430\u0439\u043B \u0432 \u0440\u0430\u0431\u043E\u0447\u0435\u043C \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435 (${quote(root)}); \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u043F\u0443\u0442\u044C \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u043D\u0435\u0433\u043E`
      )
    );
  }
  let stat6;
  let real;
  try {
    stat6 = fs.statSync(file);
    real = fs.realpathSync(file);
  } catch {
    fail(
      "dockerfile",
      value,
      t(
        "does not exist in the workspace; give the path of a Dockerfile there or leave it empty for the built-in recipe",
        "\u043D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D\u043E \u0432 \u0440\u0430\u0431\u043E\u0447\u0435\u043C \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435; \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u043F\u0443\u0442\u044C \u043A Dockerfile \u0432 \u043D\u0451\u043C \u0438\u043B\u0438 \u043E\u0441\u0442\u0430\u0432\u044C\u0442\u0435 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 \u043F\u0443\u0441\u0442\u044B\u043C \u0434\u043B\u044F \u0432\u0441\u0442\u0440\u043E\u0435\u043D\u043D\u043E\u0433\u043E \u0440\u0435\u0446\u0435\u043F\u0442\u0430"
      )
    );
  }
  if (!stat6.isFile()) fail("dockerfile", value, t("is not a file", "\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0435 \u043D\u0430 \u0444\u0430\u0439\u043B"));
  const realRoot = fs.realpathSync(root);
  if (!real.startsWith(realRoot + path.sep))
    fail(
      "dockerfile",
      value,
      t(
        `must be a file in the workspace (${quote(root)}), and it links outside`,
        `\u0434\u043E\u043B\u0436\u043D\u043E \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0442\u044C \u043D\u0430 \u0444\u0430\u0439\u043B \u0432 \u0440\u0430\u0431\u043E\u0447\u0435\u043C \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435 (${quote(root)}), \u0430 \u043E\u043D\u043E \u0432\u0435\u0434\u0451\u0442 \u043F\u043E \u0441\u0441\u044B\u043B\u043A\u0435 \u0437\u0430 \u0435\u0433\u043E \u043F\u0440\u0435\u0434\u0435\u043B\u044B`
      )
    );
  return file;
}
function parseNetwork(value) {
  if (value === "") return void 0;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/.test(value)) {
    fail(
      "network",
      value,
      t(
        "must be a Docker network name such as host, none, bridge or a user network (letters, digits, _ . -)",
        "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0438\u043C\u0435\u043D\u0435\u043C \u0441\u0435\u0442\u0438 Docker, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 host, none, bridge, \u0438\u043B\u0438 \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u0441\u043A\u043E\u0439 \u0441\u0435\u0442\u0438 (\u0431\u0443\u043A\u0432\u044B, \u0446\u0438\u0444\u0440\u044B, _ . -)"
      )
    );
  }
  return value;
}
function parseOutputDir(value, workspace, env) {
  const dir = value === "" ? path.resolve(env.RUNNER_TEMP || os.tmpdir(), "falco-deps") : parsePath("output-dir", value, workspace);
  if (dir === path.parse(dir).root)
    fail("output-dir", value, t("must not be the file-system root", "\u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043A\u043E\u0440\u043D\u0435\u043C \u0444\u0430\u0439\u043B\u043E\u0432\u043E\u0439 \u0441\u0438\u0441\u0442\u0435\u043C\u044B"));
  let entries;
  try {
    entries = fs.readdirSync(dir);
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOTDIR")
      fail("output-dir", value || dir, t("exists and is not a directory", "\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u044E\u0449\u0438\u0439 \u043E\u0431\u044A\u0435\u043A\u0442, \u0438 \u044D\u0442\u043E \u043D\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433"));
    if (code2 !== "ENOENT")
      fail(
        "output-dir",
        value || dir,
        t(`cannot be read (${code2 ?? "error"})`, `\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 \u043A\u0430\u0442\u0430\u043B\u043E\u0433, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u043D\u0435 \u0443\u0434\u0430\u0451\u0442\u0441\u044F \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C (${code2 ?? "\u043E\u0448\u0438\u0431\u043A\u0430"})`)
      );
  }
  if (entries !== void 0 && entries.length > 0) {
    fail(
      "output-dir",
      value || dir,
      t(
        "already exists and is not empty; choose a new or empty directory, or remove it first",
        "\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u044E\u0449\u0438\u0439 \u043D\u0435\u043F\u0443\u0441\u0442\u043E\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433; \u0432\u044B\u0431\u0435\u0440\u0438\u0442\u0435 \u043D\u043E\u0432\u044B\u0439 \u0438\u043B\u0438 \u043F\u0443\u0441\u0442\u043E\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u043B\u0438\u0431\u043E \u0441\u043D\u0430\u0447\u0430\u043B\u0430 \u0443\u0434\u0430\u043B\u0438\u0442\u0435 \u044D\u0442\u043E\u0442"
      )
    );
  }
  return dir;
}
function parseBoolean(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  return fail(name, value, t("must be true or false", "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C true \u0438\u043B\u0438 false"));
}

// src/planning/recipe.ts
import * as fs2 from "node:fs";

// src/planning/build-facts.ts
import path2 from "node:path";
var FACTS_DIR_IN_IMAGE = "/falco-deps-facts";
var DEFAULT_BUILD_DIR = "/falco/build";
var CMAKE_PREFIX = "cmake/";
function parseBuildFacts(given) {
  const files = new Map([...given].map(([key, text]) => [cleanRelative(key.replace(/\\/g, "/")) ?? key, text]));
  const buildDir = readBuildDir(files.get("build-dir"));
  const cmakeFiles = [...files].filter(([key]) => key.startsWith(CMAKE_PREFIX)).map(([key, text]) => [cleanRelative(key.slice(CMAKE_PREFIX.length)), text]).filter((entry) => entry[0] !== void 0).sort(([a], [b2]) => byCodeUnit(a, b2));
  const downloads = /* @__PURE__ */ new Map();
  for (const fact of traceDownloads(files.get("configure-downloads.json") ?? "", buildDir)) downloads.set(fact.path, fact);
  for (const [rel, text] of cmakeFiles) {
    const fact = scriptDownload(rel, text, buildDir);
    if (fact) downloads.set(fact.path, fact);
  }
  const clones = cloneScripts(cmakeFiles);
  const git = /* @__PURE__ */ new Map();
  for (const fact of gitFacts(files.get("git.txt") ?? "", buildDir, clones)) git.set(fact.path, fact);
  return {
    buildDir,
    downloads: [...downloads.values()].sort((a, b2) => byCodeUnit(a.path, b2.path)),
    git: [...git.values()].sort((a, b2) => byCodeUnit(a.path, b2.path)),
    found: given.size > 0
  };
}
function readBuildDir(text) {
  const line = (text ?? "").split(/\r?\n/).map((l) => l.trim()).find((l) => l !== "");
  return line?.startsWith("/") ? normalizeDir(line) : DEFAULT_BUILD_DIR;
}
function cleanRelative(rel) {
  if (rel === "" || rel.startsWith("/")) return void 0;
  const clean = path2.posix.normalize(rel);
  return clean === "." || clean === ".." || clean.startsWith("../") ? void 0 : clean;
}
function underBuildDir(abs, buildDir) {
  if (!abs.startsWith("/")) return void 0;
  return cleanRelative(path2.posix.relative(buildDir, path2.posix.normalize(abs)));
}
function normalizeDir(dir) {
  const clean = path2.posix.normalize(dir);
  return clean.length > 1 && clean.endsWith("/") ? clean.slice(0, -1) : clean;
}
function projectOf(rel, rawName) {
  const n = rawName.endsWith("-populate") ? rawName.slice(0, -"-populate".length) : "";
  if (n !== "" && rel.split("/").includes(`${n}-subbuild`)) return { name: n, fetchedBy: "FetchContent" };
  return { name: rawName, fetchedBy: "ExternalProject" };
}
function scriptDownload(rel, text, buildDir) {
  const m2 = /(?:^|\/)download-([^/]+)\.cmake$/.exec(rel);
  if (!m2?.[1]) return void 0;
  const script = parseDownloadScript(text);
  const target = script && underBuildDir(script.local, buildDir);
  if (!script || target === void 0) return void 0;
  const stampDir = path2.posix.dirname(rel);
  return {
    path: target,
    ...projectOf(rel, m2[1]),
    urls: script.urls,
    ...script.urlHash ? { urlHash: script.urlHash } : {},
    ...stampDir !== "." ? { stampDir } : {}
  };
}
function parseDownloadScript(text) {
  const lines = text.split(/\r?\n/);
  const local2 = emptinessChecked(lines, "LOCAL");
  if (local2 === void 0 || local2 === "") return void 0;
  const remote = emptinessChecked(lines, "REMOTE") ?? "";
  const loop = lines.map((l) => /^\s*foreach\s*\(\s*url\s+(.*)\)\s*$/.exec(l)?.[1]).find((l) => l !== void 0);
  let urls = cmakeArgs(loop ?? "").filter((u2) => u2 !== "" && !u2.includes("${"));
  if (urls.length === 0) urls = remote.split(/[\s;]+/).filter((u2) => u2 !== "" && !u2.includes("${"));
  return { local: local2, urls: [...new Set(urls)], urlHash: checkedHash(text) };
}
function emptinessChecked(lines, what) {
  const fatal = new RegExp(`FATAL_ERROR\\s+"${what} can't be empty"`, "i");
  for (let i = 0; i < lines.length; i++) {
    const m2 = /^\s*if\s*\(\s*"([^"]*)"\s+STREQUAL\s+""\s*\)\s*$/.exec(lines[i] ?? "");
    if (!m2) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    if (fatal.test(lines[next] ?? "")) return m2[1];
  }
  return void 0;
}
function checkedHash(text) {
  const algo = /^\s*file\s*\(\s*"([^"]*)"\s+"[^"]*"\s+actual_value\s*\)/m.exec(text)?.[1];
  const expected = /^\s*if\s*\(\s*NOT\s+"\$\{actual_value\}"\s+STREQUAL\s+"([^"]*)"\s*\)/m.exec(text)?.[1];
  return urlHash(algo, expected);
}
function urlHash(algo, value) {
  const name = (algo ?? "").trim().toUpperCase().replace(/-/g, "");
  const hex = (value ?? "").trim().toLowerCase();
  if (!/^(?:MD5|SHA\d+|SHA3_\d+)$/.test(name) || !/^[0-9a-f]+$/.test(hex)) return void 0;
  return `${name}=${hex}`;
}
function cmakeArgs(text) {
  const out = [];
  const token = /"((?:[^"\\]|\\.)*)"|([^\s"]+)/g;
  for (let m2 = token.exec(text); m2; m2 = token.exec(text)) {
    if (m2[1] !== void 0) out.push(m2[1].replace(/\\(.)/g, "$1"));
    else out.push(...(m2[2] ?? "").split(";"));
  }
  return out.filter((a) => a !== "");
}
var DOWNLOAD_OPTIONS = /* @__PURE__ */ new Set([
  "INACTIVITY_TIMEOUT",
  "LOG",
  "SHOW_PROGRESS",
  "STATUS",
  "TIMEOUT",
  "USERPWD",
  "HTTPHEADER",
  "NETRC",
  "NETRC_FILE",
  "TLS_VERIFY",
  "TLS_VERSION",
  "TLS_CAINFO",
  "EXPECTED_HASH",
  "EXPECTED_MD5",
  "RANGE_START",
  "RANGE_END"
]);
function traceDownloads(text, buildDir) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const args = downloadArgs(line);
    const [, url, dest, ...options] = args ?? [];
    if (url === void 0 || dest === void 0 || DOWNLOAD_OPTIONS.has(dest)) continue;
    const target = underBuildDir(dest, buildDir);
    if (target === void 0) continue;
    const hash = expectedHash(options);
    out.push({
      path: target,
      name: path2.posix.basename(target),
      urls: [url],
      ...hash ? { urlHash: hash } : {},
      fetchedBy: "file(DOWNLOAD)"
    });
  }
  return out;
}
function downloadArgs(line) {
  if (line.trim() === "") return void 0;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof entry !== "object" || entry === null) return void 0;
  const { cmd, args } = entry;
  if (typeof cmd !== "string" || cmd.toLowerCase() !== "file" || !Array.isArray(args)) return void 0;
  const strings = args.filter((a) => typeof a === "string");
  return strings.length === args.length && strings[0] === "DOWNLOAD" ? strings : void 0;
}
function expectedHash(options) {
  for (let i = 0; i < options.length; i++) {
    const value = options[i + 1];
    if (options[i] === "EXPECTED_HASH" && value) {
      const eq = value.indexOf("=");
      if (eq > 0) return urlHash(value.slice(0, eq), value.slice(eq + 1));
    }
    if (options[i] === "EXPECTED_MD5" && value) return urlHash("MD5", value);
  }
  return void 0;
}
function cloneScripts(cmakeFiles) {
  const out = [];
  for (const [rel, text] of cmakeFiles) {
    const info2 = /(?:^|\/)([^/]+)-gitinfo\.txt$/.exec(rel)?.[1];
    const clone = /(?:^|\/)([^/]+)-gitclone\.cmake$/.exec(rel)?.[1];
    if (info2) out.push({ name: projectOf(rel, info2).name, ...parseGitinfo(text) });
    else if (clone) out.push({ name: projectOf(rel, clone).name, ...parseGitclone(text) });
  }
  return out;
}
function parseGitinfo(text) {
  const value = (key) => new RegExp(`^${key}=(.*)$`, "m").exec(text)?.[1]?.trim() || void 0;
  const dir = value("source_dir");
  return { dirs: dir ? [normalizeDir(dir)] : [], url: value("repository") };
}
function parseGitclone(text) {
  const dirs = [];
  let tag;
  let url;
  for (const { command, workingDirectory } of gitCommands(text)) {
    const sub = command.findIndex((t2) => t2 === "clone" || t2 === "checkout");
    if (command[sub] === "checkout" && tag === void 0) {
      const value = command[sub + 1];
      if (value && !value.startsWith("-")) tag = value;
      if (workingDirectory) dirs.push(normalizeDir(workingDirectory));
    }
    if (command[sub] === "clone" && url === void 0) {
      const [cloneUrl, target] = command.slice(sub + 1).slice(-2);
      if (!cloneUrl || !target || cloneUrl.startsWith("-") || target.startsWith("-")) continue;
      url = cloneUrl;
      if (workingDirectory) dirs.push(normalizeDir(path2.posix.join(workingDirectory, target)));
    }
  }
  return { dirs, tag, url };
}
var EXECUTE_PROCESS_KEYWORDS = /* @__PURE__ */ new Set([
  "COMMAND",
  "WORKING_DIRECTORY",
  "RESULT_VARIABLE",
  "RESULTS_VARIABLE",
  "OUTPUT_VARIABLE",
  "ERROR_VARIABLE",
  "INPUT_FILE",
  "OUTPUT_FILE",
  "ERROR_FILE",
  "OUTPUT_QUIET",
  "ERROR_QUIET",
  "TIMEOUT",
  "COMMAND_ECHO",
  "COMMAND_ERROR_IS_FATAL",
  "ENCODING",
  "ECHO_OUTPUT_VARIABLE",
  "ECHO_ERROR_VARIABLE",
  "OUTPUT_STRIP_TRAILING_WHITESPACE",
  "ERROR_STRIP_TRAILING_WHITESPACE"
]);
function gitCommands(text) {
  const out = [];
  const call = /\bexecute_process\s*\(/g;
  for (let m2 = call.exec(text); m2; m2 = call.exec(text)) {
    const args = cmakeArgs(callBody(text, m2.index + m2[0].length));
    const at2 = args.indexOf("COMMAND");
    if (at2 < 0) continue;
    let end = at2 + 1;
    while (end < args.length && !EXECUTE_PROCESS_KEYWORDS.has(args[end] ?? "")) end++;
    const command = args.slice(at2 + 1, end);
    if (!/(?:^|\/)git(?:\.exe)?$/i.test(command[0] ?? "")) continue;
    const wd = args.indexOf("WORKING_DIRECTORY");
    out.push({ command, workingDirectory: wd >= 0 ? args[wd + 1] : void 0 });
  }
  return out;
}
function callBody(text, from) {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ")" && !quoted) return text.slice(from, i);
  }
  return text.slice(from);
}
function gitFacts(text, buildDir, clones) {
  const out = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const fields = /* @__PURE__ */ new Map();
    const submodules = [];
    for (const line of block.split(/\r?\n/)) {
      const m2 = /^\s*(\S+)(?:[ \t]+(.*?))?\s*$/.exec(line);
      if (!m2?.[1]) continue;
      if (m2[1] === "submodule") {
        const sub = parseSubmodule(m2[2] ?? "");
        if (sub) submodules.push(sub);
      } else fields.set(m2[1], m2[2] ?? "");
    }
    const repository = fields.get("repository") ?? "";
    const commit = (fields.get("commit") ?? "").toLowerCase();
    const rel = underBuildDir(repository, buildDir);
    if (rel === void 0 || !isCommit(commit)) continue;
    const dir = normalizeDir(repository);
    const scripts = clones.filter((c) => c.dirs.includes(dir));
    const url = fields.get("url") || scripts.find((c) => c.url)?.url;
    if (!url) continue;
    const tag = nonCommitTag(fields.get("tag") || scripts.find((c) => c.tag)?.tag, commit);
    out.push({
      path: rel,
      name: scripts[0]?.name ?? path2.posix.basename(rel),
      url,
      commit,
      ...tag ? { tag } : {},
      submodules: submodules.sort((a, b2) => byCodeUnit(a.path, b2.path))
    });
  }
  return out;
}
function parseSubmodule(rest) {
  const [rawCommit = "", ...others] = rest.trim().split(/\s+/);
  const commit = rawCommit.replace(/^[-+U]/, "").toLowerCase();
  if (!isCommit(commit) || others.length === 0) return void 0;
  const url = others.length > 1 ? others.pop() ?? "" : "";
  const sub = cleanRelative(others.join(" "));
  return sub === void 0 ? void 0 : { path: sub, commit, url };
}
function isCommit(value) {
  return /^[0-9a-f]{7,64}$/.test(value);
}
function nonCommitTag(tag, commit) {
  const t2 = tag?.trim();
  if (!t2) return void 0;
  return isCommit(t2.toLowerCase()) && commit.startsWith(t2.toLowerCase()) ? void 0 : t2;
}

// src/planning/recipe.ts
var DEPS_DIR_IN_IMAGE = "/falco-deps";
var SEED_CMAKE_FLAGS = [
  "-DCMAKE_BUILD_TYPE=release",
  "-DCMAKE_INSTALL_PREFIX=/usr",
  "-DBUILD_DRIVER=OFF",
  "-DBUILD_BPF=OFF",
  "-DBUILD_FALCO_MODERN_BPF=ON",
  "-DBUILD_WARNINGS_AS_ERRORS=OFF"
];
var DOWNLOADS_INCLUDE = [
  "set_property(DIRECTORY PROPERTY EP_STEP_TARGETS download)",
  "function(fdm_downloads_target)",
  '  set(dirs "${CMAKE_SOURCE_DIR}")',
  '  set(steps "")',
  "  while(dirs)",
  "    list(POP_FRONT dirs dir)",
  '    get_property(sub DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)',
  "    list(APPEND dirs ${sub})",
  '    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)',
  "    foreach(target IN LISTS targets)",
  '      if(target MATCHES "^(.+)-download$")',
  '        set(project_name "${CMAKE_MATCH_1}")',
  '        if(TARGET "${project_name}")',
  '          list(APPEND steps "${target}")',
  "        endif()",
  "      endif()",
  "    endforeach()",
  "  endwhile()",
  "  add_custom_target(fdm-downloads)",
  "  if(steps)",
  "    add_dependencies(fdm-downloads ${steps})",
  '    list(JOIN steps " " shown)',
  '    message(STATUS "fdm: build: downloads: ${shown}")',
  "  else()",
  '    message(STATUS "fdm: build: downloads: no ExternalProject download step in this build")',
  "  endif()",
  "endfunction()",
  "get_property(fdm_deferred GLOBAL PROPERTY FDM_DOWNLOADS_DEFERRED)",
  "if(CMAKE_CURRENT_SOURCE_DIR STREQUAL CMAKE_SOURCE_DIR AND NOT fdm_deferred)",
  "  set_property(GLOBAL PROPERTY FDM_DOWNLOADS_DEFERRED 1)",
  "  cmake_language(DEFER CALL fdm_downloads_target)",
  "endif()"
];
function printfLines(lines) {
  for (const l of lines) if (l.includes("'")) throw new Error(`a recipe line may not hold a single quote: ${l}`);
  return lines.map((l) => `'${l}'`).join(" ");
}
var BUILTIN_DOCKERFILE = `# falco-deps-mirror built-in recipe (seed 000). Plain Dockerfile syntax: the legacy builder and BuildKit both take it.
ARG BASE_ALT_DEV
FROM \${BASE_ALT_DEV}
# FALCO_VERSION: the tag to clone. SOURCE_REPO: the base URL of falcosecurity/falco.git. JOBS: make -j.
# CMAKE_EXTRA_ARGS: extra cmake flags, one per line; split on newlines only and never globbed, so no value
# is re-parsed by the shell. FDM_BUILD: full (the seed's \`make package\`) or downloads (configure, then
# only each ExternalProject's download step). One ARG line: the legacy builder makes a layer of each.
# FDM_PLATFORM: the Docker platform of this build, given only with the platforms input (nothing reads it here).
ARG FALCO_VERSION SOURCE_REPO JOBS=4 CMAKE_EXTRA_ARGS= FDM_BUILD=full FDM_PLATFORM=

ENV SOURCE_REPO=\${SOURCE_REPO} \\
    FALCO_VERSION=\${FALCO_VERSION}

# build: downloads needs CMake 3.19 or newer, checked before anything is cloned: it runs each
# ExternalProject's download step target, and only policy CMP0114 (new in 3.19), set NEW, keeps such a
# target from building the projects its ExternalProject DEPENDS on. Then the seed's clone, and its
# clang-15 link (ALT's dev image), only where clang-15 exists. One RUN: each step costs a layer.
RUN case "\${FDM_BUILD}" in \\
      full) ;; \\
      downloads) \\
        v=$(cmake --version 2>/dev/null | sed -n '1s/^cmake[^ ]* version \\([0-9][^ ]*\\).*/\\1/p'); \\
        set -- $(printf '%s\\n' "$v" | sed -n 's/^\\([0-9][0-9]*\\)\\.\\([0-9][0-9]*\\).*/\\1 \\2/p'); \\
        if [ $# -ne 2 ] || [ "$1" -lt 3 ] || { [ "$1" -eq 3 ] && [ "$2" -lt 19 ]; }; then \\
          echo "fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake \${v:-(no cmake --version)}" >&2; exit 1; \\
        fi ;; \\
      *) echo "fdm: FDM_BUILD must be full or downloads, not '\${FDM_BUILD}'" >&2; exit 1 ;; \\
    esac && \\
    git clone --branch "\${FALCO_VERSION}" --depth 1 "\${SOURCE_REPO}/falcosecurity/falco.git" /falco && \\
    mkdir -p /falco/build && \\
    if [ -e /usr/bin/clang-15 ]; then rm -f /usr/bin/clang && ln -s /usr/bin/clang-15 /usr/bin/clang; fi

WORKDIR /falco/build

# Configure. The cmake trace (json-v1, through a FIFO, never stored) records every configure-time
# file(DOWNLOAD): 0.36's raw headers, and any other a Falco version may add. Only where cmake has --trace-redirect.
# The reader gets its end of the FIFO before it starts (fd 4) and the shell holds a writer (fd 3) until
# cmake is done, so neither side can block forever, even when cmake fails before opening the trace.
# build: downloads adds a project include that asks every directory's ExternalProjects for a
# <name>-download target (the directory property is inherited by subdirectories), and CMP0114 NEW, under
# which such a target runs the download step alone and builds none of the projects the EP DEPENDS on.
RUN set -f; nl=$(printf '\\n_'); IFS=\${nl%_}; trace=; dl=; mkdir -p /tmp/fdm && : > /tmp/fdm/configure-downloads.json; \\
    if [ "\${FDM_BUILD}" = downloads ]; then \\
      printf '%s\\n' ${printfLines(DOWNLOADS_INCLUDE)} > /tmp/fdm/downloads.cmake; \\
      dl="-DCMAKE_PROJECT_INCLUDE=/tmp/fdm/downloads.cmake\${IFS}-DCMAKE_POLICY_DEFAULT_CMP0114=NEW"; \\
    fi; \\
    if cmake --help | grep -q -e '--trace-redirect'; then \\
      rm -f /tmp/fdm/trace; mkfifo /tmp/fdm/trace; exec 3<>/tmp/fdm/trace; exec 4</tmp/fdm/trace; \\
      { grep -i '"cmd":"file"' | grep '^{"args":\\["DOWNLOAD"' >/tmp/fdm/configure-downloads.json; } <&4 3>&- 4>&- & \\
      exec 4<&-; \\
      trace="--trace-expand\${IFS}--trace-format=json-v1\${IFS}--trace-redirect=/tmp/fdm/trace"; \\
    fi; \\
    cmake \${trace} ${SEED_CMAKE_FLAGS.join(" ")} -DFALCO_VERSION="\${FALCO_VERSION}" -DUSE_BUNDLED_DEPS=ON \${dl} \${CMAKE_EXTRA_ARGS} /falco 3>&-; rc=$?; \\
    exec 3>&-; wait; rm -f /tmp/fdm/trace; exit $rc

# The build. full: the seed's CPack patch and \`make package\`. downloads: the fdm-downloads target the
# project include made (every ExternalProject's download step, in one make goal); nothing is compiled,
# installed or packaged.
RUN if [ "\${FDM_BUILD}" != downloads ]; then \\
      sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake && \\
      make package -j"\${JOBS}"; \\
    else \\
      make -j"\${JOBS}" fdm-downloads; \\
    fi

# The seed's collection (its two \`find -exec rsync -aR\` lines as one find and one rsync of the list: the same
# files at the same relative paths, without an rsync per file), then every other file CMake downloaded into the build dir: each ExternalProject
# and FetchContent download script names its file (the line 'if("<file>" STREQUAL "")'; the same test
# on the URL is skipped, as is anything that is not an absolute path), and the
# configure trace names each file(DOWNLOAD) target (a file the seed's lines copied is not copied again).
# Downloads outside the build dir cannot be restored into /falco/build, so they are reported, not mirrored.
# A configure-time download into an ExternalProject's unpacked source (<dir> beside <dir>-stamp; 0.36.0-0.36.2's
# uthash.h in the libs source) would be deleted by the rebuild's unpack step, after which configure fetches it
# again: that source is kept as it is, with its stamps and their times, in <dir>-kept.tar.gz (paths relative
# to the build dir, as in grpc.tar.gz), so the rebuild finds the step done and unpacks nothing.
# The SBOM's facts go to ${FACTS_DIR_IN_IMAGE}, outside the tree: the download and git-clone scripts CMake
# wrote (each names its URL, its file and the hash CMake checked), the configure trace's file(DOWNLOAD)
# calls, Falco's own commit, and each ExternalProject git clone's URL, commit, tag and submodules, read from
# the clone itself.
RUN mkdir ${DEPS_DIR_IN_IMAGE} && \\
    rm -rf _CPack_Packages && \\
    rm -f falco*.deb falco*.tar.gz falco*.rpm && \\
    find . -type f \\( -name "*.tar.gz" -o -name "*.tar.bz2" \\) -print0 > /tmp/fdm/seed-files && \\
    rsync -a --from0 --files-from=/tmp/fdm/seed-files ./ ${DEPS_DIR_IN_IMAGE} && \\
    { find . -type f -path '*-stamp/download-*.cmake' -exec sed -n 's/^if("\\(.*\\)" STREQUAL "")$/\\1/p' {} + ; \\
      sed -n 's/^{"args":\\["DOWNLOAD","[^"]*","\\([^"]*\\)".*/\\1/p' /tmp/fdm/configure-downloads.json; } | sort -u > /tmp/fdm/downloads && \\
    while IFS= read -r f; do \\
      case "$f" in \\
        /falco/build/*) r=\${f#/falco/build/}; if [ -f "$f" ]; then \\
          if [ ! -e "${DEPS_DIR_IN_IMAGE}/$r" ]; then rsync -aR "./$r" ${DEPS_DIR_IN_IMAGE}; fi && echo "downloaded: $r"; fi ;; \\
        /*) echo "downloaded outside /falco/build, not mirrored: $f" ;; \\
      esac; \\
    done < /tmp/fdm/downloads && \\
    sed -n 's/^{"args":\\["DOWNLOAD","[^"]*","\\(\\/falco\\/build\\/[^"]*\\)".*/\\1/p' /tmp/fdm/configure-downloads.json | \\
      while IFS= read -r f; do \\
        d=\${f%/*}; \\
        while [ "$d" != /falco/build ] && [ -n "$d" ]; do \\
          if [ -d "$d-stamp" ]; then echo "$d"; break; fi; \\
          d=\${d%/*}; \\
        done; \\
      done | sort -u > /tmp/fdm/kept && \\
    while IFS= read -r d; do \\
      r=\${d#/falco/build/}; \\
      mkdir -p "${DEPS_DIR_IN_IMAGE}/\${r%/*}" && \\
      tar -czf "${DEPS_DIR_IN_IMAGE}/$r-kept.tar.gz" "$r" "$r-stamp" && \\
      echo "kept: $r and $r-stamp, as unpacked, in $r-kept.tar.gz (a configure-time download lands in it)"; \\
    done < /tmp/fdm/kept && \\
    mkdir -p ${FACTS_DIR_IN_IMAGE}/cmake && echo /falco/build > ${FACTS_DIR_IN_IMAGE}/build-dir && \\
    { git -C /falco rev-parse HEAD > ${FACTS_DIR_IN_IMAGE}/source-commit || :; } && \\
    find . -type f \\( -path '*-stamp/download-*.cmake' -o -name '*-gitinfo.txt' -o -name '*-gitclone.cmake' \\) -print0 | \\
      rsync -a --from0 --files-from=- ./ ${FACTS_DIR_IN_IMAGE}/cmake/ && \\
    cp /tmp/fdm/configure-downloads.json ${FACTS_DIR_IN_IMAGE}/ && : > ${FACTS_DIR_IN_IMAGE}/git.txt && \\
    find . -type f -path '*-stamp/*-gitinfo.txt' | while IFS= read -r f; do \\
      d=$(sed -n 's/^source_dir=//p' "$f"); \\
      if [ -z "$d" ]; then d=\${f%/*}; d=/falco/build/\${d#./}; d=\${d%-stamp}; fi; \\
      echo "$d"; \\
    done | sort -u | while IFS= read -r d; do \\
      if [ "$(git -C "$d" rev-parse --show-toplevel 2>/dev/null)" = "$d" ]; then \\
        { echo "repository $d"; echo "url $(git -C "$d" config --get remote.origin.url)"; \\
          echo "commit $(git -C "$d" rev-parse HEAD)"; echo "tag $(git -C "$d" describe --tags --exact-match 2>/dev/null)"; \\
          git -C "$d" submodule foreach --quiet --recursive 'echo "submodule $(git rev-parse HEAD) $displaypath $(git config --get remote.origin.url)"'; \\
          echo; } >> ${FACTS_DIR_IN_IMAGE}/git.txt; \\
      fi; \\
    done && \\
    if [ -d grpc-prefix/src/grpc ]; then \\
      (cd grpc-prefix/src/grpc && make clean) && \\
      tar -czf ${DEPS_DIR_IN_IMAGE}/grpc.tar.gz grpc-prefix/src; \\
    else \\
      echo "no grpc-prefix/src/grpc in this Falco version: no grpc.tar.gz"; \\
    fi
`;
function planRecipe(config, readFile2 = (f2) => fs2.readFileSync(f2, "utf8"), target = { platform: void 0, base: config.baseImage }) {
  return {
    dockerfile: config.dockerfile === void 0 ? BUILTIN_DOCKERFILE : readFile2(config.dockerfile),
    custom: config.dockerfile !== void 0,
    buildArgs: [
      ["BASE_ALT_DEV", target.base],
      ["FALCO_VERSION", config.falcoVersion],
      ["SOURCE_REPO", config.sourceRepo],
      ["JOBS", String(config.jobs)],
      ["CMAKE_EXTRA_ARGS", config.cmakeArgs.join("\n")],
      ["FDM_BUILD", config.build],
      ...target.platform ? [["FDM_PLATFORM", target.platform]] : []
    ]
  };
}
function imageTag(falcoVersion, runId) {
  return `falco-deps-mirror:${falcoVersion.replace(/[^\w.-]/g, "_")}-${runId}`.slice(0, 128 + "falco-deps-mirror:".length);
}
function falcoRepoUrl(sourceRepo) {
  return `${sourceRepo.replace(/\/+$/, "")}/falcosecurity/falco.git`;
}

// src/planning/settings.ts
var GIT_STALL_ENV = "FALCO_DEPS_MIRROR_GIT_STALL_SECONDS";
function gitStallSeconds(env) {
  const seconds = Number(env[GIT_STALL_ENV]);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}

// src/reporting/dry-run.ts
function reportDryRun(reporter, config, real, dockerfile) {
  reporter.info(`Dry run: nothing is built, uploaded or pushed.`);
  const action = wouldDo(real);
  if (action) reporter.info(`A real run would ${action} (if-exists: ${config.ifExists}).`);
  reporter.info(`The recipe:
${dockerfile}`);
}
function wouldDo(real) {
  if (real.kind === "skip") return "skip the build";
  const on = real.platforms.length ? ` for ${real.platforms.join(", ")}` : "";
  switch (real.publish.kind) {
    case "create":
      return `build${on} and create the branch`;
    case "patch":
      return real.publish.keep.length ? `build${on} and update the branch, keeping its ${real.publish.keep.join(", ")} files` : `rebuild${on} and replace it`;
    case "none":
      return void 0;
  }
}

// src/reporting/outputs.ts
var REPORTED_STATUS = /* @__PURE__ */ new Set(["skipped", "unchanged", "created", "updated"]);
function outputsOf(o) {
  const out = {};
  const set = (name, value) => {
    if (value !== void 0) out[name] = String(value);
  };
  if (o.inputs) {
    set("skipped", String(o.decision !== void 0 && isSkipped(o.decision)));
    set("mirror-status", o.mirror && REPORTED_STATUS.has(o.mirror.status) ? o.mirror.status : "none");
    set("verified", o.verification ? String(o.verification.ok) : "skipped");
  }
  if (o.decision?.kind === "plan-range") set("versions", JSON.stringify(o.decision.versions));
  set("falco-version", o.version);
  set("mirror-commit", o.mirror?.commit);
  if (o.tree) {
    set("deps-path", o.tree.dir);
    set("file-count", o.tree.manifest.fileCount);
    set("total-bytes", o.tree.manifest.totalBytes);
    set("manifest", o.tree.manifestPath);
    set("sbom", o.tree.sbomPath);
  }
  if (o.artifact?.uploaded) {
    set("artifact-id", o.artifact.id);
    set("artifact-url", o.artifact.url);
  }
  const platforms = o.mirror?.platforms ?? (o.inputs?.mirror ? void 0 : o.tree?.platforms);
  set("platforms", platforms?.join(","));
  set("error-reason", o.error?.reason);
  return out;
}

// src/effects/cleanup.ts
import * as fs3 from "node:fs/promises";
var LEFTOVERS_STATE = "leftovers";
function emptyLeftovers() {
  return { containers: [], images: [], layers: [], dirs: [] };
}
function parseLeftovers(text) {
  if (text === "") return emptyLeftovers();
  try {
    const v2 = JSON.parse(text);
    const strings = (a) => Array.isArray(a) ? a.filter((x) => typeof x === "string") : [];
    return { containers: strings(v2.containers), images: strings(v2.images), layers: strings(v2.layers), dirs: strings(v2.dirs) };
  } catch {
    return emptyLeftovers();
  }
}
var Cleanup = class {
  constructor(reporter, engine) {
    this.reporter = reporter;
    this.engine = engine;
  }
  reporter;
  engine;
  left = emptyLeftovers();
  recorded = false;
  container(name) {
    this.left.containers.push(name);
    this.save();
  }
  image(tag) {
    this.left.images.push(tag);
    this.save();
  }
  layer(id) {
    this.left.layers.push(id);
    this.save();
  }
  /** The build finished: its step images are now parents of the image and go (or stay) with it. */
  buildDone() {
    this.left.layers = [];
    this.save();
  }
  dir(dir) {
    this.left.dirs.push(dir);
    this.save();
  }
  /** Removes everything recorded; keeps the image when asked. Never throws: it reports instead. */
  async run(keepImages) {
    if (!this.recorded) return;
    await removeLeftovers(this.left, this.engine, this.reporter, keepImages);
    this.save();
  }
  save() {
    this.recorded = true;
    this.reporter.saveState(LEFTOVERS_STATE, JSON.stringify(this.left));
  }
};
async function removeLeftovers(left, engine, reporter, keepImages) {
  const attempt = async (what, fn) => {
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
  left.layers = (await keep([...left.layers].reverse(), (l) => attempt(`build layer ${l}`, () => engine().removeLayer(l)))).reverse();
  left.dirs = await keep(left.dirs, (d) => attempt(`directory ${d}`, () => fs3.rm(d, { recursive: true, force: true })));
}
async function keep(items, remove) {
  const failed = [];
  for (const item of items) if (!await remove(item)) failed.push(item);
  return failed;
}

// src/effects/engine.ts
import * as fs4 from "node:fs/promises";
import * as path3 from "node:path";

// src/effects/exec.ts
import { spawn } from "node:child_process";
import { PassThrough, pipeline } from "node:stream";
import { StringDecoder } from "node:string_decoder";
var SpawnError = class extends Error {
  constructor(command, code2, cause) {
    super(`could not start ${command}: ${code2 ?? String(cause)}`, { cause });
    this.command = command;
    this.code = code2;
    this.name = "SpawnError";
  }
  command;
  code;
};
function notInstalled(err, installHint) {
  if (err instanceof SpawnError && err.code === "ENOENT") {
    const detail = t(`The ${err.command} command was not found on PATH.`, `\u041A\u043E\u043C\u0430\u043D\u0434\u0430 \`${err.command}\` \u043D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D\u0430 \u0432 PATH.`);
    return new MirrorError("ServiceUnavailable", detail, { hint: installHint, cause: err });
  }
  return err;
}
var KILL_GRACE_MS = 5e3;
var INHERITED = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TZ",
  "LANG",
  "LANGUAGE",
  "TMPDIR",
  "TMP",
  "TEMP",
  // git's global config may live here ($XDG_CONFIG_HOME/git/config); a rootless engine's socket here.
  "XDG_CONFIG_HOME",
  "XDG_RUNTIME_DIR",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_NOSYSTEM",
  "GIT_SSL_CAINFO",
  "GIT_SSL_CAPATH",
  "GIT_PROXY_SSL_CAINFO",
  // The runner's own choice, as http.sslVerify in its git config would be, which git reads anyway.
  "GIT_SSL_NO_VERIFY",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  // Matched in upper case, so http_proxy and HTTP_PROXY both pass.
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY"
]);
var INHERITED_PREFIXES = ["LC_", "DOCKER_", "BUILDX_", "BUILDKIT_"];
var NEVER_INHERITED = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|KEY|AUTH/;
function inherited(name) {
  const upper = name.toUpperCase();
  if (NEVER_INHERITED.test(upper)) return false;
  return INHERITED.has(upper) || INHERITED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
function childEnvironment(added = {}) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== void 0 && inherited(name)) env[name] = value;
  }
  return { ...env, ...added };
}
function run(command, args, options = {}) {
  return start(command, args, options, false).done;
}
function runStreaming(command, args, options = {}) {
  const { child, done } = start(command, args, options, true);
  if (child.stdout === null) throw new SpawnError(command, void 0, "no stdout");
  const stdout = new PassThrough();
  pipeline(child.stdout, stdout, () => void 0);
  return { stdout, done };
}
function start(command, args, options, streamStdout) {
  const keep2 = options.keepBytes ?? 256 * 1024;
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: childEnvironment(options.env),
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    windowsHide: true,
    // Its own process group, so that stop() reaches the helpers it starts (see guardChild).
    detached: process.platform !== "win32"
  });
  const onLine = options.onLine;
  const output = (name) => new Output(keep2, onLine && ((line) => onLine(line, name)));
  const outputs = { stdout: output("stdout"), stderr: output("stderr") };
  if (!streamStdout) child.stdout?.on("data", (chunk) => outputs.stdout.push(chunk));
  child.stderr?.on("data", (chunk) => outputs.stderr.push(chunk));
  if (options.input !== void 0) child.stdin?.end(options.input);
  const guard = guardChild(child, options);
  const done = new Promise((resolve4, reject) => {
    child.once("error", (err) => {
      guard.release();
      reject(new SpawnError(command, err.code, err));
    });
    child.once("close", (code2, signal) => {
      guard.release();
      outputs.stdout.end();
      outputs.stderr.end();
      resolve4({
        code: code2 ?? 128,
        stdout: outputs.stdout.tail.text(),
        stderr: outputs.stderr.tail.text(),
        signal,
        timedOut: guard.timedOut,
        aborted: guard.aborted
      });
    });
  });
  return { child, done };
}
function guardChild(child, options) {
  const state = { timedOut: false, aborted: false };
  let killTimer;
  let stopping = false;
  const signalGroup = (sig) => {
    try {
      if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
    }
  };
  const stop = () => {
    if (stopping) return;
    stopping = true;
    signalGroup("SIGTERM");
    killTimer = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
    killTimer.unref();
  };
  const onAbort = () => {
    state.aborted = true;
    stop();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    state.timedOut = true;
    stop();
  }, options.timeoutMs);
  return {
    get timedOut() {
      return state.timedOut;
    },
    get aborted() {
      return state.aborted;
    },
    release() {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
    }
  };
}
var Output = class {
  constructor(keepBytes, emit) {
    this.emit = emit;
    this.tail = new Tail(keepBytes);
  }
  emit;
  tail;
  decoder = new StringDecoder("utf8");
  partial = "";
  push(chunk) {
    this.tail.push(chunk);
    if (this.emit) this.lines(this.decoder.write(chunk));
  }
  /** At close: the bytes of an unfinished character (as U+FFFD) and a last line without a newline. */
  end() {
    if (!this.emit) return;
    this.lines(this.decoder.end());
    const last = this.partial.replace(/\r$/, "");
    if (last !== "") this.emit(last);
  }
  lines(text) {
    const lines = (this.partial + text).split(/\r?\n|\r(?!$)/);
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.emit?.(line);
  }
};
var Tail = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  size = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.chunks.length > 1 && this.size - (this.chunks[0]?.length ?? 0) >= this.limit) {
      this.size -= this.chunks.shift()?.length ?? 0;
    }
  }
  /** Decoded only here, from whole bytes; a character cut by the trim is left out, not garbled. */
  text() {
    const all = Buffer.concat(this.chunks);
    if (all.length <= this.limit) return all.toString("utf8");
    let start2 = all.length - this.limit;
    for (let n = 0; n < 3 && start2 < all.length && ((all[start2] ?? 0) & 192) === 128; n++) start2++;
    return all.subarray(start2).toString("utf8");
  }
};

// src/effects/engine.ts
var DOCKER_INSTALL = t(
  "Install Docker (on Debian or Ubuntu: `sudo apt-get install docker.io`) and start its engine, then run again.",
  "\u0423\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 Docker (\u0432 Debian \u0438\u043B\u0438 Ubuntu: `sudo apt-get install docker.io`) \u0438 \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0435\u0433\u043E \u0434\u0432\u0438\u0436\u043E\u043A, \u0437\u0430\u0442\u0435\u043C \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430."
);
var LABEL = "io.github.falco-deps-mirror.run";
var DOCKER = "docker";
function createDockerEngine(signal) {
  return new DockerEngine(signal);
}
var DockerEngine = class {
  constructor(signal) {
    this.signal = signal;
  }
  signal;
  /** One docker command; cleanup commands are not abortable, so they run after a cancellation too. */
  async docker(args, onLine, abortable = true) {
    try {
      return await run(DOCKER, args, {
        ...abortable && this.signal ? { signal: this.signal } : {},
        ...onLine ? { onLine: (line) => onLine(line) } : {},
        // buildx prints a TTY progress display otherwise; the legacy builder ignores this.
        env: { BUILDKIT_PROGRESS: "plain" }
      });
    } catch (err) {
      throw notInstalled(err, DOCKER_INSTALL);
    }
  }
  async check() {
    const result = await this.docker(["version", "--format", "{{.Server.Version}}"]);
    if (result.code !== 0) {
      const why = lastLines(result.stderr, 2).replace(/\s+/g, " ").trim();
      const said = why ? ` (${why})` : "";
      throw new MirrorError("ServiceUnavailable", t(`The Docker engine is not reachable${said}.`, `\u0414\u0432\u0438\u0436\u043E\u043A Docker \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D${said}.`), {
        hint: t(
          "Start it (for example `sudo systemctl start docker`, or `sudo dockerd &`), or set DOCKER_HOST to a running engine, then run again.",
          "\u0417\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0435\u0433\u043E (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, `sudo systemctl start docker` \u0438\u043B\u0438 `sudo dockerd &`) \u0438\u043B\u0438 \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u0432 DOCKER_HOST \u0430\u0434\u0440\u0435\u0441 \u0440\u0430\u0431\u043E\u0442\u0430\u044E\u0449\u0435\u0433\u043E \u0434\u0432\u0438\u0436\u043A\u0430, \u0437\u0430\u0442\u0435\u043C \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430."
        )
      });
    }
    return result.stdout.trim();
  }
  async build(request) {
    const dockerfile = path3.join(request.contextDir, "Dockerfile");
    await fs4.writeFile(dockerfile, request.recipe.dockerfile, { mode: 420 });
    const args = ["build", "--file", dockerfile, "--tag", request.tag, "--label", `${LABEL}=${request.runId}`, "--force-rm"];
    for (const [name, value] of request.recipe.buildArgs) args.push("--build-arg", `${name}=${value}`);
    if (request.platform !== void 0) args.push("--platform", request.platform);
    if (request.network !== void 0) args.push("--network", request.network);
    args.push(request.contextDir);
    const layers = new LayerTracker();
    const result = await this.docker(args, (line) => {
      request.onLine(line);
      const id = layers.feed(line);
      if (id !== void 0) request.onLayer?.(id);
    });
    if (result.aborted) throw new MirrorError("Timeout", t("The build was cancelled.", "\u0421\u0431\u043E\u0440\u043A\u0430 \u043E\u0442\u043C\u0435\u043D\u0435\u043D\u0430."));
    if (result.code !== 0) throw buildFailure(result);
  }
  async imagePlatform(image) {
    const result = await this.docker(["image", "inspect", "--format", "{{.Os}} {{.Architecture}} {{.Variant}}", image]);
    if (result.code !== 0) return void 0;
    const [os4 = "", architecture = "", variant] = result.stdout.trim().split(/\s+/);
    return { os: os4, architecture, variant: variant || void 0 };
  }
  async registryImages(image) {
    const args = ["manifest", "inspect", "--verbose", ...isLoopbackRegistry(image) ? ["--insecure"] : [], image];
    const result = await this.docker(args);
    if (result.code !== 0) return { error: lastLines(result.stderr, 2).replace(/\s+/g, " ").trim() || `exit code ${result.code}` };
    return { images: parseManifestInspect(result.stdout) };
  }
  async create(image, name) {
    const result = await this.docker(["create", "--pull", "never", "--name", name, "--label", `${LABEL}=${name}`, image, "true"]);
    if (result.code !== 0) {
      throw dockerFailed(`docker create`, image, lastLines(result.stderr, 3));
    }
    return result.stdout.trim();
  }
  copyOut(container, pathInContainer) {
    const child = runStreaming(DOCKER, ["cp", `${container}:${pathInContainer}`, "-"], this.signal ? { signal: this.signal } : {});
    const done = child.done.then(
      (result) => {
        if (result.code === 0) return;
        if (/could not find the file|no such file|not found/i.test(result.stderr)) {
          const left = t(`The build left no ${pathInContainer} in the image.`, `\u0421\u0431\u043E\u0440\u043A\u0430 \u043D\u0435 \u043E\u0441\u0442\u0430\u0432\u0438\u043B\u0430 ${pathInContainer} \u0432 \u043E\u0431\u0440\u0430\u0437\u0435.`);
          throw new MirrorError("NotFound", left, {
            hint: t(
              `A custom dockerfile must leave the deps tree in ${pathInContainer}.`,
              `\u0421\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439 dockerfile \u0434\u043E\u043B\u0436\u0435\u043D \u043E\u0441\u0442\u0430\u0432\u043B\u044F\u0442\u044C \u0434\u0435\u0440\u0435\u0432\u043E \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u0432 ${pathInContainer}.`
            )
          });
        }
        throw dockerFailed("docker cp", void 0, lastLines(result.stderr, 3));
      },
      (err) => {
        throw notInstalled(err, DOCKER_INSTALL);
      }
    );
    return { stream: child.stdout, done };
  }
  async removeContainer(nameOrId) {
    const result = await this.docker(["rm", "--force", "--volumes", nameOrId], void 0, false);
    if (result.code !== 0 && !/no such container/i.test(result.stderr)) {
      throw dockerFailed(`docker rm ${nameOrId}`, void 0, lastLines(result.stderr, 2));
    }
  }
  async removeImage(tag) {
    const result = await this.docker(["image", "rm", tag], void 0, false);
    if (result.code !== 0 && !/no such image/i.test(result.stderr)) {
      throw dockerFailed(`docker image rm ${tag}`, void 0, lastLines(result.stderr, 2));
    }
  }
  async createOffline(image, name, script, env) {
    const envArgs = Object.entries(env).flatMap(([k2, v2]) => ["--env", `${k2}=${v2}`]);
    const result = await this.docker([
      "create",
      "--pull",
      "never",
      "--network",
      "none",
      "--name",
      name,
      "--label",
      `${LABEL}=${name}`,
      ...envArgs,
      "--entrypoint",
      "/bin/sh",
      image,
      "-c",
      script
    ]);
    if (result.code !== 0) throw dockerFailed("docker create", image, lastLines(result.stderr, 3));
  }
  async copyIn(container, sourceDir, dest) {
    const result = await this.docker(["cp", `${sourceDir.replace(/\/+$/, "")}/.`, `${container}:${dest}`]);
    if (result.code !== 0) {
      const said = lastLines(result.stderr, 3);
      throw new MirrorError(
        "InternalError",
        t(`docker cp into ${container} failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`docker cp\` \u0432 ${container}: ${said}`)
      );
    }
  }
  async runToEnd(container, onLine) {
    const result = await this.docker(["start", "--attach", container], onLine);
    if (result.aborted) throw new MirrorError("Timeout", t("The verification was cancelled.", "\u041F\u0440\u043E\u0432\u0435\u0440\u043A\u0430 \u043E\u0442\u043C\u0435\u043D\u0435\u043D\u0430."));
    const log = `${result.stdout}
${result.stderr}`;
    return { code: result.code, tail: lastLines(log, 15), log };
  }
  async removeLayer(id) {
    const inspect = await this.docker(["image", "inspect", "--format", "{{len .RepoTags}}", id], void 0, false);
    if (inspect.code !== 0 || inspect.stdout.trim() !== "0") return;
    const result = await this.docker(["image", "rm", "--no-prune", id], void 0, false);
    if (result.code !== 0 && !/no such image|has dependent child images|is being used/i.test(result.stderr)) {
      throw dockerFailed(`docker image rm ${id}`, void 0, lastLines(result.stderr, 2));
    }
  }
};
function parseManifestInspect(json) {
  const value = JSON.parse(json);
  const entries = Array.isArray(value) ? value : [value];
  const images = [];
  for (const e of entries) {
    if (typeof e !== "object" || e === null) continue;
    const d = e.Descriptor;
    const p2 = d?.platform;
    if (typeof d?.digest !== "string" || typeof p2?.os !== "string" || typeof p2.architecture !== "string") continue;
    if (p2.os === "unknown" || p2.architecture === "unknown") continue;
    images.push({
      digest: d.digest,
      platform: { os: p2.os, architecture: p2.architecture, variant: typeof p2.variant === "string" ? p2.variant : void 0 }
    });
  }
  return images;
}
var LayerTracker = class {
  ran = false;
  feed(line) {
    if (/^Step \d+\/\d+ : /.test(line)) {
      this.ran = false;
      return void 0;
    }
    if (/^ ---> Running in [0-9a-f]+/.test(line)) {
      this.ran = true;
      return void 0;
    }
    const done = /^ ---> ([0-9a-f]{12,64})\s*$/.exec(line);
    if (done?.[1] && this.ran) {
      this.ran = false;
      return done[1];
    }
    return void 0;
  }
};
function buildFailure(result) {
  const log = `${result.stdout}
${result.stderr}`;
  const lines = log.split(/\r?\n/);
  let step;
  for (const line of lines) {
    const legacy = /^Step \d+\/\d+ : (.*)$/.exec(line);
    const kit = /^#\d+ \[[^\]]+\] (.*)$/.exec(line);
    if (legacy?.[1]) step = legacy[1];
    else if (kit?.[1]) step = kit[1];
  }
  const tail = lastLines(
    lines.filter((l) => !/^DEPRECATED:|^\s+(Install the buildx|https:\/\/docs\.docker\.com\/go\/buildx)/.test(l)).join("\n"),
    15
  );
  const missingTag = /Remote branch (\S+) not found in upstream/i.exec(log);
  if (missingTag) {
    const detail = t(
      `The source repo has no tag ${missingTag[1]}: git clone of falcosecurity/falco.git failed.`,
      `\u0412 \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0438 \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u043E\u0432 \u043D\u0435\u0442 \u0442\u0435\u0433\u0430 ${missingTag[1]}: \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`git clone\` falcosecurity/falco.git.`
    );
    return new MirrorError("NotFound", detail, {
      hint: t("Check falco-version and source-repo.", "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 falco-version \u0438 source-repo.")
    });
  }
  const oldCmake = /fdm: build: downloads needs CMake 3\.19 or newer; the base image has CMake (\d[\w.+-]*|\(no cmake --version\))/.exec(
    log
  );
  if (oldCmake) {
    const detail = t(
      `build: downloads needs CMake 3.19 or newer, and the base image has CMake ${oldCmake[1]}.`,
      `\u0414\u043B\u044F build: downloads \u043D\u0443\u0436\u0435\u043D CMake 3.19 \u0438\u043B\u0438 \u043D\u043E\u0432\u0435\u0435, \u0430 \u0432 \u0431\u0430\u0437\u043E\u0432\u043E\u043C \u043E\u0431\u0440\u0430\u0437\u0435 CMake ${oldCmake[1]}.`
    );
    return new MirrorError("Invalid", detail, {
      hint: t(
        "Use a base image with CMake 3.19 or newer, or build: full.",
        "\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u0431\u0430\u0437\u043E\u0432\u044B\u0439 \u043E\u0431\u0440\u0430\u0437 \u0441 CMake 3.19 \u0438\u043B\u0438 \u043D\u043E\u0432\u0435\u0435 \u043B\u0438\u0431\u043E build: full."
      )
    });
  }
  const shown = step && `"${step.length > 200 ? `${step.slice(0, 200)}\u2026` : step}"`;
  return new MirrorError(
    "InternalError",
    t(
      `The docker build failed${shown ? ` at step ${shown}` : ""} (exit code ${result.code}). Last lines of its log:
${tail}`,
      `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`docker build\`${shown ? ` \u043D\u0430 \u0448\u0430\u0433\u0435 ${shown}` : ""} (\u043A\u043E\u0434 \u0432\u044B\u0445\u043E\u0434\u0430 ${result.code}). \u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435 \u0441\u0442\u0440\u043E\u043A\u0438 \u0435\u0433\u043E \u0436\u0443\u0440\u043D\u0430\u043B\u0430:
${tail}`
    )
  );
}
function dockerFailed(command, of, said) {
  return new MirrorError(
    "InternalError",
    t(`${command}${of ? ` of ${of}` : ""} failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`${command}\`${of ? ` \u0434\u043B\u044F ${of}` : ""}: ${said}`)
  );
}

// src/post.ts
async function runPost(reporter, getState2, keepImage, engine = createDockerEngine) {
  const left = parseLeftovers(getState2(LEFTOVERS_STATE));
  const count = left.containers.length + (keepImage ? 0 : left.images.length) + left.layers.length + left.dirs.length;
  if (count === 0) {
    reporter.info("Nothing left to clean up.");
    return;
  }
  reporter.info(`Removing ${count} leftover(s) of the main step.`);
  let made;
  await removeLeftovers(left, () => made ??= engine(), reporter, keepImage);
}

// src/reporting/format.ts
function formatDuration(seconds) {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m2 = Math.floor(seconds / 60);
  const s3 = Math.round(seconds % 60);
  return m2 < 60 ? `${m2}m ${s3}s` : `${Math.floor(m2 / 60)}h ${m2 % 60}m`;
}
function formatBytes(bytes) {
  const units = ["B", "KB", "MB", "GB"];
  let v2 = bytes;
  let i = 0;
  while (v2 >= 1e3 && i < units.length - 1) {
    v2 /= 1e3;
    i++;
  }
  return `${v2.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

// src/planning/sbom.ts
var Enums = __toESM(require_enums(), 1);
var Models = __toESM(require_models(), 1);
var Serialize = __toESM(require_index_node(), 1);
var Spec = __toESM(require_spec(), 1);
import { createHash } from "node:crypto";
import * as path4 from "node:path";

// src/planning/dep-identity.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var EXTENSIONS = [
  ".tar.gz",
  ".tar.bz2",
  ".tar.xz",
  ".tar.zst",
  ".tar.lz",
  ".tar",
  ".tgz",
  ".tbz2",
  ".tbz",
  ".txz",
  ".zip",
  ".7z",
  ".gz",
  ".bz2",
  ".xz",
  ".zst",
  ".hpp",
  ".h",
  ".cpp",
  ".cc",
  ".c",
  ".json",
  ".yaml",
  ".yml",
  ".txt",
  ".cmake",
  ".sh"
];
var UNDERSCORED = /^[A-Za-z][A-Za-z-]*[-_](\d+(?:_\d+)+)([a-z]?)$/;
var DOTTED = /(?:^|[-_])[vV]?(\d+(?:\.\d+)+)(?!\.?\d)([a-z](?![A-Za-z0-9]))?(-(?:rc|alpha|beta)\.?\d*(?![A-Za-z0-9]))?(\+[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?/;
var DATE = /(?:^|[-_])[vV]?(\d{4}-\d{2}-\d{2})(?!\d)/;
function versionOf(fileOrUrl) {
  const name = stripExtension(lastSegment(fileOrUrl));
  if (name === "") return void 0;
  const underscored = UNDERSCORED.exec(name);
  if (underscored?.[1]) return underscored[1].replace(/_/g, ".") + (underscored[2] ?? "");
  const dotted = DOTTED.exec(name);
  if (dotted?.[1]) return dotted.slice(1).join("");
  return DATE.exec(name)?.[1];
}
function lastSegment(fileOrUrl) {
  const noQuery = (fileOrUrl.split(/[?#]/)[0] ?? "").replace(/\/+$/, "");
  return safeDecode(noQuery.slice(noQuery.lastIndexOf("/") + 1)).trim();
}
function stripExtension(name) {
  const lower = name.toLowerCase();
  const ext = EXTENSIONS.find((e) => lower.endsWith(e) && lower.length > e.length);
  return ext ? name.slice(0, -ext.length) : name;
}
function safeDecode(s3) {
  try {
    return decodeURIComponent(s3);
  } catch {
    return s3;
  }
}
function downloadPurl(name, version, url) {
  const github = url === void 0 ? void 0 : githubDownload(url);
  if (github) return githubPurl(github) ?? genericPurl(name, version, { download_url: url ?? "" });
  return genericPurl(name, version, url ? { download_url: url } : void 0);
}
function gitPurl(name, version, url, commit, tag) {
  const repo = githubRepo(url);
  const ref = tag || commit;
  if (repo && ref) return githubPurl({ ...repo, ref }) ?? genericGit(name, version, url, commit);
  return genericGit(name, version, url, commit);
}
function genericGit(name, version, url, commit) {
  const vcs = url.startsWith("git+") ? url : `git+${url}`;
  return genericPurl(name, version, { vcs_url: commit ? `${vcs}@${commit}` : vcs });
}
function githubPurl({ owner, repo, ref }) {
  try {
    return new import_packageurl_js.PackageURL("github", owner, repo, ref, void 0, void 0).toString();
  } catch {
    return void 0;
  }
}
function genericPurl(name, version, qualifiers) {
  const safeName = name.trim() || "unknown";
  try {
    return new import_packageurl_js.PackageURL("generic", void 0, safeName, version || void 0, qualifiers, void 0).toString();
  } catch {
    return new import_packageurl_js.PackageURL("generic", void 0, safeName, void 0, void 0, void 0).toString();
  }
}
function parseUrl(url) {
  try {
    return new URL(url);
  } catch {
    return void 0;
  }
}
function pathSegments(u2) {
  return u2.pathname.split("/").filter((s3) => s3 !== "").map(safeDecode);
}
function plainRef(ref) {
  return ref.replace(/^refs\/(?:tags|heads)\//, "");
}
function githubDownload(url) {
  const u2 = parseUrl(url);
  if (!u2 || u2.protocol !== "https:" && u2.protocol !== "http:") return void 0;
  const host = u2.hostname.toLowerCase();
  const segments = pathSegments(u2);
  let ref = "";
  if (host === "github.com" || host === "www.github.com") {
    const [, , kind, ...rest] = segments;
    if (kind === "archive") ref = plainRef(rest.join("/")).replace(/\.(?:tar\.gz|zip)$/i, "");
    else if (kind === "releases" && rest[0] === "download" && rest.length >= 3) ref = rest.slice(1, -1).join("/");
  } else if (host === "codeload.github.com") {
    const [, , kind, ...rest] = segments;
    if (kind && /^(?:legacy\.)?(?:tar\.gz|zip)$/.test(kind)) ref = plainRef(rest.join("/"));
  }
  const [owner, repo] = segments;
  return owner && repo && ref ? { owner, repo, ref } : void 0;
}
function githubRepo(url) {
  const scp = /^[\w.-]+@(?:www\.)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url);
  if (scp?.[1] && scp[2]) return { owner: scp[1], repo: scp[2] };
  const u2 = parseUrl(url.replace(/^git\+/, ""));
  if (!u2 || !["https:", "http:", "git:", "ssh:"].includes(u2.protocol)) return void 0;
  const host = u2.hostname.toLowerCase();
  if (host !== "github.com" && host !== "www.github.com") return void 0;
  const segments = pathSegments(u2);
  const [owner, rawRepo] = segments;
  const repo = rawRepo?.replace(/\.git$/i, "");
  return segments.length === 2 && owner && repo ? { owner, repo } : void 0;
}

// src/planning/sbom.ts
var SBOM_FILE = "falco-deps.cdx.json";
var PROPERTY_PREFIX = "falco-deps-mirror";
var P = {
  path: `${PROPERTY_PREFIX}:path`,
  platform: `${PROPERTY_PREFIX}:platform`,
  urlHash: `${PROPERTY_PREFIX}:url-hash`,
  fetchedBy: `${PROPERTY_PREFIX}:fetched-by`,
  commit: `${PROPERTY_PREFIX}:git-commit`,
  submodule: `${PROPERTY_PREFIX}:submodule`,
  unpackedFrom: `${PROPERTY_PREFIX}:unpacked-from`,
  inside: `${PROPERTY_PREFIX}:inside`,
  partial: `${PROPERTY_PREFIX}:partial`,
  builtWith: `${PROPERTY_PREFIX}:recipe`
};
function sbomPathFor(treeDir) {
  return `${treeDir.replace(/[\\/]+$/, "")}.cdx.json`;
}
function describeTree(req) {
  const files = [...req.files].sort((a, b2) => byCodeUnit(a.path, b2.path));
  const views = /* @__PURE__ */ new Map();
  const viewOf = (platforms) => {
    const key = [...platforms].sort().join(",");
    let view = views.get(key);
    if (!view) views.set(key, view = factsView(req.facts, platforms));
    return view;
  };
  const components2 = files.map((file) => componentOf(file, viewOf(file.platforms)));
  const commit = [...req.facts.values()].map((f2) => f2.sourceCommit).find((c) => c !== void 0);
  return {
    falcoVersion: req.falcoVersion,
    source: { url: req.sourceUrl, ...commit ? { commit } : {} },
    custom: req.custom,
    components: components2,
    digest: req.digest
  };
}
function factsView(all, platforms) {
  const facts = [...platforms].sort().map((p2) => all.get(p2)).filter((f2) => f2 !== void 0);
  const byPath = /* @__PURE__ */ new Map();
  for (const d of facts.flatMap((f2) => f2.downloads)) if (!byPath.has(d.path)) byPath.set(d.path, d);
  return { downloads: [...byPath.values()], byPath, git: facts.flatMap((f2) => f2.git) };
}
function componentOf(file, facts) {
  const base = { path: file.path, sha256: file.sha256, platforms: [...file.platforms].sort() };
  const { downloads } = facts;
  const download = facts.byPath.get(file.path);
  if (download) return { ...fromDownload(download), ...base };
  const git = gitArchiveOf(file.path, facts.git);
  if (git) return { ...fromGit(git), ...base };
  const kept = keptSourceOf(file.path, downloads);
  if (kept) {
    const inside = downloads.filter((d) => d.fetchedBy === "file(DOWNLOAD)" && d.path.startsWith(`${kept.dir}/`));
    const children = inside.map((d) => ({ ...fromDownload(d), inside: d.path, platforms: base.platforms }));
    return {
      ...fromDownload(kept.fact),
      name: `${kept.fact.name}-kept`,
      fetchedBy: "unpacked source kept with its stamps",
      children,
      ...base
    };
  }
  const fileName = path4.posix.basename(file.path);
  const name = archiveStem(fileName);
  const version = versionOf(fileName);
  const unpacked = unpackedFrom(file.path, downloads);
  return {
    name,
    ...version ? { version } : {},
    purl: downloadPurl(name, version, void 0),
    ...unpacked ? { fetchedBy: "unpacked", unpackedFrom: unpacked.path } : {},
    children: [],
    known: unpacked !== void 0,
    ...base
  };
}
function fromDownload(d) {
  const url = d.urls[0];
  const version = versionOf(path4.posix.basename(d.path)) ?? (url ? versionOf(url) : void 0);
  return {
    name: d.name,
    ...version ? { version } : {},
    purl: downloadPurl(d.name, version, url),
    ...url ? { url } : {},
    ...d.urlHash ? { urlHash: d.urlHash } : {},
    fetchedBy: d.fetchedBy,
    children: [],
    known: true
  };
}
function gitArchiveOf(file, clones) {
  if (file.includes("/") || !file.endsWith(".tar.gz")) return void 0;
  const stem = file.slice(0, -".tar.gz".length);
  return clones.find((g2) => g2.path.startsWith(`${stem}-prefix/src/`));
}
function fromGit(g2) {
  const version = g2.tag ? versionOf(g2.tag) : void 0;
  const children = g2.submodules.map((s3) => ({
    name: path4.posix.basename(s3.path),
    purl: gitPurl(path4.posix.basename(s3.path), void 0, s3.url, s3.commit),
    vcs: s3.url,
    commit: s3.commit,
    submodule: s3.path,
    fetchedBy: "git submodule",
    platforms: [],
    children: [],
    known: true
  }));
  return {
    name: g2.name,
    ...version ? { version } : {},
    purl: gitPurl(g2.name, version, g2.url, g2.commit, g2.tag),
    vcs: g2.url,
    commit: g2.commit,
    fetchedBy: "git",
    children,
    known: true
  };
}
function keptSourceOf(file, downloads) {
  if (!file.endsWith("-kept.tar.gz")) return void 0;
  const dir = file.slice(0, -"-kept.tar.gz".length);
  const fact = downloads.find((d) => d.stampDir === `${dir}-stamp`);
  return fact ? { dir, fact } : void 0;
}
function unpackedFrom(file, downloads) {
  return downloads.find((d) => d.stampDir?.endsWith("-stamp") && file.startsWith(`${d.stampDir.slice(0, -"-stamp".length)}/`));
}
function archiveStem(name) {
  return name.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/, "");
}
function mergeKept(ours, parent, paths, digest) {
  const mine = new Map(ours.components.flatMap((c) => c.path ? [[c.path, c]] : []));
  const theirs = new Map((parent?.components ?? []).flatMap((c) => c.path ? [[c.path, c]] : []));
  const components2 = [];
  for (const [rel, { platforms, fromParent }] of [...paths].sort(([a], [b2]) => byCodeUnit(a, b2))) {
    const found = fromParent ? theirs.get(rel) ?? mine.get(rel) : mine.get(rel) ?? theirs.get(rel);
    const sorted = [...platforms].sort();
    if (found) components2.push({ ...found, platforms: sorted });
    else {
      const name = archiveStem(path4.posix.basename(rel));
      components2.push({ name, path: rel, platforms: sorted, children: [], known: false });
    }
  }
  return { ...ours, components: components2, digest };
}
function digestOf(files) {
  const sorted = [...files].sort((a, b2) => byCodeUnit(a.path, b2.path));
  return createHash("sha256").update(sorted.map((f2) => `${f2.sha256}  ${f2.path}
`).join("")).digest("hex");
}
function isPartial(doc) {
  return doc.components.some((c) => !c.known);
}
function serialFrom(digest) {
  const hex = createHash("sha256").update(`falco-deps-mirror sbom ${digest}`).digest("hex").slice(0, 32).split("");
  hex[12] = "8";
  hex[16] = (parseInt(hex[16] ?? "0", 16) & 3 | 8).toString(16);
  const h = hex.join("");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function renderSbom(doc) {
  const bom = new Models.Bom({ serialNumber: serialFrom(doc.digest) });
  const falco = new Models.Component(Enums.ComponentType.Application, "falco", {
    bomRef: "falco",
    version: doc.falcoVersion,
    purl: doc.source.commit ? gitPurl("falco", doc.falcoVersion, doc.source.url, doc.source.commit, doc.falcoVersion) : downloadPurl("falco", doc.falcoVersion, void 0)
  });
  falco.externalReferences.add(new Models.ExternalReference(doc.source.url, Enums.ExternalReferenceType.VCS));
  if (doc.source.commit) falco.properties.add(new Models.Property(P.commit, doc.source.commit));
  bom.metadata.component = falco;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, "falco-deps-mirror", { bomRef: "falco-deps-mirror" })
  );
  bom.metadata.properties.add(new Models.Property(P.builtWith, doc.custom ? "custom Dockerfile" : "built-in"));
  if (isPartial(doc)) bom.metadata.properties.add(new Models.Property(P.partial, "true"));
  for (const dep of doc.components) {
    const c = modelOf(dep, dep.path ?? dep.name);
    bom.components.add(c);
    falco.dependencies.add(c.bomRef);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true }));
  json.compositions = [{ aggregate: isPartial(doc) ? "incomplete" : "complete", assemblies: ["falco"] }];
  return `${JSON.stringify(json, null, 2)}
`;
}
function modelOf(dep, ref) {
  const c = new Models.Component(Enums.ComponentType.Library, dep.name, {
    bomRef: ref,
    ...dep.version ? { version: dep.version } : {},
    ...dep.purl ? { purl: dep.purl } : {}
  });
  if (dep.sha256) c.hashes.set(Enums.HashAlgorithm["SHA-256"], dep.sha256);
  if (dep.url) c.externalReferences.add(new Models.ExternalReference(dep.url, Enums.ExternalReferenceType.Distribution));
  if (dep.vcs) c.externalReferences.add(new Models.ExternalReference(dep.vcs, Enums.ExternalReferenceType.VCS));
  const props = [
    [P.path, dep.path],
    [P.urlHash, dep.urlHash],
    [P.fetchedBy, dep.fetchedBy],
    [P.commit, dep.commit],
    [P.submodule, dep.submodule],
    [P.unpackedFrom, dep.unpackedFrom],
    [P.inside, dep.inside],
    ...dep.platforms.map((p2) => [P.platform, p2])
  ];
  for (const [name, value] of props) if (value !== void 0) c.properties.add(new Models.Property(name, value));
  for (const child of dep.children) {
    const m2 = modelOf(
      { ...child, platforms: child.platforms.length ? child.platforms : [] },
      `${ref}#${child.submodule ?? child.inside ?? child.name}`
    );
    c.components.add(m2);
    c.dependencies.add(m2.bomRef);
  }
  return c;
}
function readSbom(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(json) || json.bomFormat !== "CycloneDX" || !Array.isArray(json.components)) return void 0;
  const meta = isRecord(json.metadata) ? json.metadata : {};
  const falco = isRecord(meta.component) ? meta.component : {};
  const refs = Array.isArray(falco.externalReferences) ? falco.externalReferences.filter(isRecord) : [];
  const url = refs.find((r) => r.type === "vcs")?.url;
  const commit = propsOf(falco).get(P.commit)?.[0];
  return {
    falcoVersion: typeof falco.version === "string" ? falco.version : "",
    source: { url: typeof url === "string" ? url : "", ...commit ? { commit } : {} },
    custom: propsOf(meta).get(P.builtWith)?.[0] === "custom Dockerfile",
    components: json.components.filter(isRecord).map(readComponent),
    digest: ""
  };
}
function readComponent(c) {
  const props = propsOf(c);
  const one = (name) => props.get(name)?.[0];
  const refs = Array.isArray(c.externalReferences) ? c.externalReferences.filter(isRecord) : [];
  const ref = (type) => {
    const u2 = refs.find((r) => r.type === type)?.url;
    return typeof u2 === "string" ? u2 : void 0;
  };
  const hashes = Array.isArray(c.hashes) ? c.hashes.filter(isRecord) : [];
  const sha = hashes.find((h) => h.alg === "SHA-256")?.content;
  const fields = {
    version: typeof c.version === "string" ? c.version : void 0,
    path: one(P.path),
    sha256: typeof sha === "string" ? sha : void 0,
    purl: typeof c.purl === "string" ? c.purl : void 0,
    url: ref("distribution"),
    vcs: ref("vcs"),
    urlHash: one(P.urlHash),
    fetchedBy: one(P.fetchedBy),
    commit: one(P.commit),
    submodule: one(P.submodule),
    unpackedFrom: one(P.unpackedFrom),
    inside: one(P.inside)
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v2]) => v2 !== void 0));
  return {
    ...defined,
    name: typeof c.name === "string" ? c.name : "",
    platforms: props.get(P.platform) ?? [],
    children: Array.isArray(c.components) ? c.components.filter(isRecord).map(readComponent) : [],
    known: fields.fetchedBy !== void 0
  };
}
function propsOf(c) {
  const out = /* @__PURE__ */ new Map();
  const list = Array.isArray(c.properties) ? c.properties.filter(isRecord) : [];
  for (const p2 of list) {
    if (typeof p2.name !== "string" || typeof p2.value !== "string") continue;
    out.set(p2.name, [...out.get(p2.name) ?? [], p2.value]);
  }
  return out;
}
function isRecord(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}

// src/reporting/summary.ts
var TABLE_ROWS = 1e3;
var TABLE_BYTES = 4e5;
var MAX_TEXT = 2e4;
var MARKDOWN_MARKUP = /[&<>"|`\\[\]*_~]/g;
var HTML_MARKUP = /[&<>"'|`]/g;
var NAMED = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var reference = (c) => NAMED[c] ?? `&#${c.charCodeAt(0)};`;
function visible(s3) {
  return s3.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const n = c.codePointAt(0) ?? 0;
    if (n < 32) return String.fromCodePoint(9216 + n);
    if (n === 127) return "\u2421";
    return `\u2039U+${n.toString(16).toUpperCase().padStart(4, "0")}\u203A`;
  });
}
var esc = (s3) => s3.split(/\r\n|\r|\n/).map((line) => visible(line.replace(/\t/g, " ")).replace(MARKDOWN_MARKUP, reference)).join("<br>");
var code = (s3) => `<code>${esc(s3)}</code>`;
var html = (s3) => visible(s3).replace(HTML_MARKUP, reference);
var clip = (s3) => s3.length > MAX_TEXT ? `${s3.slice(0, MAX_TEXT)}\u2026` : s3;
function renderSummary(d) {
  const out = [];
  const title = d.version ? `Falco ${esc(d.version)} third-party dependencies` : "Falco third-party dependencies";
  out.push(`## ${d.error ? "\u274C" : "\u2705"} ${title}`, "");
  if (d.error) out.push(`**Failed:** ${esc(clip(d.error))}`, "");
  if (d.note) out.push(esc(d.note), "");
  const facts = [];
  if (d.version) facts.push(["Version", code(d.version)]);
  if (d.sourceRepo) facts.push(["Source", code(`${d.sourceRepo}/falcosecurity/falco.git`)]);
  if (d.baseImage) facts.push(["Base image", code(d.baseImage)]);
  if (d.recipe) facts.push(["Recipe", esc(d.recipe)]);
  if (d.build) facts.push(["Build", esc(d.build)]);
  if (d.platforms) {
    const { built, held } = d.platforms;
    const same = held !== void 0 && [...held].sort().join(",") === [...built].sort().join(",");
    const branch = held && !same ? `; the branch holds ${held.map(code).join(", ")}` : "";
    facts.push(["Platforms", `built ${built.map(code).join(", ") || "none"}${branch}`]);
  }
  if (d.manifest)
    facts.push([
      "Tree",
      `${d.manifest.fileCount} files, ${formatBytes(d.manifest.totalBytes)} (manifest ${code(`sha256:${d.manifest.digest}`)})`
    ]);
  if (d.sbom) {
    const partial = d.sbom.partial ? " (partial: some files are not described by anything the build left)" : "";
    facts.push(["SBOM", `${code(d.sbom.path)}, CycloneDX 1.6, ${d.sbom.components} components${partial}`]);
  }
  if (d.mirror) {
    facts.push(["Mirror", `${esc(d.mirror.status)}: ${esc(d.mirror.resource)}${d.mirror.commit ? ` at ${code(d.mirror.commit)}` : ""}`]);
  }
  if (d.verified) facts.push(["Verification", `${d.verified.startsWith("failed") ? "\u274C" : "\u2705"} ${esc(clip(d.verified))}`]);
  if (d.artifact) {
    facts.push([
      "Artifact",
      d.artifact.uploaded ? `${d.artifact.url ? `<a href="${html(d.artifact.url)}">${esc(d.artifact.name)}</a>` : esc(d.artifact.name)} (${formatBytes(d.artifact.size)})` : `not uploaded: ${esc(d.artifact.why)}`
    ]);
  }
  if (facts.length) {
    out.push("| | |", "|---|---|", ...facts.map(([k2, v2]) => `| ${k2} | ${v2} |`), "");
  }
  if (d.stages.length) {
    out.push("| Stage | Duration | Result |", "|---|--:|---|");
    for (const s3 of d.stages) out.push(`| ${esc(s3.name)} | ${formatDuration(s3.seconds)} | ${s3.ok ? "\u2705 done" : "\u274C failed"} |`);
    out.push("");
  }
  if (d.dependencies) out.push(...dependencyDiff(d.dependencies));
  if (d.manifest?.entries.length) out.push(...fileTable(d.manifest, d.manifestPath));
  return out.join("\n");
}
var DIFF_ROWS = 200;
function dependencyDiff(deps) {
  const out = [deps.from ? `### Dependencies since ${esc(deps.from)}` : "### Dependencies", ""];
  if (deps.note) out.push(esc(deps.note), "");
  const diff = deps.diff;
  if (!diff) return out;
  const rows = [];
  const what = (e) => `${e.version ? code(e.version) : "no version"}${e.url ? ` ${code(e.url)}` : ""}`;
  const name = (e) => `${esc(e.name)}${e.platforms.length ? ` (${e.platforms.map(esc).join(", ")})` : ""}`;
  for (const e of diff.added) rows.push(`| added | ${name(e)} | | ${what(e)} |`);
  for (const e of diff.removed) rows.push(`| removed | ${name(e)} | ${what(e)} | |`);
  for (const c of diff.changed) rows.push(`| changed | ${name(c.after)} | ${what(c.before)} | ${what(c.after)} |`);
  const counts2 = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`;
  if (rows.length === 0) return [...out, `No dependency changed since ${esc(deps.from ?? "")} (${counts2}).`, ""];
  out.push(`${counts2} (Falco ${esc(deps.from ?? "")} \u2192 ${esc(deps.to)}).`, "");
  out.push("| Change | Dependency | Before | After |", "|---|---|---|---|", ...rows.slice(0, DIFF_ROWS));
  if (rows.length > DIFF_ROWS) out.push("", `${rows.length - DIFF_ROWS} more changes are not shown.`);
  out.push("");
  return out;
}
function fileTable(manifest, manifestPath) {
  const links = manifest.entries.length - manifest.fileCount;
  const out = [`<details><summary>${manifest.fileCount} files${links ? `, ${links} symbolic links` : ""}</summary>`, ""];
  out.push("<table><tr><th>Path</th><th>Size</th><th>SHA-256</th></tr>");
  let shown = 0;
  let bytes = 0;
  for (const e of manifest.entries) {
    const row = fileRow(e);
    bytes += Buffer.byteLength(row) + 1;
    if (shown === TABLE_ROWS || bytes > TABLE_BYTES) break;
    out.push(row);
    shown++;
  }
  out.push("</table>");
  if (shown < manifest.entries.length) out.push(`<p>${leftOut(manifest.entries.slice(shown), manifestPath)}</p>`);
  out.push("", "</details>", "");
  return out;
}
function fileRow(e) {
  const name = `<code>${html(e.path)}</code>`;
  if (e.kind === "link") return `<tr><td>${name} \u2192 <code>${html(e.target)}</code></td><td align="right">link</td><td></td></tr>`;
  return `<tr><td>${name}</td><td align="right">${e.size}</td><td><code>${html(e.sha256)}</code></td></tr>`;
}
function leftOut(left, manifestPath) {
  const links = left.filter((e) => e.kind === "link").length;
  const files = left.length - links;
  const count = (n, what) => `${n} more ${what}${n === 1 ? "" : "s"}`;
  const parts = [files ? count(files, "file") : "", links ? count(links, "symbolic link") : ""].filter((p2) => p2 !== "");
  const where = `the manifest${manifestPath ? ` <code>${html(manifestPath)}</code>` : ""} (the manifest output)`;
  const list = links ? `the full list of files is in ${where}` : `the full list is in ${where}`;
  return `${parts.join(" and ")} ${left.length === 1 ? "is" : "are"} not shown; ${list}.`;
}
var BUILD_TEXT = {
  full: "full: configure, then make package (everything compiled)",
  downloads: "downloads: configure, then only the download steps (nothing compiled)"
};
function summaryOf(o) {
  const { inputs, decision, error: error2, verification } = o;
  return {
    stages: o.stages,
    version: o.version,
    sourceRepo: inputs?.sourceRepo,
    baseImage: inputs?.baseImage,
    recipe: inputs && o.version ? inputs.dockerfile ? `custom Dockerfile ${inputs.dockerfile}` : "built-in (seed 000)" : void 0,
    build: inputs && o.version ? BUILD_TEXT[inputs.build] : void 0,
    platforms: o.tree ? { built: o.tree.platforms, held: o.mirror?.platforms } : o.mirror?.platforms ? { built: [], held: o.mirror.platforms } : void 0,
    mirror: o.mirror,
    manifest: o.tree?.manifest,
    manifestPath: o.tree?.manifestPath,
    artifact: o.artifact,
    sbom: o.tree && {
      path: o.tree.sbomPath,
      components: o.tree.sbom.components.length,
      partial: isPartial(o.tree.sbom)
    },
    dependencies: o.dependencies,
    verified: verification && (verification.ok ? "Falco rebuilt offline (--network none) from the tree." : `failed: ${verification.error.describe(o.language)}`),
    error: error2?.describe(o.language),
    note: error2 || !decision ? void 0 : noteFor(decision)
  };
}
function noteFor(decision) {
  switch (decision.kind) {
    case "plan-range":
      return `Dry run for ${decision.range}: ${decision.versions.length ? `to mirror: ${decision.versions.join(", ")}` : "nothing to mirror"}.`;
    case "skip":
      return "The mirror already has this version: nothing was built, uploaded or pushed (if-exists: skip).";
    case "dry-run":
      return "Dry run: the inputs were checked and the mirror looked at; nothing was built, uploaded or pushed.";
    default:
      return void 0;
  }
}

// src/pipeline/build-stages.ts
import * as fs12 from "node:fs/promises";
import * as path11 from "node:path";

// src/effects/extract.ts
import * as fs6 from "node:fs";
import * as fsp from "node:fs/promises";
import * as path5 from "node:path";
import { createHash as createHash3, randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t2) => {
  for (var e in t2) zr(s3, e, { get: t2[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t2, e, i) {
    this.src = t2, this.dest = e, this.opts = i, this.ondrain = () => t2[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t2) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t2, e, i) {
    super(t2, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t2.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t2) {
    let e = t2[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i } = e;
    i && (this[Jt] = i, i.aborted ? this[xi]() : i.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t2) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t2) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t2) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t2) {
    this[Z] = this[Z] || !!t2;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t2) {
  }
  write(t2, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t2)) {
      if ($r(t2)) t2 = Buffer.from(t2.buffer, t2.byteOffset, t2.byteLength);
      else if (Vr(t2)) t2 = Buffer.from(t2);
      else if (typeof t2 != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t2) : this[bi](t2), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t2.length ? (typeof t2 == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t2 = Buffer.from(t2, e)), Buffer.isBuffer(t2) && this[z] && (t2 = this[Mt].write(t2)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t2) : this[bi](t2), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t2) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t2 === 0 || t2 && t2 > this[_]) return this[J](), null;
    this[L] && (t2 = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t2 || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t2, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t2 === i.length || t2 === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t2), e = i.slice(0, t2), this[_] -= t2) : (this[b][0] = i.subarray(t2), e = i.subarray(0, t2), this[_] -= t2);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, t2 = void 0), typeof e == "function" && (i = e, e = "utf8"), t2 !== void 0 && this.write(t2, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t2) {
    this[L] ? this[_] += 1 : this[_] += t2.length, this[b].push(t2);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t2 = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t2 && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t2) {
    return this.emit("data", t2), this[g];
  }
  pipe(t2, e) {
    if (this[S]) return t2;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t2 === Ds.stdout || t2 === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t2.end() : (this[N].push(e.proxyErrors ? new Li(this, t2, e) : new Fe(this, t2, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t2;
  }
  unpipe(t2) {
    let e = this[N].find((i) => i.dest === t2);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t2, e) {
    return this.on(t2, e);
  }
  on(t2, e) {
    let i = super.on(t2, e);
    if (t2 === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t2 === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t2) && this[nt]) super.emit(t2), this.removeAllListeners(t2);
    else if (t2 === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t2, e) {
    return this.off(t2, e);
  }
  off(t2, e) {
    let i = super.off(t2, e);
    return t2 === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t2) {
    let e = super.removeAllListeners(t2);
    return (t2 === "data" || t2 === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t2, ...e) {
    let i = e[0];
    if (t2 !== "error" && t2 !== "close" && t2 !== S && this[S]) return false;
    if (t2 === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t2 === "end") return this[Is]();
    if (t2 === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t2 === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t2 === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t2 === "finish" || t2 === "prefinish") {
      let n = super.emit(t2);
      return this.removeAllListeners(t2), n;
    }
    let r = super.emit(t2, ...e);
    return this[J](), r;
  }
  [Oi](t2) {
    for (let i of this[N]) i.dest.write(t2) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t2);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i of this[N]) i.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t2 = super.emit("end");
    return this.removeAllListeners("end"), t2;
  }
  async collect() {
    let t2 = Object.assign([], { dataLength: 0 });
    this[L] || (t2.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t2.push(i), this[L] || (t2.dataLength += i.length);
    }), await e, t2;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t2 = await this.collect();
    return this[z] ? t2.join("") : Buffer.concat(t2, t2.dataLength);
  }
  async promise() {
    return new Promise((t2, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t2());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t2 = false, e = async () => (this.pause(), t2 = true, { value: void 0, done: true });
    return { next: () => {
      if (t2) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t2 = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t2 = true, { done: true, value: void 0 }), i = () => {
      if (t2) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t2) {
    if (this[S]) return t2 ? this.emit("error", t2) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t2 ? this.emit("error", t2) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t2, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t2 != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t2, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t2, e) => this[Ht](t2, e));
  }
  [Ht](t2, e) {
    t2 ? this[Ut](t2) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t2 = this[vi]();
      if (t2.length === 0) return process.nextTick(() => this[Ii](null, 0, t2));
      I.read(this[m], t2, 0, t2.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t2, e, i) {
    this[j] = false, t2 ? this[Ut](t2) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.close(t2, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t2) {
    this[j] = true, this[H](), this.emit("error", t2);
  }
  [ki](t2, e) {
    let i = false;
    return this[ee] -= t2, t2 > 0 && (i = super.write(t2 < e.length ? e.subarray(0, t2) : e)), (t2 === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t2, ...e) {
    switch (t2) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t2, ...e));
      default:
        return super.emit(t2, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t2 = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t2 = false;
    } finally {
      t2 && this[H]();
    }
  }
  [zt]() {
    let t2 = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t2 = false;
    } finally {
      t2 && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.closeSync(t2), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t2, e) {
    e = e || {}, super(e), this[U] = t2, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t2, ...e) {
    if (t2 === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t2, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t2) {
    this[H](), this[gt] = true, this.emit("error", t2);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t2, e) => this[Ht](t2, e));
  }
  [Ht](t2, e) {
    this[Me] && this[tt] === "r+" && t2 && t2.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t2 ? this[Ut](t2) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t2, e) {
    return t2 && this.write(t2, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t2, e) {
    return typeof t2 == "string" && (t2 = Buffer.from(t2, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t2), this[ke] = true, false) : (this[gt] = true, this[ve](t2), true);
  }
  [ve](t2) {
    I.write(this[m], t2, 0, t2.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t2, e) {
    t2 ? this[Ut](t2) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t2 = this[Y];
      this[Y] = [], Jr(this[m], t2, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.close(t2, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t2;
    if (this[Me] && this[tt] === "r+") try {
      t2 = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t2 = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t2);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.closeSync(t2), this.emit("close");
    }
  }
  [ve](t2) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t2, 0, t2.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t2 = jr.get(s3);
  return t2 || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t2 = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t2[r] = i;
  }
  return t2.chmod === void 0 && t2.noChmod === false && (t2.chmod = true), delete t2.noChmod, t2;
};
var K = (s3, t2, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t2(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t2, syncNoFile: e, asyncNoFile: i, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t2, e) {
    super("zlib: " + t2.message, { cause: t2 }), this.code = t2.code, this.errno = t2.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t2.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t2, e) {
    if (!t2 || typeof t2 != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t2), this.#s = t2.flush ?? 0, this.#n = t2.finishFlush ?? 0, this.#r = t2.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t2);
    } catch (i) {
      throw new Gt(i, this.constructor);
    }
    this.#o = (i) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i));
    }, this.#e?.on("error", (i) => this.#o(new Gt(i))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t2) {
    this.ended || (typeof t2 != "number" && (t2 = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t2 })));
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), t2 && (e ? this.write(t2, e) : this.write(t2)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t2) {
    return super.write(t2);
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t2 == "string" && (t2 = Ot.from(t2, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t2[Pi] == "number" ? t2[Pi] : this.#s;
      h = this.#e._processChunk(t2, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i && i(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.Z_NO_FLUSH, t2.finishFlush = t2.finishFlush || M.Z_FINISH, t2.fullFlushFlag = M.Z_FULL_FLUSH, super(t2, e), this.#t = t2.level, this.#i = t2.strategy;
  }
  params(t2, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t2 || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t2, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t2, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t2) {
    super(t2, "Gzip"), this.#t = t2 && !!t2.portable;
  }
  [Tt](t2) {
    return this.#t ? (this.#t = false, t2[9] = 255, super[Tt](t2)) : super[Tt](t2);
  }
};
var Ue = class extends Pe {
  constructor(t2) {
    super(t2, "Unzip");
  }
};
var He = class extends re {
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.BROTLI_OPERATION_PROCESS, t2.finishFlush = t2.finishFlush || M.BROTLI_OPERATION_FINISH, t2.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t2, e);
  }
};
var We = class extends He {
  constructor(t2) {
    super(t2, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t2) {
    super(t2, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.ZSTD_e_continue, t2.finishFlush = t2.finishFlush || M.ZSTD_e_end, t2.fullFlushFlag = M.ZSTD_e_flush, super(t2, e);
  }
};
var Ye = class extends Ze {
  constructor(t2) {
    super(t2, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t2) {
    super(t2, "ZstdDecompress");
  }
};
var Us = (s3, t2) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t2) : hn(s3, t2);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t2;
};
var hn = (s3, t2) => {
  t2[0] = 128;
  for (var e = t2.length; e > 1; e--) t2[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t2) => {
  t2[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t2.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t2[i - 1] = Ws(r) : r === 0 ? t2[i - 1] = 0 : (e = true, t2[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t2 = s3[0], e = t2 === 128 ? cn(s3.subarray(1, s3.length)) : t2 === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t2 = s3.length, e = 0, i = false, r = t2 - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t2 - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t2 = s3.length, e = 0, i = t2 - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t2 - i - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t2, e = 0, i, r) {
    Buffer.isBuffer(t2) ? this.decode(t2, e || 0, i, r) : t2 && this.#i(t2);
  }
  decode(t2, e, i, r) {
    if (e || (e = 0), !t2 || !(t2.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t2, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t2, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t2, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t2, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t2, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t2, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t2, e + 136, 12), this.cksum = lt(t2, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t2, e + 157, 100), t2.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t2, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t2, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t2, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t2, e + 337, 8) ?? 0, t2[e + 475] !== 0) {
      let c = xt(t2, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t2, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t2, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t2, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t2[c];
    for (let c = e + 156; c < e + 512; c++) l += t2[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t2, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t2).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t2, e = 0) {
    if (t2 || (t2 = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t2.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t2, e, 100, n) || this.needPax, this.needPax = ct(t2, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t2, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t2, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t2, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t2, e + 136, 12, this.mtime) || this.needPax, t2[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t2, e + 157, 100, this.linkpath) || this.needPax, t2.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t2, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t2, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t2, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t2, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t2, e + 345, i, o) || this.needPax, t2[e + 475] !== 0 ? this.needPax = Lt(t2, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t2, e + 345, 130, o) || this.needPax, this.needPax = Gi(t2, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t2, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t2[a];
    for (let a = e + 156; a < e + 512; a++) h += t2[a];
    return this.cksum = h, ct(t2, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t2) {
    let e = String(Ve.get(t2));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t2)) this.#t = t2;
    else throw new TypeError("invalid entry type: " + t2);
  }
};
var mn = (s3, t2) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t2 ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t2 ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t2, e) => s3.subarray(t2, t2 + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t2, e) => pn(lt(s3, t2, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t2, e) => Number(s3[t2]) & 128 ? Hs(s3.subarray(t2, t2 + e)) : wn(s3, t2, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t2, e) => En(parseInt(s3.subarray(t2, t2 + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t2, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t2, t2 + e)), true) : (yn(s3, t2, e, i), false);
var yn = (s3, t2, e, i) => s3.write(Rn(i, e), t2, e, "ascii");
var Rn = (s3, t2) => gn(Math.floor(s3).toString(8), t2);
var gn = (s3, t2) => (s3.length === t2 - 1 ? s3 : new Array(t2 - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t2, e, i) => i === void 0 ? false : ct(s3, t2, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t2, e, i) => i === void 0 ? false : (s3.write(i + bn, t2, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t2, e = false) {
    this.atime = t2.atime, this.charset = t2.charset, this.comment = t2.comment, this.ctime = t2.ctime, this.dev = t2.dev, this.gid = t2.gid, this.global = e, this.gname = t2.gname, this.ino = t2.ino, this.linkpath = t2.linkpath, this.mtime = t2.mtime, this.nlink = t2.nlink, this.path = t2.path, this.size = t2.size, this.uid = t2.uid, this.uname = t2.uname;
  }
  encode() {
    let t2 = this.encodeBody();
    if (t2 === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t2), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t2, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t2) {
    if (this[t2] === void 0) return "";
    let e = this[t2], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t2 === "dev" || t2 === "ino" || t2 === "nlink" ? "SCHILY." : "") + t2 + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t2, e, i = false) {
    return new s(On(Tn(t2), e), i);
  }
};
var On = (s3, t2) => t2 ? Object.assign({}, t2, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t2) => {
  let e = parseInt(t2, 10);
  if (e !== Buffer.byteLength(t2) + 1) return s3;
  t2 = t2.slice((e + " ").length);
  let i = t2.split("="), r = i.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t2, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t2, this.remain = t2.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t2.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t2.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t2.path), this.mode = t2.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t2.uid, this.gid = t2.gid, this.uname = t2.uname, this.gname = t2.gname, this.size = this.remain, this.mtime = t2.mtime, this.atime = t2.atime, this.ctime = t2.ctime, this.linkpath = t2.linkpath ? f(t2.linkpath) : void 0, this.uname = t2.uname, this.gname = t2.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t2) {
    let e = t2.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t2) : super.write(t2.subarray(0, i));
  }
  #t(t2, e = false) {
    t2.path && (t2.path = f(t2.path)), t2.linkpath && (t2.linkpath = f(t2.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t2).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t2, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t2, i.tarCode = t2, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t2, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t2}: ${e}`), i));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t2 = {}) {
    super(), this.file = t2.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t2.ondone ? this.on(Je, t2.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t2.strict, this.maxDecompressionRatio = typeof t2.maxDecompressionRatio == "number" ? t2.maxDecompressionRatio : In, this.maxMetaEntrySize = t2.maxMetaEntrySize || Nn, this.filter = typeof t2.filter == "function" ? t2.filter : Cn;
    let e = t2.file && (t2.file.endsWith(".tar.br") || t2.file.endsWith(".tbr"));
    this.brotli = !(t2.gzip || t2.zstd) && t2.brotli !== void 0 ? t2.brotli : e ? void 0 : false;
    let i = t2.file && (t2.file.endsWith(".tar.zst") || t2.file.endsWith(".tzst"));
    this.zstd = !(t2.gzip || t2.brotli) && t2.zstd !== void 0 ? t2.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t2.onwarn == "function" && this.on("warn", t2.onwarn), typeof t2.onReadEntry == "function" && this.on("entry", t2.onReadEntry);
  }
  warn(t2, e, i = {}) {
    Dt(this, t2, e, i);
  }
  [Vs](t2, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t2, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
    else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
    else {
      let r = i.type;
      if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
      else {
        let n = this[Nt] = new $e(i, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t2) {
    let e = true;
    if (!t2) this[it] = void 0, e = false;
    else if (Array.isArray(t2)) {
      let [i, ...r] = t2;
      this.emit(i, ...r);
    } else this[it] = t2, this.emit("entry", t2), t2.emittedEnd || (t2.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t2 = this[it];
      !t2 || t2.flowing || t2.size === t2.remain ? this[Yt] || this.emit("drain") : t2.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t2, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t2.length && e === 0 ? t2 : t2.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t2, e) {
    let i = this[Nt], r = this[Ki](t2, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t2, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t2, e, i) : this[st].push([t2, e, i]);
  }
  [Ys](t2) {
    switch (this[At]("meta", this[dt]), t2.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t2.type);
    }
  }
  abort(t2) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t2), this.warn("TAR_ABORT", t2, { recoverable: false });
    }
  }
  [Xs](t2) {
    this[$i] += t2.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t2) {
      if (this[p] && (t2 = Buffer.concat([this[p], t2]), this[p] = void 0), t2.length < An) return this[p] = t2, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t2[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t2[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t2.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t2, i?.(), true;
      else try {
        new F(t2.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t2.length;
        let l = !!this[w][a ? "end" : "write"](t2);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t2.length, this[w].write(t2)) : this[Xe](t2), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t2) {
    t2 && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t2]) : t2);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t2 = this[Nt];
      if (t2?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t2.blockRemain} more bytes, only ${e} available)`, { entry: t2 }), this[p] && t2.write(this[p]), t2.end();
      }
      this[At](Je);
    }
  }
  [Xe](t2) {
    if (this[ae] && t2) this[Vi](t2);
    else if (!t2 && !this[p]) this[Qe]();
    else if (t2) {
      if (this[ae] = true, this[p]) {
        this[Vi](t2);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t2);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t2) {
    let e = 0, i = t2.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t2, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t2, e);
        break;
      case "meta":
        e += this[Ks](t2, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t2.subarray(e), this[p]]) : t2.subarray(e));
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, e)), i && this.once("finish", i), this[$] || (this[w] ? (t2 && (this[le] += t2.length, this[w].write(t2)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t2 = t2 || Buffer.alloc(0)), t2 && this.write(t2), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t2 = s3.length - 1, e = -1;
  for (; t2 > -1 && s3.charAt(t2) === "/"; ) e = t2, t2--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t2 = s3.onReadEntry;
  s3.onReadEntry = t2 ? (e) => {
    t2(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t2) => {
  let e = new Map(t2.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i ? (o, h) => i(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t2 = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t2.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t2.write(h.subarray(0, a));
      }
      t2.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t2) => {
  let e = new rt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t2) => {
  t2?.length && Qi(s3, t2), s3.noResume || vn(s3);
});
var Ji = (s3, t2, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t2 && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t2 = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t2 += i, e = qs(s3);
  }
  return [t2, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t2) => [s3, ji[t2]]));
var Hn = new Map(ji.map((s3, t2) => [s3, ei[t2]]));
var ts = (s3) => ei.reduce((t2, e) => t2.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t2, e) => t2.split(e).join(Hn.get(e)), s3);
var rr = (s3, t2) => t2 ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t2) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os2 = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t2, e = {}) {
    let i = se(e);
    super(), this.path = f(t2), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t2 = t2.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t2)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t2, e, i = {}) {
    return Dt(this, t2, e, i);
  }
  emit(t2, ...e) {
    return t2 === "error" && (this.#t = true), super.emit(t2, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[si](e);
    });
  }
  [si](t2) {
    this.statCache.set(this.absolute, t2), this.stat = t2, t2.isFile() || (t2.size = 0), this.type = Gn(t2), this.emit("stat", t2), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t2) {
    return Ji(t2, this.type === "Directory", this.portable);
  }
  [q](t2) {
    return rr(t2, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t2 = this.header?.block;
    if (!t2) throw new Error("failed to encode header");
    super.write(t2);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[ns](e);
    });
  }
  [ns](t2) {
    this.linkpath = f(t2), this[fe](), this.end();
  }
  [sr](t2) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t2)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t2 = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t2);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t2, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os2]();
  }
  [os2]() {
    X.open(this.absolute, "r", (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[hs](e);
    });
  }
  [hs](t2) {
    if (this.fd = t2, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t2, buf: e, offset: i, length: r, pos: n } = this;
    if (t2 === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t2, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t2 = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t2);
  }
  [rs](t2) {
    if (t2 <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t2 > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t2 === this.remain) for (let r = t2; r < this.length && t2 < this.blockRemain; r++) this.buf[r + this.offset] = 0, t2++, this.remain++;
    let e = this.offset === 0 && t2 === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t2);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t2) {
    this.once("drain", t2);
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8")), this.blockRemain < t2.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t2.length, this.blockRemain -= t2.length, this.pos += t2.length, this.offset += t2.length, super.write(t2, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t2) => t2 ? this.emit("error", t2) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os2]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t2 = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t2 = false;
    } finally {
      if (t2) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t2) {
    t2();
  }
  [pt](t2 = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t2();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t2, e, i = {}) {
    return Dt(this, t2, e, i);
  }
  constructor(t2, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t2;
    let { type: r } = t2;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t2.path), this.mode = t2.mode !== void 0 ? this[ri](t2.mode) : void 0, this.uid = this.portable ? void 0 : t2.uid, this.gid = this.portable ? void 0 : t2.gid, this.uname = this.portable ? void 0 : t2.uname, this.gname = this.portable ? void 0 : t2.gname, this.size = t2.size, this.mtime = this.noMtime ? void 0 : i.mtime || t2.mtime, this.atime = this.portable ? void 0 : t2.atime, this.ctime = this.portable ? void 0 : t2.ctime, this.linkpath = t2.linkpath !== void 0 ? f(t2.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t2.size, this.blockRemain = t2.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t2.pipe(this);
  }
  [q](t2) {
    return rr(t2, this.prefix);
  }
  [ri](t2) {
    return Ji(t2, this.type === "Directory", this.portable);
  }
  write(t2, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8"));
    let r = t2.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t2, i);
  }
  end(t2, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, e ?? "utf8")), i && this.once("finish", i), t2 ? super.end(t2, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t2 = []) {
    return new s2(t2);
  }
  constructor(t2 = []) {
    for (let e of t2) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t2 = this.head; t2; t2 = t2.next) yield t2.value;
  }
  removeNode(t2) {
    if (t2.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t2.next, i = t2.prev;
    return e && (e.prev = i), i && (i.next = e), t2 === this.head && (this.head = e), t2 === this.tail && (this.tail = i), this.length--, t2.next = void 0, t2.prev = void 0, t2.list = void 0, e;
  }
  unshiftNode(t2) {
    if (t2 === this.head) return;
    t2.list && t2.list.removeNode(t2);
    let e = this.head;
    t2.list = this, t2.next = e, e && (e.prev = t2), this.head = t2, this.tail || (this.tail = t2), this.length++;
  }
  pushNode(t2) {
    if (t2 === this.tail) return;
    t2.list && t2.list.removeNode(t2);
    let e = this.tail;
    t2.list = this, t2.prev = e, e && (e.next = t2), this.tail = t2, this.head || (this.head = t2), this.length++;
  }
  push(...t2) {
    for (let e = 0, i = t2.length; e < i; e++) Yn(this, t2[e]);
    return this.length;
  }
  unshift(...t2) {
    for (var e = 0, i = t2.length; e < i; e++) Kn(this, t2[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t2 = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t2;
  }
  shift() {
    if (!this.head) return;
    let t2 = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t2;
  }
  forEach(t2, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t2.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t2, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t2.call(e, i.value, r, this), i = i.prev;
  }
  get(t2) {
    let e = 0, i = this.head;
    for (; i && e < t2; e++) i = i.next;
    if (e === t2 && i) return i.value;
  }
  getReverse(t2) {
    let e = 0, i = this.tail;
    for (; i && e < t2; e++) i = i.prev;
    if (e === t2 && i) return i.value;
  }
  map(t2, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t2.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t2, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t2.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t2, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t2(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t2, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t2(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t2 = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t2[e] = i.value, i = i.next;
    return t2;
  }
  toArrayReverse() {
    let t2 = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t2[e] = i.value, i = i.prev;
    return t2;
  }
  slice(t2 = 0, e = this.length) {
    e < 0 && (e += this.length), t2 < 0 && (t2 += this.length);
    let i = new s2();
    if (e < t2 || e < 0) return i;
    t2 < 0 && (t2 = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t2; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t2 = 0, e = this.length) {
    e < 0 && (e += this.length), t2 < 0 && (t2 += this.length);
    let i = new s2();
    if (e < t2 || e < 0) return i;
    t2 < 0 && (t2 = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t2; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t2, e = 0, ...i) {
    t2 > this.length && (t2 = this.length - 1), t2 < 0 && (t2 = this.length + t2);
    let r = this.head;
    for (let o = 0; r && o < t2; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t2 = this.head, e = this.tail;
    for (let i = t2; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t2, this;
  }
};
function Zn(s3, t2, e) {
  let i = t2, r = t2 ? t2.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t2) {
  s3.tail = new ue(t2, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t2) {
  s3.head = new ue(t2, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t2, e, i, r) {
    this.list = r, this.value = t2, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t2, e) {
    this.path = t2 || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs5 = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t2 = {}) {
    if (super(), this.opt = t2, this.file = t2.file || "", this.cwd = t2.cwd || process.cwd(), this.maxReadSize = t2.maxReadSize, this.preservePaths = !!t2.preservePaths, this.strict = !!t2.strict, this.noPax = !!t2.noPax, this.prefix = f(t2.prefix || ""), this.linkCache = t2.linkCache || /* @__PURE__ */ new Map(), this.statCache = t2.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t2.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t2.onWriteEntry, this[ui] = de, typeof t2.onwarn == "function" && this.on("warn", t2.onwarn), this.portable = !!t2.portable, t2.gzip || t2.brotli || t2.zstd) {
      if ((t2.gzip ? 1 : 0) + (t2.brotli ? 1 : 0) + (t2.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t2.gzip && (typeof t2.gzip != "object" && (t2.gzip = {}), this.portable && (t2.gzip.portable = true), this.zip = new ze(t2.gzip)), t2.brotli && (typeof t2.brotli != "object" && (t2.brotli = {}), this.zip = new We(t2.brotli)), t2.zstd && (typeof t2.zstd != "object" && (t2.zstd = {}), this.zip = new Ye(t2.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs5]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs5]);
    this.noDirRecurse = !!t2.noDirRecurse, this.follow = !!t2.follow, this.noMtime = !!t2.noMtime, t2.mtime && (this.mtime = t2.mtime), this.filter = typeof t2.filter == "function" ? t2.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t2.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t2) {
    return super.write(t2);
  }
  add(t2) {
    return this.write(t2), this;
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, t2 = void 0), typeof e == "function" && (i = e, e = void 0), t2 && this.add(t2), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t2) {
    if (this[me]) throw new Error("write after end");
    return typeof t2 == "string" ? this[ci](t2) : this[or](t2), this.flowing;
  }
  [or](t2) {
    let e = f(ar.resolve(this.cwd, t2.path));
    if (!this.filter(t2.path, t2)) t2.resume();
    else {
      let i = new pi(t2.path, e);
      i.entry = new oi(t2, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t2) {
    let e = f(ar.resolve(this.cwd, t2));
    this[W].push(new pi(t2, e)), this[Ft]();
  }
  [ds](t2) {
    t2.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t2.absolute, (i, r) => {
      t2.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t2, r);
    });
  }
  [li](t2, e) {
    if (this.statCache.set(t2.absolute, e), t2.stat = e, !this.filter(t2.path, e)) t2.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t2 === this[Et]) this[ai](t2);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t2) : this[pe].set(i, [t2]), t2.pendingLink = true, t2.pending = true;
    }
    this[Ft]();
  }
  [us](t2) {
    t2.pending = true, this[G] += 1, mi.readdir(t2.absolute, (e, i) => {
      if (t2.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t2, i);
    });
  }
  [fi](t2, e) {
    this.readdirCache.set(t2.absolute, e), t2.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t2 = this[W].head; t2 && this[G] < this.jobs; t2 = t2.next) if (this[ai](t2.value), t2.value.ignore) {
        let e = t2.next;
        this[W].removeNode(t2), t2.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t2) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t2;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t2) {
    if (t2.pending && t2.pendingLink && t2 === this[Et] && (t2.pending = false, t2.pendingLink = false), !t2.pending) {
      if (t2.entry) {
        t2 === this[Et] && !t2.piped && this[di](t2);
        return;
      }
      if (!t2.stat) {
        let e = this.statCache.get(t2.absolute);
        e ? this[li](t2, e) : this[ds](t2);
      }
      if (t2.stat && !t2.ignore) {
        if (!this.noDirRecurse && t2.stat.isDirectory() && !t2.readdir) {
          let e = this.readdirCache.get(t2.absolute);
          if (e ? this[fi](t2, e) : this[us](t2), !t2.readdir) return;
        }
        if (t2.entry = this[hr](t2), !t2.entry) {
          t2.ignore = true;
          return;
        }
        t2 === this[Et] && !t2.piped && this[di](t2);
      }
    }
  }
  [cs](t2) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t2.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t2) {
    this[G] += 1;
    try {
      return new this[ui](t2.path, this[cs](t2)).on("end", () => this[ls](t2)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs5]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t2) {
    t2.piped = true, t2.readdir && t2.readdir.forEach((r) => {
      let n = t2.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t2.entry, i = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t2, e, i = {}) {
    Dt(this, t2, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t2) {
    super(t2), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t2) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t2, mi[e](t2.absolute));
  }
  [us](t2) {
    this[fi](t2, mi.readdirSync(t2.absolute));
  }
  [di](t2) {
    let e = t2.entry, i = this.zip;
    if (t2.readdir && t2.readdir.forEach((r) => {
      let n = t2.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t2) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t2);
};
var $n = (s3, t2) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t2).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t2) => {
  t2.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t2) => {
  for (let e of t2) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t2) => {
  let e = new kt(s3);
  return fr(e, t2), e;
};
var qn = (s3, t2) => {
  let e = new wt(s3);
  return dr(e, t2).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t2) => {
  if (!t2?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t2, e) => {
  try {
    return wi.lchownSync(s3, t2, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t2, e, i) => {
  wi.lchown(s3, t2, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t2, e, i, r) => {
  if (t2.isDirectory()) Es(we.resolve(s3, t2.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t2.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t2.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t2, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t2, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t2, e, i);
      }
    };
    for (let l of n) io(s3, l, t2, e, a);
  });
};
var so = (s3, t2, e, i) => {
  t2.isDirectory() && ws(we.resolve(s3, t2.name), e, i), ps(we.resolve(s3, t2.name), e, i);
};
var ws = (s3, t2, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t2, e);
    throw n;
  }
  for (let r of i) so(s3, r, t2, e);
  return ps(s3, t2, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t2, e) {
    super(`${e}: Cannot cd into '${t2}'`), this.path = t2, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t2, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t2, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t2) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t2(e);
  });
};
var gr = (s3, t2, e) => {
  s3 = f(s3);
  let i = t2.umask ?? 18, r = t2.mode | 448, n = (r & i) !== 0, o = t2.uid, h = t2.gid, a = typeof o == "number" && typeof h == "number" && (o !== t2.processUid || h !== t2.processGid), l = t2.preserve, c = t2.unlink, d = f(t2.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t2, e, i, r, n, o) => {
  if (t2.length === 0) return o(null, n);
  let h = t2.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t2, e, i, r, n, o));
};
var br = (s3, t2, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t2, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t2, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t2.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t2, e, i, r, n, o));
};
var oo = (s3) => {
  let t2 = false, e;
  try {
    t2 = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t2) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t2) => {
  s3 = f(s3);
  let e = t2.umask ?? 18, i = t2.mode | 448, r = (i & e) !== 0, n = t2.uid, o = t2.gid, h = typeof n == "number" && typeof o == "number" && (n !== t2.processUid || o !== t2.processGid), a = t2.preserve, l = t2.unlink, c = f(t2.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t2 = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t2;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i) => {
  let r = e.at(-1);
  return r !== void 0 && (i = xr(r, i)), e.push(i || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t2, e) {
    t2 = ao ? ["win32 parallelization disabled"] : t2.map((r) => mt(xr(Tr(r))));
    let i = new Set(t2.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t2 });
    for (let r of t2) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t2) {
    let e = this.#i.get(t2);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t2) {
    let { paths: e, dirs: i } = this.#n(t2);
    return e.every((r) => r && r[0] === t2) && i.every((r) => r && r[0] instanceof Set && r[0].has(t2));
  }
  #r(t2) {
    return this.#s.has(t2) || !this.check(t2) ? false : (this.#s.add(t2), t2(() => this.#e(t2)), true);
  }
  #e(t2) {
    if (!this.#s.has(t2)) return false;
    let e = this.#i.get(t2);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t2) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t2);
    }
    return this.#s.delete(t2), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P2 = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t2) => {
  if (!Te) return u.unlink(s3, t2);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t2(i);
    u.unlink(e, t2);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t2 = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t2), u.unlinkSync(t2);
};
var vr = (s3, t2, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t2 !== void 0 && t2 === t2 >>> 0 ? t2 : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t2 = {}) {
    if (t2.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t2), this.transform = t2.transform, this.chmod = !!t2.chmod, typeof t2.uid == "number" || typeof t2.gid == "number") {
      if (typeof t2.uid != "number" || typeof t2.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t2.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t2.uid, this.gid = t2.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t2.preserveOwner === void 0 && typeof t2.uid != "number" ? process.getuid?.() === 0 : !!t2.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t2.maxDepth == "number" ? t2.maxDepth : uo, this.forceChown = t2.forceChown === true, this.win32 = !!t2.win32 || Te, this.newer = !!t2.newer, this.keep = !!t2.keep, this.noMtime = !!t2.noMtime, this.preservePaths = !!t2.preservePaths, this.unlink = !!t2.unlink, this.cwd = f(R.resolve(t2.cwd || process.cwd())), this.strip = Number(t2.strip) || 0, this.processUmask = this.chmod ? typeof t2.processUmask == "number" ? t2.processUmask : Lr() : 0, this.umask = typeof t2.umask == "number" ? t2.umask : this.processUmask, this.dmode = t2.dmode || 511 & ~this.umask, this.fmode = t2.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t2, e, i = {}) {
    return (t2 === "TAR_BAD_ARCHIVE" || t2 === "TAR_ABORT") && (i.recoverable = false), super.warn(t2, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t2, e) {
    let i = t2[e], { type: r } = t2;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t2, [e]: i }), false;
      let a = R.posix.dirname(t2.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t2, [e]: i }), false;
    }
    return n && (t2[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t2, [e]: i })), true;
  }
  [Fr](t2) {
    let e = f(t2.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t2.type === "Link") {
        let r = f(String(t2.linkpath)).split("/");
        if (r.length >= this.strip) t2.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t2.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t2, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t2, "path") || !this[Rs](t2, "linkpath")) return false;
    if (t2.absolute = R.isAbsolute(t2.path) ? f(R.resolve(t2.path)) : f(R.resolve(this.cwd, t2.path)), !this.preservePaths && typeof t2.absolute == "string" && t2.absolute.indexOf(this.cwd + "/") !== 0 && t2.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t2, path: f(t2.path), resolvedPath: t2.absolute, cwd: this.cwd }), false;
    if (t2.absolute === this.cwd && t2.type !== "Directory" && t2.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t2.absolute));
      t2.absolute = r + ts(String(t2.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t2.path);
      t2.path = n + ts(t2.path.slice(n.length));
    }
    return true;
  }
  [Dr](t2) {
    if (!this[Fr](t2)) return t2.resume();
    switch (co.equal(typeof t2.absolute, "string"), t2.type) {
      case "Directory":
      case "GNUDumpDir":
        t2.mode && (t2.mode = t2.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t2);
      default:
        return this[Cr](t2);
    }
  }
  [O](t2, e) {
    t2.name === "CwdError" ? this.emit("error", t2) : (this.warn("TAR_ENTRY_ERROR", t2, { entry: e }), this[$t](), e.resume());
  }
  [yt](t2, e, i) {
    gr(f(t2), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t2) {
    return this.forceChown || this.preserveOwner && (typeof t2.uid == "number" && t2.uid !== this.processUid || typeof t2.gid == "number" && t2.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t2) {
    return vr(this.uid, t2.uid, this.processUid);
  }
  [_e](t2) {
    return vr(this.gid, t2.gid, this.processGid);
  }
  [Ts](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.fmode, r = new et(String(t2.absolute), { flags: ms(t2.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t2), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t2), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t2) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t2.absolute), l = r.fd;
      if (typeof l == "number" && t2.mtime && !this.noMtime) {
        n++;
        let c = t2.atime || /* @__PURE__ */ new Date(), d = t2.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t2)) {
        n++;
        let c = this[be](t2), d = this[_e](t2);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t2) || t2;
    h !== t2 && (h.on("error", (a) => {
      this[O](a, t2), e();
    }), t2.pipe(h)), h.pipe(r);
  }
  [xs](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.dmode;
    this[yt](String(t2.absolute), i, (r) => {
      if (r) {
        this[O](r, t2), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t2.resume());
      };
      t2.mtime && !this.noMtime && (n++, u.utimes(String(t2.absolute), t2.atime || /* @__PURE__ */ new Date(), t2.mtime, o)), this[ge](t2) && (n++, u.chown(String(t2.absolute), Number(this[be](t2)), Number(this[_e](t2)), o)), o();
    });
  }
  [Cr](t2) {
    t2.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t2.type}`, { entry: t2 }), t2.resume();
  }
  [Ar](t2, e) {
    let i = f(R.relative(this.cwd, R.resolve(R.dirname(String(t2.absolute)), String(t2.linkpath)))).split("/");
    this[Re](t2, this.cwd, i, () => this[gi](t2, String(t2.linkpath), "symlink", e), (r) => {
      this[O](r, t2), e();
    });
  }
  [Ir](t2, e) {
    let i = f(R.resolve(this.cwd, String(t2.linkpath))), r = f(String(t2.linkpath)).split("/");
    this[Re](t2, this.cwd, r, () => this[gi](t2, i, "link", e), (n) => {
      this[O](n, t2), e();
    });
  }
  [Re](t2, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i.join("/"))));
      this[Re](t2, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t2) {
    this[$t](), t2.resume();
  }
  [Os](t2, e) {
    return t2.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t2) {
    this[kr]();
    let e = [t2.path];
    t2.linkpath && e.push(t2.linkpath), this.reservations.reserve(e, (i) => this[Nr](t2, i));
  }
  [Nr](t2, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t2), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t2.absolute !== this.cwd) {
        let h = f(R.dirname(String(t2.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t2), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t2.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t2.mtime ?? a.mtime))) {
          this[Ls](t2), i();
          return;
        }
        if (h || this[Os](t2, a)) return this[P2](null, t2, i);
        if (a.isDirectory()) {
          if (t2.type === "Directory") {
            let l = this.chmod && t2.mode && (a.mode & 4095) !== t2.mode, c = (d) => this[P2](d ?? null, t2, i);
            return l ? u.chmod(String(t2.absolute), Number(t2.mode), c) : c();
          }
          if (t2.absolute !== this.cwd) return u.rmdir(String(t2.absolute), (l) => this[P2](l ?? null, t2, i));
        }
        if (t2.absolute === this.cwd) return this[P2](null, t2, i);
        mo(String(t2.absolute), (l) => this[P2](l ?? null, t2, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P2](t2, e, i) {
    if (t2) {
      this[O](t2, e), i();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i);
      case "Link":
        return this[Ir](e, i);
      case "SymbolicLink":
        return this[Ar](e, i);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i);
    }
  }
  [gi](t2, e, i, r) {
    u[i](e, String(t2.absolute), (n) => {
      n ? this[O](n, t2) : (this[$t](), t2.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t2) {
    return [t2, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P2](t2, e) {
    return super[P2](t2, e, () => {
    });
  }
  [_s](t2) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t2);
      this[Oe] = true;
    }
    if (t2.absolute !== this.cwd) {
      let n = f(R.dirname(String(t2.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t2);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t2.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t2.mtime ?? i.mtime))) return this[Ls](t2);
    if (e || this[Os](t2, i)) return this[P2](null, t2);
    if (i.isDirectory()) {
      if (t2.type === "Directory") {
        let o = this.chmod && t2.mode && (i.mode & 4095) !== t2.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t2.absolute), Number(t2.mode));
        }) : [];
        return this[P2](h, t2);
      }
      let [n] = ye(() => u.rmdirSync(String(t2.absolute)));
      this[P2](n, t2);
    }
    let [r] = t2.absolute === this.cwd ? [] : ye(() => po(String(t2.absolute)));
    this[P2](r, t2);
  }
  [Ts](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t2), e();
    }, n;
    try {
      n = u.openSync(String(t2.absolute), ms(t2.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t2) || t2;
    o !== t2 && (o.on("error", (h) => this[O](h, t2)), t2.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t2.mtime && !this.noMtime) {
        let a = t2.atime || /* @__PURE__ */ new Date(), l = t2.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t2.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t2)) {
        let a = this[be](t2), l = this[_e](t2);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t2.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.dmode, r = this[yt](String(t2.absolute), i);
    if (r) {
      this[O](r, t2), e();
      return;
    }
    if (t2.mtime && !this.noMtime) try {
      u.utimesSync(String(t2.absolute), t2.atime || /* @__PURE__ */ new Date(), t2.mtime);
    } catch {
    }
    if (this[ge](t2)) try {
      u.chownSync(String(t2.absolute), Number(this[be](t2)), Number(this[_e](t2)));
    } catch {
    }
    e(), t2.resume();
  }
  [yt](t2, e) {
    try {
      return _r(f(t2), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t2, e, i, r, n) {
    if (this.preservePaths || i.length === 0) return r();
    let o = e;
    for (let h of i) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i.join("/"))));
    }
    r();
  }
  [gi](t2, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t2.absolute)), r(), t2.resume();
    } catch (o) {
      return this[O](o, t2);
    }
  }
};
var Eo = (s3) => {
  let t2 = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t2);
};
var wo = (s3, t2) => {
  let e = new Xt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t2) => {
  t2?.length && Qi(s3, t2);
});
var yo = (s3, t2) => {
  let e = new kt(s3), i = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i = false, Ro(s3, e, n, r, t2);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t2, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t2.pipe(n), bo(t2, r);
};
var go = (s3, t2) => {
  t2 = Array.from(t2);
  let e = new wt(s3), i = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t2);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t2) => {
  t2.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t2) => {
  for (let e of t2) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t2) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t2?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t2 = []) => {
  vt.validate?.(s3, t2), To(s3);
});
var To = (s3) => {
  let t2 = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t2 ? (e, i) => t2(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// src/effects/tar-hash.ts
import { createHash as createHash2 } from "node:crypto";
function isRegularFile(type) {
  return type === "File" || type === "OldFile" || type === "ContiguousFile";
}
function hashEntry(entry) {
  const hash = createHash2("sha256");
  let size = 0;
  entry.on("data", (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  return new Promise((resolve4) => {
    entry.on("end", () => resolve4({ size, sha256: hash.digest("hex") }));
  });
}

// src/effects/extract.ts
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile", "Directory", "SymbolicLink", "Link"]);
var MAX_LINK_HOPS = 40;
function components(name) {
  return name.split("/").filter((p2) => p2 !== "" && p2 !== ".");
}
function unsafeEntryText(entry, root) {
  const name = entry.path;
  const q2 = quote(name);
  if (!ALLOWED_TYPES.has(entry.type)) {
    return t(
      `${q2} is a ${entry.type}; only files, directories and links are allowed`,
      `${q2} \u0438\u043C\u0435\u0435\u0442 \u0442\u0438\u043F ${entry.type}; \u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B \u0442\u043E\u043B\u044C\u043A\u043E \u0444\u0430\u0439\u043B\u044B, \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0438 \u0438 \u0441\u0441\u044B\u043B\u043A\u0438`
    );
  }
  if (name.includes("\0")) return t(`${q2} contains a NUL byte`, `${q2} \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0431\u0430\u0439\u0442 NUL`);
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return t(`${q2} is an absolute path`, `${q2} \u2014 \u0430\u0431\u0441\u043E\u043B\u044E\u0442\u043D\u044B\u0439 \u043F\u0443\u0442\u044C`);
  if (name.split(/[\\/]+/).includes("..")) return t(`${q2} contains ".."`, `${q2} \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 ".."`);
  const parts = components(name);
  if (parts[0] !== root) return t(`${q2} is outside the ${quote(root)} directory`, `${q2} \u043D\u0430\u0445\u043E\u0434\u0438\u0442\u0441\u044F \u0432\u043D\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0430 ${quote(root)}`);
  if (entry.type === "SymbolicLink" || entry.type === "Link") {
    const target = entry.linkpath ?? "";
    if (target === "") return t(`link ${q2} has no target`, `\u0443 \u0441\u0441\u044B\u043B\u043A\u0438 ${q2} \u043D\u0435\u0442 \u0446\u0435\u043B\u0438`);
    if (target.includes("\0")) return t(`link ${q2} has a target with a NUL byte`, `\u0446\u0435\u043B\u044C \u0441\u0441\u044B\u043B\u043A\u0438 ${q2} \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0431\u0430\u0439\u0442 NUL`);
    if (target.startsWith("/"))
      return t(`link ${q2} points to the absolute path ${quote(target)}`, `\u0441\u0441\u044B\u043B\u043A\u0430 ${q2} \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 \u0430\u0431\u0441\u043E\u043B\u044E\u0442\u043D\u044B\u0439 \u043F\u0443\u0442\u044C ${quote(target)}`);
    const base = entry.type === "SymbolicLink" ? parts.slice(0, -1) : [];
    const resolved = [...base];
    for (const part of target.split(/[\\/]+/)) {
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (resolved.length === 0) return outsideTree(q2, quote(target));
        resolved.pop();
      } else resolved.push(part);
    }
    if (resolved[0] !== root || resolved.length < 2) return outsideTree(q2, quote(target));
  }
  return void 0;
}
function outsideTree(link2, target, via = "") {
  return t(
    `link ${link2} points outside the tree (${target}${via && `, through the link ${via}`})`,
    `\u0441\u0441\u044B\u043B\u043A\u0430 ${link2} \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u0437\u0430 \u043F\u0440\u0435\u0434\u0435\u043B\u044B \u0434\u0435\u0440\u0435\u0432\u0430 (${target}${via && `, \u0447\u0435\u0440\u0435\u0437 \u0441\u0441\u044B\u043B\u043A\u0443 ${via}`})`
  );
}
async function extractTree(source, dest, options) {
  options.producer?.catch(() => void 0);
  const staging = `${dest}.partial-${randomBytes(4).toString("hex")}`;
  const tree = new TreeWriter(staging, options.root);
  try {
    await fsp.mkdir(path5.dirname(dest), { recursive: true });
    await fsp.mkdir(staging);
    const [piped, produced] = await Promise.allSettled([pipeline2(source, tree.sink()), options.producer ?? Promise.resolve()]);
    if (tree.refused) throw tree.refused;
    if (produced.status === "rejected") throw produced.reason;
    if (piped.status === "rejected") throw piped.reason;
    tree.checkLinks();
    await fsp.rmdir(dest).catch((err) => {
      if (err.code !== "ENOENT") throw err;
    });
    await fsp.rename(staging, dest);
    return tree.digests;
  } catch (err) {
    source.destroy();
    tree.dispose();
    await fsp.rm(staging, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }).catch(() => void 0);
    const leftBehind = await fsp.stat(staging).then(
      () => t(` A partial copy is left in ${staging}; remove it.`, ` \u0427\u0430\u0441\u0442\u0438\u0447\u043D\u0430\u044F \u043A\u043E\u043F\u0438\u044F \u043E\u0441\u0442\u0430\u043B\u0430\u0441\u044C \u0432 ${staging}; \u0443\u0434\u0430\u043B\u0438\u0442\u0435 \u0435\u0451.`),
      () => t("", "")
    );
    if (err instanceof MirrorError) {
      if (leftBehind.en) {
        const detail2 = t(`${err.detailText.en}${leftBehind.en}`, `${err.detailText.ru}${leftBehind.ru}`);
        throw new MirrorError(err.reason, detail2, { cause: err });
      }
      throw err;
    }
    const e = err;
    const said = e.message ?? String(err);
    const what = e.code === "ENOSPC" ? t("the disk is full", "\u0434\u0438\u0441\u043A \u0437\u0430\u043F\u043E\u043B\u043D\u0435\u043D") : t(said, said);
    const detail = t(
      `Could not write the deps tree to ${dest}: ${what.en}.${leftBehind.en || " Nothing was left behind."}`,
      `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u0430\u043F\u0438\u0441\u0430\u0442\u044C \u0434\u0435\u0440\u0435\u0432\u043E \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u0432 ${dest}: ${what.ru}.${leftBehind.ru || " \u041D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043E\u0441\u0442\u0430\u0432\u043B\u0435\u043D\u043E."}`
    );
    throw new MirrorError("InternalError", detail, { cause: err });
  }
}
function refusal(reason) {
  return new MirrorError(
    "Invalid",
    t(`Refused to extract the deps tree: ${reason.en}.`, `\u0418\u0437\u0432\u043B\u0435\u0447\u0435\u043D\u0438\u0435 \u0434\u0435\u0440\u0435\u0432\u0430 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u043E\u0442\u043A\u043B\u043E\u043D\u0435\u043D\u043E: ${reason.ru}.`)
  );
}
function permissions(mode, fallback) {
  const bits = (mode ?? 0) & 511;
  return bits === 0 ? fallback : bits;
}
function writeAll(fd, chunk) {
  for (let off = 0; off < chunk.length; ) off += fs6.writeSync(fd, chunk, off, chunk.length - off);
}
var TreeWriter = class {
  constructor(staging, root) {
    this.staging = staging;
    this.root = root;
    this.parser = new rt({ strict: true, onReadEntry: (entry) => this.onEntry(entry) });
    this.parser.on("error", (err) => this.fail(err));
    this.parser.on(
      "ignoredEntry",
      (entry) => this.fail(
        refusal(
          unsafeEntryText(entry, root) ?? t(
            `${quote(entry.path)} is a ${entry.type}, which cannot be read`,
            `${quote(entry.path)} \u0438\u043C\u0435\u0435\u0442 \u0442\u0438\u043F ${entry.type}, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u043D\u0435 \u0443\u0434\u0430\u0451\u0442\u0441\u044F \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C`
          )
        )
      )
    );
  }
  staging;
  root;
  /** Regular files by path in the tree: the digest of the bytes at that path now. */
  digests = /* @__PURE__ */ new Map();
  /** Directories by path in the tree; '' is the tree's root (the staging directory). */
  dirs = /* @__PURE__ */ new Set([""]);
  /** Symbolic links by path in the tree, with their text. */
  links = /* @__PURE__ */ new Map();
  parser;
  failure;
  /** The file being written, closed on a failure. */
  openFd;
  /** The sink's pending write or final callback, released on a failure. */
  waiting;
  /** The refusal that stopped the extraction, if one did. */
  get refused() {
    return this.failure instanceof MirrorError && this.failure.reason === "Invalid" ? this.failure : void 0;
  }
  /** A stream to pipe the archive into; it finishes once every entry is on disk, or fails with the first error. */
  sink() {
    return new Writable({
      write: (chunk, _encoding, done) => {
        const more = this.failure === void 0 ? this.parser.write(chunk) : true;
        if (more || this.failure) done(this.failure ?? null);
        else this.waitFor("drain", done);
      },
      final: (done) => {
        this.waitFor("end", done);
        this.parser.end();
      },
      destroy: (err, done) => {
        this.dispose();
        done(err);
      }
    });
  }
  /** Calls `done` on the parser's `event`, or at once on a failure (the event may then never come). */
  waitFor(event, done) {
    const release = () => {
      this.parser.off(event, release);
      this.waiting = void 0;
      done(this.failure ?? null);
    };
    this.waiting = release;
    this.parser.on(event, release);
    if (this.failure) release();
  }
  fail(err) {
    this.failure ??= err instanceof Error ? err : new Error(String(err));
    this.dispose();
    this.waiting?.();
  }
  /** Closes the file being written, if any. */
  dispose() {
    if (this.openFd === void 0) return;
    const fd = this.openFd;
    this.openFd = void 0;
    try {
      fs6.closeSync(fd);
    } catch {
    }
  }
  full(rel) {
    return path5.join(this.staging, rel);
  }
  /** A path of the tree as the archive names it, in full (deps trees nest deep). */
  shown(rel) {
    return quote(rel === "" ? this.root : `${this.root}/${rel}`, 400);
  }
  onEntry(entry) {
    if (this.failure) {
      entry.resume();
      return;
    }
    try {
      this.apply(entry);
    } catch (err) {
      this.fail(err);
      entry.resume();
    }
  }
  apply(entry) {
    const why = unsafeEntryText(entry, this.root);
    if (why !== void 0) throw refusal(why);
    const parts = components(entry.path).slice(1);
    const rel = parts.join("/");
    if (rel === "") {
      if (entry.type !== "Directory") {
        const q2 = quote(entry.path);
        throw refusal(t(`${q2} is a ${entry.type}, not the tree's directory`, `${q2} \u0438\u043C\u0435\u0435\u0442 \u0442\u0438\u043F ${entry.type}, \u0430 \u043D\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u0434\u0435\u0440\u0435\u0432\u0430`));
      }
      entry.resume();
      return;
    }
    this.makeParents(parts, entry.path);
    if (isRegularFile(entry.type)) {
      this.writeFile(rel, entry);
      return;
    }
    if (entry.type === "Directory") this.makeDirectory(rel, entry);
    else if (entry.type === "SymbolicLink") this.makeSymlink(rel, entry);
    else this.makeHardLink(rel, entry);
    entry.resume();
  }
  /** Creates the entry's missing parent directories; refuses a parent that is a link or a file. */
  makeParents(parts, name) {
    if (this.dirs.has(parts.slice(0, -1).join("/"))) return;
    let rel = "";
    for (const part of parts.slice(0, -1)) {
      rel = rel === "" ? part : `${rel}/${part}`;
      if (this.dirs.has(rel)) continue;
      const q2 = quote(name);
      if (this.links.has(rel))
        throw refusal(
          t(`${q2} would be written through the link ${this.shown(rel)}`, `${q2} \u0431\u044B\u043B \u0431\u044B \u0437\u0430\u043F\u0438\u0441\u0430\u043D \u0447\u0435\u0440\u0435\u0437 \u0441\u0441\u044B\u043B\u043A\u0443 ${this.shown(rel)}`)
        );
      if (this.digests.has(rel))
        throw refusal(t(`${q2} would be written inside the file ${this.shown(rel)}`, `${q2} \u0431\u044B\u043B \u0431\u044B \u0437\u0430\u043F\u0438\u0441\u0430\u043D \u0432\u043D\u0443\u0442\u0440\u044C \u0444\u0430\u0439\u043B\u0430 ${this.shown(rel)}`));
      fs6.mkdirSync(this.full(rel), 493);
      this.dirs.add(rel);
    }
  }
  /** Unlinks the file or link at `rel` so that a new entry can take its place; a directory stays. */
  clear(rel, name) {
    if (this.dirs.has(rel)) throw refusal(t(`${quote(name)} would replace a directory`, `${quote(name)} \u0437\u0430\u043C\u0435\u043D\u0438\u043B \u0431\u044B \u043A\u0430\u0442\u0430\u043B\u043E\u0433`));
    if (this.digests.delete(rel) || this.links.delete(rel)) fs6.unlinkSync(this.full(rel));
  }
  makeDirectory(rel, entry) {
    if (this.dirs.has(rel)) return;
    this.clear(rel, entry.path);
    fs6.mkdirSync(this.full(rel), permissions(entry.mode, 493) | 448);
    this.dirs.add(rel);
  }
  makeSymlink(rel, entry) {
    const target = entry.linkpath ?? "";
    this.clear(rel, entry.path);
    fs6.symlinkSync(target, this.full(rel));
    this.links.set(rel, target);
  }
  /** A hard link names a member of the archive: only a regular file already extracted will do. */
  makeHardLink(rel, entry) {
    const text = entry.linkpath ?? "";
    const parts = [];
    for (const part of components(text)) {
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    const target = parts.slice(1).join("/");
    const digest = this.digests.get(target);
    if (digest === void 0) {
      const [q2, tq] = [quote(entry.path), quote(text)];
      throw refusal(
        t(
          `hard link ${q2} points to ${tq}, which is not a file extracted before it`,
          `\u0436\u0451\u0441\u0442\u043A\u0430\u044F \u0441\u0441\u044B\u043B\u043A\u0430 ${q2} \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 ${tq}, \u0430 \u044D\u0442\u043E \u043D\u0435 \u0444\u0430\u0439\u043B, \u0438\u0437\u0432\u043B\u0435\u0447\u0451\u043D\u043D\u044B\u0439 \u0440\u0430\u043D\u044C\u0448\u0435 \u043D\u0435\u0451`
        )
      );
    }
    if (target === rel) return;
    this.clear(rel, entry.path);
    fs6.linkSync(this.full(target), this.full(rel));
    this.digests.set(rel, digest);
  }
  /** Writes the entry's bytes as they come, hashing them; the digest is recorded at the entry's end. */
  writeFile(rel, entry) {
    this.clear(rel, entry.path);
    const fd = fs6.openSync(this.full(rel), "wx", permissions(entry.mode, 420));
    this.openFd = fd;
    const hash = createHash3("sha256");
    let size = 0;
    entry.on("data", (chunk) => {
      if (this.failure) return;
      try {
        writeAll(fd, chunk);
      } catch (err) {
        this.fail(err);
        return;
      }
      hash.update(chunk);
      size += chunk.length;
    });
    entry.on("end", () => {
      if (this.failure) return;
      try {
        if (entry.mtime) fs6.futimesSync(fd, entry.atime ?? entry.mtime, entry.mtime);
        this.openFd = void 0;
        fs6.closeSync(fd);
      } catch (err) {
        this.fail(err);
        return;
      }
      this.digests.set(rel, { size, sha256: hash.digest("hex") });
    });
    entry.resume();
  }
  /**
   * Refuses the tree if a symbolic link's real target leaves it: each link is resolved component by
   * component through the links of the whole archive (those before it and those after), as the kernel
   * would, so that a chain of links, each harmless as text, cannot reach outside.
   */
  checkLinks() {
    for (const [rel, text] of this.links) {
      const why = this.resolve(rel, text);
      if (why !== void 0) throw refusal(why);
    }
  }
  /** Why the link at `rel` leaves the tree (or points at its root), or undefined when it stays inside. */
  resolve(rel, text) {
    const outside = (via2) => outsideTree(this.shown(rel), quote(text), via2 === rel ? "" : this.shown(via2));
    const at2 = rel.split("/").slice(0, -1);
    const todo = text.split("/").reverse();
    let via = rel;
    let hops = 0;
    while (todo.length > 0) {
      const part = todo.pop() ?? "";
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (at2.length === 0) return outside(via);
        at2.pop();
        continue;
      }
      const next = [...at2, part].join("/");
      const target = this.links.get(next);
      if (target === void 0) {
        at2.push(part);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) {
        const shown = this.shown(rel);
        return t(
          `link ${shown} goes through more than ${MAX_LINK_HOPS} links (a loop?)`,
          `\u0441\u0441\u044B\u043B\u043A\u0430 ${shown} \u043F\u0440\u043E\u0445\u043E\u0434\u0438\u0442 \u0447\u0435\u0440\u0435\u0437 \u0431\u043E\u043B\u0435\u0435 \u0447\u0435\u043C ${MAX_LINK_HOPS} \u0441\u0441\u044B\u043B\u043E\u043A (\u0446\u0438\u043A\u043B?)`
        );
      }
      via = next;
      todo.push(...target.split("/").reverse());
    }
    if (at2.length === 0) {
      const shown = this.shown(rel);
      return t(
        `link ${shown} points to the tree's own directory (${quote(text)})`,
        `\u0441\u0441\u044B\u043B\u043A\u0430 ${shown} \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043D\u0430 \u0441\u0430\u043C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u0434\u0435\u0440\u0435\u0432\u0430 (${quote(text)})`
      );
    }
    return void 0;
  }
};

// src/effects/tree-merge.ts
import { createReadStream as createReadStream3 } from "node:fs";
import * as fs10 from "node:fs/promises";
import * as path9 from "node:path";

// src/effects/commit-builder.ts
import { createReadStream as createReadStream2 } from "node:fs";
import * as fs9 from "node:fs/promises";
import * as path8 from "node:path";

// src/common/retry.ts
var DEFAULT_RETRY = { attempts: 4, baseMs: 1e3, maxMs: 3e4 };
function retryDelay(policy, attempt, retryAfterMs, random) {
  if (retryAfterMs !== void 0 && retryAfterMs >= 0) return Math.min(retryAfterMs, policy.maxMs * 4);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
async function withRetry(fn, policy = DEFAULT_RETRY, hooks = {}) {
  const sleep = hooks.sleep ?? ((ms2) => abortableSleep(ms2, hooks.signal));
  const random = hooks.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!(err instanceof MirrorError) || !err.transient || attempt >= policy.attempts || hooks.signal?.aborted) throw err;
      const delay = retryDelay(policy, attempt, err.retryAfterMs, random);
      hooks.onRetry?.(err, attempt, delay);
      await sleep(delay);
      if (hooks.signal?.aborted) throw err;
    }
  }
}
function abortableSleep(ms2, signal) {
  return new Promise((resolve4) => {
    const timer = setTimeout(done, ms2);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve4();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
function retryRemote(fn, opts) {
  return withRetry(fn, opts.retry ?? DEFAULT_RETRY, {
    ...opts.signal ? { signal: opts.signal } : {},
    onRetry: (err, attempt, delay) => opts.onRetry?.(`${err.message} Retrying in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1}).`)
  });
}

// src/effects/git-failure.ts
var GIT_CHATTER = /^(hint:|To |Everything up-to-date)/;
var REJECTED = ["[rejected]", "(fetch first)", "(stale info)", "(non-fast-forward)"];
var REMOTE_REJECTED = ["already exists", "failed to update ref", "failed to lock ref", "cannot lock ref", "stale"];
var TOO_LARGE = ["large files detected", "exceeds github's file size limit", "gh001", "file size limit", "too large"];
var REFUSED = [
  "protected branch",
  "not allowed to push",
  "not allowed to force push",
  "not allowed to delete",
  "pre-receive hook declined",
  "gh006"
];
var UNAUTHORIZED = [
  "authentication failed",
  "could not read username",
  "could not read password",
  "terminal prompts disabled",
  "invalid username or password"
];
var FORBIDDEN = ["permission denied", "access denied", "forbidden"];
var NOT_FOUND = ["repository not found", "does not appear to be a git repository"];
var TIMEOUT = ["operation too slow", "timed out", "timeout was reached"];
var SERVER_TIMED_OUT = ["timeout", "time out", "timedout", "timed out"];
var UNAVAILABLE = [
  "could not resolve host",
  "failed to connect",
  "connection refused",
  "connection reset",
  "empty reply from server",
  "unexpected disconnect",
  "the remote end hung up",
  "early eof",
  "ssl_error",
  "gnutls_handshake"
];
var anyOf = (text, needles) => needles.some((n) => text.includes(n));
function onOneLine(text, first, then) {
  let from = 0;
  for (; ; ) {
    const at2 = text.indexOf(first, from);
    if (at2 < 0) return false;
    const end = text.indexOf("\n", at2);
    const rest = text.slice(at2 + first.length, end < 0 ? text.length : end);
    if (anyOf(rest, then)) return true;
    if (end < 0) return false;
    from = end + 1;
  }
}
var RPC_FAILED = "error: RPC failed; ";
function statusOf(text) {
  const found = [firstCode(text, "returned error: ", false), firstCode(text, "HTTP ", true)].filter((c) => c.at >= 0);
  found.sort((a, b2) => a.at - b2.at);
  return found[0]?.code ?? 0;
}
function firstCode(text, prefix, wholeNumber) {
  for (let at2 = text.indexOf(prefix); at2 >= 0; at2 = text.indexOf(prefix, at2 + 1)) {
    const digits = text.slice(at2 + prefix.length, at2 + prefix.length + 4);
    if (!/^\d{3}/.test(digits)) continue;
    if (wholeNumber && /^\d{3}\w/.test(digits) && !text.endsWith(RPC_FAILED, at2)) continue;
    return { at: at2, code: Number(digits.slice(0, 3)) };
  }
  return { at: -1, code: 0 };
}
function isLeaseRejection(text) {
  return rejected(text.toLowerCase());
}
function rejected(lower) {
  return anyOf(lower, REJECTED) || onOneLine(lower, "[remote rejected]", REMOTE_REJECTED);
}
function reasonOf(verb, text) {
  const lower = text.toLowerCase();
  if (rejected(lower)) return verb === "create" ? "AlreadyExists" : "Conflict";
  if (anyOf(lower, TOO_LARGE)) return "RequestEntityTooLarge";
  if (anyOf(lower, REFUSED)) return "Forbidden";
  const byStatus = reasonForCode(verb, statusOf(text), text);
  if (byStatus) return byStatus;
  if (anyOf(lower, UNAUTHORIZED)) return "Unauthorized";
  if (anyOf(lower, FORBIDDEN) || onOneLine(lower, "permission to ", [" denied"])) return "Forbidden";
  if (anyOf(lower, NOT_FOUND) || onOneLine(lower, "repository '", ["' not found"])) return "NotFound";
  if (anyOf(lower, TIMEOUT)) return "Timeout";
  if (anyOf(lower, UNAVAILABLE)) return "ServiceUnavailable";
  return void 0;
}
function reasonForCode(verb, code2, text) {
  if (code2 === 500)
    return anyOf(text.split("returned error: 500").join("").toLowerCase(), SERVER_TIMED_OUT) ? "ServerTimeout" : "InternalError";
  if (code2 === 409) return "Conflict";
  if (code2 === 410) return verb === "delete" ? "Expired" : "Gone";
  return reasonForStatus(code2);
}
function gitFailure(verb, resource, result, whatText) {
  const text = `${result.stderr}
${result.stdout}`;
  const what = textOf(whatText);
  if (result.timedOut) {
    return new MirrorError("Timeout", t(`${what.en} did not finish in time.`, `\u041A\u043E\u043C\u0430\u043D\u0434\u0430 ${what.ru} \u043D\u0435 \u0437\u0430\u0432\u0435\u0440\u0448\u0438\u043B\u0430\u0441\u044C \u0432\u043E\u0432\u0440\u0435\u043C\u044F.`), {
      verb,
      resource
    });
  }
  const reason = reasonOf(verb, text) ?? "InternalError";
  const said = lastLines(result.stderr || result.stdout, 3, { trim: true, skip: GIT_CHATTER, separator: " / ", maxChars: 500 });
  const op = reasonsFor(verb).includes(reason) ? verb : "get";
  const gitSaid = said ? ` (git: ${said})` : "";
  const detail = t(`${what.en} failed${gitSaid}.`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C ${what.ru}${gitSaid}.`);
  return new MirrorError(reason, detail, { verb: op, resource, hint: hintFor(reason) });
}
function hintFor(reason) {
  switch (reason) {
    case "Unauthorized":
      return t(
        "Check mirror-token (and mirror-username: GitLab wants oauth2, GitHub any name with a token that has contents:write).",
        "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 mirror-token (\u0438 mirror-username: GitLab \u0436\u0434\u0451\u0442 oauth2, GitHub \u2014 \u043B\u044E\u0431\u043E\u0435 \u0438\u043C\u044F \u0441 \u0442\u043E\u043A\u0435\u043D\u043E\u043C, \u0443 \u043A\u043E\u0442\u043E\u0440\u043E\u0433\u043E \u0435\u0441\u0442\u044C \u043F\u0440\u0430\u0432\u043E contents:write)."
      );
    case "Forbidden":
      return t(
        "The token is valid but may not write to this repository or branch (protected branch, missing scope).",
        "\u0422\u043E\u043A\u0435\u043D \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043B\u0435\u043D, \u043D\u043E \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u043F\u0438\u0441\u0430\u0442\u044C \u0432 \u044D\u0442\u043E\u0442 \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0439 \u0438\u043B\u0438 \u0432\u0435\u0442\u043A\u0443 (\u0437\u0430\u0449\u0438\u0449\u0451\u043D\u043D\u0430\u044F \u0432\u0435\u0442\u043A\u0430, \u043D\u0435\u0442 \u043D\u0443\u0436\u043D\u043E\u0433\u043E \u043F\u0440\u0430\u0432\u0430)."
      );
    case "NotFound":
      return t(
        "Check mirror-repo: the repository must exist and the token must see it.",
        "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 mirror-repo: \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0439 \u0434\u043E\u043B\u0436\u0435\u043D \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C, \u0438 \u0442\u043E\u043A\u0435\u043D \u0434\u043E\u043B\u0436\u0435\u043D \u0438\u043C\u0435\u0442\u044C \u043A \u043D\u0435\u043C\u0443 \u0434\u043E\u0441\u0442\u0443\u043F."
      );
    case "RequestEntityTooLarge":
      return t(
        "A file is over the server's per-file limit (GitHub refuses files over 100 MiB; grpc.tar.gz often is): set large-files: lfs, or use a mirror whose limit fits.",
        "\u0424\u0430\u0439\u043B \u043F\u0440\u0435\u0432\u044B\u0448\u0430\u0435\u0442 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u0435 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 \u043D\u0430 \u0440\u0430\u0437\u043C\u0435\u0440 \u0444\u0430\u0439\u043B\u0430 (GitHub \u043D\u0435 \u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0435\u0442 \u0444\u0430\u0439\u043B\u044B \u0431\u043E\u043B\u044C\u0448\u0435 100 MiB, \u0430 grpc.tar.gz \u0447\u0430\u0441\u0442\u043E \u0431\u043E\u043B\u044C\u0448\u0435): \u0437\u0430\u0434\u0430\u0439\u0442\u0435 large-files: lfs \u0438\u043B\u0438 \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u0437\u0435\u0440\u043A\u0430\u043B\u043E \u0441 \u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0449\u0438\u043C \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u0435\u043C."
      );
    case "AlreadyExists":
      return t(
        "Another run created the branch first; run again with if-exists: skip or overwrite.",
        "\u0414\u0440\u0443\u0433\u043E\u0439 \u0437\u0430\u043F\u0443\u0441\u043A \u0443\u0441\u043F\u0435\u043B \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u0432\u0435\u0442\u043A\u0443 \u0440\u0430\u043D\u044C\u0448\u0435; \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430 \u0441 if-exists: skip \u0438\u043B\u0438 overwrite."
      );
    case "Conflict":
      return t(
        "The branch changed since it was checked; run again to build on the new state.",
        "\u0412\u0435\u0442\u043A\u0430 \u0438\u0437\u043C\u0435\u043D\u0438\u043B\u0430\u0441\u044C \u043F\u043E\u0441\u043B\u0435 \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438; \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430, \u0447\u0442\u043E\u0431\u044B \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u0432\u0435\u0440\u0445 \u043D\u043E\u0432\u043E\u0433\u043E \u0441\u043E\u0441\u0442\u043E\u044F\u043D\u0438\u044F."
      );
    default:
      return void 0;
  }
}
var LFS_STATUS = /^\S+ trace git-lfs: HTTP: (\d{3})\s*$/;
function lfsFailure(resource, result) {
  const lines = `${result.stderr}
${result.stdout}`.split("\n");
  const statuses = lines.map((l) => LFS_STATUS.exec(l.trim())?.[1]).filter((s3) => s3 !== void 0).map(Number);
  const failing = statuses.filter((s3) => s3 >= 400).pop();
  const own = lines.filter((l) => !/^\S+ (trace|run-command\.c|git\.c)/.test(l.trim()) && !/trace git-lfs:|trace: /.test(l));
  const text = own.join("\n");
  const lower = text.toLowerCase();
  const said = lastLines(own.join("\n"), 3, { trim: true, separator: " / ", maxChars: 500 });
  const lfsSaid = said ? ` (git-lfs: ${said})` : "";
  const what = t(`git lfs push failed${lfsSaid}.`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`git lfs push\`${lfsSaid}.`);
  if (result.timedOut) {
    const late = t("git lfs push did not finish in time.", "\u041A\u043E\u043C\u0430\u043D\u0434\u0430 `git lfs push` \u043D\u0435 \u0437\u0430\u0432\u0435\u0440\u0448\u0438\u043B\u0430\u0441\u044C \u0432\u043E\u0432\u0440\u0435\u043C\u044F.");
    return new MirrorError("Timeout", late, { verb: "create", resource });
  }
  let reason;
  if (failing !== void 0)
    reason = failing === 500 ? "InternalError" : reasonForStatus(failing) ?? (failing >= 500 ? "ServiceUnavailable" : void 0);
  if (lower.includes("uploading failed due to unsupported content-type")) reason = "Invalid";
  reason ??= anyOf(lower, ["credentials for", "terminal prompts disabled", "authentication required"]) ? "Unauthorized" : anyOf(lower, ["i/o timeout", "use of closed network connection", "timeout"]) ? "Timeout" : anyOf(lower, UNAVAILABLE) || lower.includes("connection refused") ? "ServiceUnavailable" : "InternalError";
  return new MirrorError(reason, what, { verb: "create", resource, hint: lfsHint(reason) });
}
function lfsHint(reason) {
  switch (reason) {
    case "Unauthorized":
      return t(
        "The LFS endpoint refused the credentials: check mirror-token (it is sent to <mirror-repo>/info/lfs as to git).",
        "\u0421\u0435\u0440\u0432\u0435\u0440 LFS \u043D\u0435 \u043F\u0440\u0438\u043D\u044F\u043B \u0443\u0447\u0451\u0442\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435: \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 mirror-token (\u043E\u043D \u043F\u0435\u0440\u0435\u0434\u0430\u0451\u0442\u0441\u044F \u043D\u0430 <mirror-repo>/info/lfs \u0442\u0430\u043A \u0436\u0435, \u043A\u0430\u043A \u0434\u043B\u044F git)."
      );
    case "Forbidden":
      return t(
        "The token may not write LFS objects to this repository (GitHub: contents: write; an LFS quota that is used up also answers 403).",
        "\u0422\u043E\u043A\u0435\u043D\u0443 \u043D\u0435\u043B\u044C\u0437\u044F \u0437\u0430\u043F\u0438\u0441\u044B\u0432\u0430\u0442\u044C \u043E\u0431\u044A\u0435\u043A\u0442\u044B LFS \u0432 \u044D\u0442\u043E\u0442 \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0439 (GitHub: \u043D\u0443\u0436\u043D\u043E \u043F\u0440\u0430\u0432\u043E `contents: write`; \u0438\u0441\u0447\u0435\u0440\u043F\u0430\u043D\u043D\u0430\u044F \u043A\u0432\u043E\u0442\u0430 LFS \u0442\u043E\u0436\u0435 \u0434\u0430\u0451\u0442 403)."
      );
    case "NotFound":
      return t(
        "The mirror has no LFS endpoint at <mirror-repo>/info/lfs, or the token cannot see the repository.",
        "\u0423 \u0437\u0435\u0440\u043A\u0430\u043B\u0430 \u043D\u0435\u0442 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 LFS \u043F\u043E \u0430\u0434\u0440\u0435\u0441\u0443 <mirror-repo>/info/lfs, \u0438\u043B\u0438 \u0442\u043E\u043A\u0435\u043D \u043D\u0435 \u0438\u043C\u0435\u0435\u0442 \u0434\u043E\u0441\u0442\u0443\u043F\u0430 \u043A \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u044E."
      );
    case "RequestEntityTooLarge":
      return t(
        "An object is over the LFS server's size limit (GitHub: 2 GB on Free and Pro, up to 5 GB on larger plans).",
        "\u041E\u0431\u044A\u0435\u043A\u0442 \u043F\u0440\u0435\u0432\u044B\u0448\u0430\u0435\u0442 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u0435 \u0440\u0430\u0437\u043C\u0435\u0440\u0430 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 LFS (GitHub: 2 GB \u043D\u0430 \u0442\u0430\u0440\u0438\u0444\u0430\u0445 Free \u0438 Pro, \u0434\u043E 5 GB \u043D\u0430 \u0441\u0442\u0430\u0440\u0448\u0438\u0445 \u0442\u0430\u0440\u0438\u0444\u0430\u0445)."
      );
    case "Invalid":
      return t(
        "The LFS server refused an upload as invalid (HTTP 422): nothing was stored and the branch was not pushed.",
        "\u0421\u0435\u0440\u0432\u0435\u0440 LFS \u043E\u0442\u043A\u043B\u043E\u043D\u0438\u043B \u0437\u0430\u0433\u0440\u0443\u0437\u043A\u0443 \u043A\u0430\u043A \u043D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u0443\u044E (HTTP 422): \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0441\u043E\u0445\u0440\u0430\u043D\u0435\u043D\u043E, \u0438 \u0432\u0435\u0442\u043A\u0430 \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0430."
      );
    case "Timeout":
      return t(
        "The upload stalled: the LFS server stopped taking bytes. Run again; objects already stored are not sent again.",
        "\u0417\u0430\u0433\u0440\u0443\u0437\u043A\u0430 \u0437\u0430\u0432\u0438\u0441\u043B\u0430: \u0441\u0435\u0440\u0432\u0435\u0440 LFS \u043F\u0435\u0440\u0435\u0441\u0442\u0430\u043B \u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u044C \u0434\u0430\u043D\u043D\u044B\u0435. \u0417\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430; \u0443\u0436\u0435 \u0441\u043E\u0445\u0440\u0430\u043D\u0451\u043D\u043D\u044B\u0435 \u043E\u0431\u044A\u0435\u043A\u0442\u044B \u043F\u043E\u0432\u0442\u043E\u0440\u043D\u043E \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u044F\u044E\u0442\u0441\u044F."
      );
    default:
      return void 0;
  }
}

// src/effects/manifest.ts
import { createHash as createHash4, randomBytes as randomBytes2 } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import * as fs8 from "node:fs/promises";
import * as path7 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// src/effects/tree-walk.ts
import * as fs7 from "node:fs/promises";
import * as path6 from "node:path";
async function walkTree(dir, visit) {
  const out = [];
  const walk = async (rel) => {
    for (const d of await fs7.readdir(path6.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? d.name : `${rel}/${d.name}`;
      visit?.(child, d.name);
      if (d.isDirectory()) await walk(child);
      else out.push(await entryOf(dir, child, d));
    }
  };
  await walk("");
  return out.sort((a, b2) => byCodeUnit(a.rel, b2.rel));
}
async function entryOf(dir, rel, d) {
  if (d.isSymbolicLink()) return { rel, kind: "link", executable: false };
  if (!d.isFile()) return { rel, kind: "other", executable: false };
  const { mode } = await fs7.stat(path6.join(dir, rel));
  return { rel, kind: "file", executable: (mode & 73) !== 0 };
}

// src/effects/manifest.ts
function manifestPathFor(treeDir) {
  return `${treeDir.replace(/[\\/]+$/, "")}.SHA256SUMS`;
}
async function sha256OfFile(file) {
  const hash = createHash4("sha256");
  await pipeline3(createReadStream(file), hash);
  return hash.digest("hex");
}
async function buildManifest(treeDir, known = /* @__PURE__ */ new Map()) {
  const entries = [];
  for (const { rel, kind } of await walkTree(treeDir)) {
    const full = path7.join(treeDir, rel);
    if (kind === "link") entries.push(await linkEntry(full, rel));
    else if (kind === "file") entries.push(await fileEntry(full, rel, known.get(rel)));
  }
  const files = entries.filter((e) => e.kind === "file");
  const text = files.map((e) => `${e.sha256}  ${e.path}
`).join("");
  const links = entries.filter((e) => e.kind === "link").map((e) => `symlink ${e.sha256}  ${e.path}
`);
  return {
    entries,
    fileCount: files.length,
    totalBytes: files.reduce((sum, e) => sum + e.size, 0),
    digest: createHash4("sha256").update(text + links.join("")).digest("hex"),
    text
  };
}
async function linkEntry(full, rel) {
  const target = await fs8.readlink(full, { encoding: "buffer" });
  const sha256 = createHash4("sha256").update(target).digest("hex");
  return { kind: "link", path: rel, target: target.toString("utf8"), size: target.length, sha256 };
}
async function fileEntry(full, rel, seen) {
  if (seen !== void 0) {
    const st2 = await fs8.lstat(full);
    if (st2.isFile() && st2.size === seen.size) return { kind: "file", path: rel, size: seen.size, sha256: seen.sha256 };
  }
  const handle = await fs8.open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st2 = await handle.stat();
    if (!st2.isFile()) throw new Error(`${rel} is no longer a regular file`);
    const hash = createHash4("sha256");
    await pipeline3(handle.createReadStream({ autoClose: false }), hash);
    return { kind: "file", path: rel, size: st2.size, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}
async function writeManifest(manifest, file) {
  await writeFileSafely(file, manifest.text);
}
async function writeFileSafely(file, text) {
  const tmp = `${file}.${randomBytes2(8).toString("hex")}.tmp`;
  let created = false;
  try {
    const handle = await fs8.open(tmp, "wx");
    created = true;
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    await fs8.rename(tmp, file);
  } catch (err) {
    if (created) await fs8.rm(tmp, { force: true }).catch(() => void 0);
    throw err;
  }
}

// src/effects/tarball-digest.ts
import { createHash as createHash5 } from "node:crypto";
import { pipeline as pipeline4 } from "node:stream/promises";
var VOLATILE_GIT_FILE = /(^|\/)\.git\/(modules\/.+\/)?(index|logs(\/.*)?)$/;
async function tarballDigest(stream) {
  const members = [];
  const pending = [];
  const parser = new rt({
    onReadEntry: (entry) => {
      const name = entry.path.replace(/^\.\//, "").replace(/\/+$/, "");
      if (VOLATILE_GIT_FILE.test(name)) {
        entry.resume();
        return;
      }
      if (isRegularFile(entry.type)) {
        pending.push(hashEntry(entry).then(({ sha256 }) => void members.push(`${name}	file	${sha256}`)));
        return;
      }
      const what = entry.type === "SymbolicLink" || entry.type === "Link" ? `${entry.type}	${entry.linkpath ?? ""}` : entry.type;
      members.push(`${name}	${what}`);
      entry.resume();
    }
  });
  await pipeline4(stream, parser);
  await Promise.all(pending);
  members.sort();
  return createHash5("sha256").update(members.join("\n")).digest("hex");
}

// src/effects/commit-builder.ts
var IDENTITY = {
  GIT_AUTHOR_NAME: "falco-deps-mirror",
  GIT_AUTHOR_EMAIL: "falco-deps-mirror@users.noreply.github.com",
  GIT_COMMITTER_NAME: "falco-deps-mirror",
  GIT_COMMITTER_EMAIL: "falco-deps-mirror@users.noreply.github.com"
};
var REPO_CONFIG = {
  "core.compression": "0",
  "core.bigFileThreshold": "1m",
  "pack.window": "0",
  "gc.auto": "0"
};
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function buildCommit(req) {
  const { git, repo, message, parent } = req;
  await fs9.rm(repo, { recursive: true, force: true });
  await git.run(["init", "--quiet", "--bare", repo]);
  for (const [k2, v2] of Object.entries(REPO_CONFIG)) await local(req, ["config", k2, v2], "git config");
  if (parent !== void 0) await fetchTip(req, parent);
  const view = parent !== void 0 ? await parentView(req, parent) : { entries: /* @__PURE__ */ new Map(), lfs: /* @__PURE__ */ new Set(), blob: () => Promise.resolve(void 0) };
  const kept = parent !== void 0 && req.platforms.keep.length > 0 ? keptEntries(req, parent, view) : /* @__PURE__ */ new Map();
  const entries = await listEntries(req.treeDir);
  const ours = await lfsObjectsOf(req, entries);
  const cmp = {
    parentEntries: view.entries,
    parentLfs: view.lfs,
    parentMembers: view.meta?.members ?? {},
    parentSbom: () => view.blob(SBOM_FILE),
    ours
  };
  const { tree, platforms, lfsObjects } = await writeTree(req, entries, kept, cmp);
  if (parent !== void 0) {
    if (await sameContent(req, view.entries, await listTree(req, tree), cmp))
      return { commit: parent, tree, unchanged: true, platforms, lfsObjects: [] };
  }
  const args = ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"];
  const commit = (await local(req, args, "git commit-tree", message, IDENTITY)).trim();
  if (!SHA.test(commit))
    throw new MirrorError(
      "InternalError",
      t(`git commit-tree gave ${JSON.stringify(commit)}`, `\`git commit-tree\` \u0432\u0435\u0440\u043D\u0443\u043B\u0430 ${JSON.stringify(commit)}`)
    );
  return { commit, tree, unchanged: false, platforms, lfsObjects };
}
async function parentView(req, parent) {
  const listing = await listTree(req, `${parent}^{tree}`);
  const blob = async (rel) => {
    if (!listing.has(rel)) return void 0;
    const r = await req.git.run(["cat-file", "blob", `${parent}:${rel}`], { gitDir: req.repo });
    if (r.code !== 0) {
      const said = lastLines(r.stderr.trim(), 3, { separator: " / " });
      const spec = `${parent.slice(0, 12)}:${rel}`;
      throw new MirrorError(
        "InternalError",
        t(`git cat-file of ${spec} failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`git cat-file\` \u0434\u043B\u044F ${spec}: ${said}`)
      );
    }
    return r.stdout;
  };
  const attributes = await blob(GITATTRIBUTES);
  const text = await blob(METADATA_FILE);
  const meta = text === void 0 ? void 0 : parseMetadata(text);
  return {
    entries: listing,
    ...meta ? { meta } : {},
    lfs: attributes === void 0 ? /* @__PURE__ */ new Set() : lfsPathsOf(attributes),
    blob
  };
}
async function lfsObjectsOf(req, entries) {
  const out = /* @__PURE__ */ new Map();
  const large = req.large;
  if (large?.files.mode !== "lfs") return out;
  for (const entry of entries) {
    if (entry.kind !== "file") continue;
    const file = path8.join(req.treeDir, entry.rel);
    const size = (await fs9.stat(file)).size;
    if (!storedWithLfs(large.files, size)) continue;
    const known = large.digests.get(entry.rel);
    const oid = known?.size === size ? known.sha256 : await sha256OfFile(file);
    const members = comparedByMembers(entry.rel) ? await tarballDigest(createReadStream2(file)) : void 0;
    out.set(entry.rel, { rel: entry.rel, file, oid, size, ...members ? { members } : {} });
  }
  return out;
}
async function readMetadata(req, commit) {
  const text = await readRootFile(req, commit, METADATA_FILE);
  return text === void 0 ? void 0 : parseMetadata(text);
}
async function readRootFile(req, commit, name) {
  const spec = `${commit}:${name}`;
  const exists = await req.git.run(["cat-file", "-e", spec], { gitDir: req.repo });
  if (exists.code !== 0) return void 0;
  const r = await req.git.run(["cat-file", "blob", spec], { gitDir: req.repo });
  if (r.code !== 0) {
    const said = lastLines(r.stderr.trim(), 3, { separator: " / " });
    throw new MirrorError(
      "InternalError",
      t(`git cat-file of ${spec} failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`git cat-file\` \u0434\u043B\u044F ${spec}: ${said}`)
    );
  }
  return r.stdout;
}
function keptEntries(req, parent, { entries, meta }) {
  if (!meta)
    throw new MirrorError(
      "InternalError",
      t(
        `The branch's commit ${parent.slice(0, 12)} has no readable ${METADATA_FILE}, yet its platforms were read before the build.`,
        `\u0412 \u043A\u043E\u043C\u043C\u0438\u0442\u0435 ${parent.slice(0, 12)} \u0432\u0435\u0442\u043A\u0438 \u043D\u0435\u0442 \u0447\u0438\u0442\u0430\u0435\u043C\u043E\u0433\u043E ${METADATA_FILE}, \u0445\u043E\u0442\u044F \u0435\u0433\u043E \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B \u0431\u044B\u043B\u0438 \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u043D\u044B \u0434\u043E \u0441\u0431\u043E\u0440\u043A\u0438.`
      )
    );
  const kept = /* @__PURE__ */ new Map();
  for (const [rel, entry] of entries) {
    if (rel === METADATA_FILE || rel === GITATTRIBUTES || rel === SBOM_FILE) continue;
    const platforms = platformsOfPath(meta, rel).filter((p2) => req.platforms.keep.includes(p2));
    if (platforms.length > 0) kept.set(rel, { entry, platforms });
  }
  return kept;
}
async function local(req, args, what, input, env) {
  const r = await req.git.run(args, { gitDir: req.repo, ...input !== void 0 ? { input } : {}, ...env ? { env } : {} });
  if (r.code !== 0) {
    const said = lastLines(r.stderr.trim(), 3, { separator: " / " });
    throw new MirrorError("InternalError", t(`${what} failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`${what}\`: ${said}`));
  }
  return r.stdout;
}
async function writeTree(req, entries, kept, cmp) {
  const { treeDir } = req;
  const files = entries.filter((e) => e.kind === "file" && !cmp.ours.has(e.rel));
  const paths = files.map((f2) => path8.join(treeDir, f2.rel)).join("\n") + "\n";
  const ids = files.length ? (await local(req, ["hash-object", "-w", "--no-filters", "--stdin-paths"], "git hash-object", paths)).trim().split("\n") : [];
  const blob = async (text) => (await local(req, ["hash-object", "-w", "--no-filters", "--stdin"], "git hash-object", text)).trim();
  const index = /* @__PURE__ */ new Map();
  files.forEach((f2, i) => index.set(f2.rel, `${f2.executable ? "100755" : "100644"} blob ${ids[i]}`));
  for (const o of cmp.ours.values()) index.set(o.rel, `100644 blob ${await blob(lfsPointer(o.oid, o.size))}`);
  for (const link2 of entries.filter((e) => e.kind === "link")) {
    index.set(link2.rel, `120000 blob ${await blob(await fs9.readlink(path8.join(treeDir, link2.rel)))}`);
  }
  if (cmp.ours.size > 0 && index.has(GITATTRIBUTES)) {
    throw new MirrorError(
      "Invalid",
      t(
        `The deps tree holds ${GITATTRIBUTES} at its root, which large-files: lfs writes for the files it stores with Git LFS.`,
        `\u0412 \u043A\u043E\u0440\u043D\u0435 \u0434\u0435\u0440\u0435\u0432\u0430 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u043B\u0435\u0436\u0438\u0442 ${GITATTRIBUTES}, \u0430 \u044D\u0442\u043E\u0442 \u0444\u0430\u0439\u043B large-files: lfs \u043F\u0438\u0448\u0435\u0442 \u0441\u0430\u043C \u0434\u043B\u044F \u0444\u0430\u0439\u043B\u043E\u0432, \u0445\u0440\u0430\u043D\u0438\u043C\u044B\u0445 \u0432 Git LFS.`
      )
    );
  }
  const ourEntries = new Map(index);
  for (const o of cmp.ours.values()) {
    const before = cmp.parentEntries.get(o.rel);
    const ours = index.get(o.rel);
    if (before !== void 0 && ours !== void 0 && before !== ours && await sameEntry(req, o.rel, before, ours, cmp))
      index.set(o.rel, before);
  }
  const byPath = /* @__PURE__ */ new Map();
  for (const rel of index.keys()) byPath.set(rel, [...req.platforms.byPath.get(rel) ?? req.platforms.built]);
  const lfsPaths = new Set(cmp.ours.keys());
  const members = /* @__PURE__ */ new Map();
  for (const o of cmp.ours.values()) if (o.members) members.set(o.rel, o.members);
  for (const [rel, k2] of kept) {
    const ours = index.get(rel);
    if (ours !== void 0 && ours !== k2.entry && !await sameEntry(req, rel, k2.entry, ours, cmp)) {
      throw new MirrorError(
        "Conflict",
        t(
          `The branch's ${k2.platforms.join(", ")} files hold ${quote(rel)} with other content than this ${req.platforms.built.join(", ")} build gives; one branch cannot hold both, so nothing was pushed.`,
          `\u0421\u0440\u0435\u0434\u0438 \u0444\u0430\u0439\u043B\u043E\u0432 ${k2.platforms.join(", ")} \u0432 \u0432\u0435\u0442\u043A\u0435 \u0435\u0441\u0442\u044C ${quote(rel)} \u0441 \u0434\u0440\u0443\u0433\u0438\u043C \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u043C\u044B\u043C, \u0447\u0435\u043C \u0434\u0430\u0451\u0442 \u044D\u0442\u0430 \u0441\u0431\u043E\u0440\u043A\u0430 \u0434\u043B\u044F ${req.platforms.built.join(", ")}; \u043E\u0434\u043D\u0430 \u0432\u0435\u0442\u043A\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0445\u0440\u0430\u043D\u0438\u0442\u044C \u043E\u0431\u0430 \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E.`
        ),
        {
          verb: "patch",
          resource: req.resource,
          hint: t(
            "A file every platform downloads must be the same on every platform; with build: full, gRPC leaves per-platform files in its source: use build: downloads.",
            "\u0424\u0430\u0439\u043B, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0441\u043A\u0430\u0447\u0438\u0432\u0430\u044E\u0442 \u0432\u0441\u0435 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B, \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u043E\u0434\u0438\u043D\u0430\u043A\u043E\u0432\u044B\u043C \u043D\u0430 \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435; \u043F\u0440\u0438 build: full gRPC \u043E\u0441\u0442\u0430\u0432\u043B\u044F\u0435\u0442 \u0432 \u0441\u0432\u043E\u0438\u0445 \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u0430\u0445 \u0444\u0430\u0439\u043B\u044B, \u0441\u0432\u043E\u0438 \u0434\u043B\u044F \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B: \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 build: downloads."
          )
        }
      );
    }
    index.set(rel, k2.entry);
    byPath.set(rel, [...byPath.get(rel) ?? [], ...k2.platforms]);
    lfsPaths.delete(rel);
    members.delete(rel);
    if (cmp.parentLfs.has(rel)) lfsPaths.add(rel);
    const digest = cmp.parentMembers[rel];
    if (digest !== void 0 && cmp.parentLfs.has(rel)) members.set(rel, digest);
  }
  if (lfsPaths.size > 0) index.set(GITATTRIBUTES, `100644 blob ${await blob(renderGitattributes(lfsPaths))}`);
  const platforms = [.../* @__PURE__ */ new Set([...req.platforms.built, ...req.platforms.keep])].sort();
  index.set(METADATA_FILE, `100644 blob ${await blob(renderMetadata(metadataOf(platforms, byPath, members)))}`);
  if (req.sbom) index.set(SBOM_FILE, `100644 blob ${await blob(renderSbom(await branchSbom(req.sbom, index, ourEntries, byPath, cmp)))}`);
  const lines = [...index].map(([rel, entry]) => {
    const [mode, , id] = entry.split(" ");
    return `${mode} ${id}	${rel}\0`;
  });
  const indexEnv = { GIT_INDEX_FILE: path8.join(req.workDir, "index") };
  await fs9.rm(indexEnv.GIT_INDEX_FILE, { force: true });
  await local(req, ["update-index", "--add", "-z", "--index-info"], "git update-index", lines.join(""), indexEnv);
  const tree = (await local(req, ["write-tree", "--missing-ok"], "git write-tree", void 0, indexEnv)).trim();
  const lfsObjects = [...cmp.ours.values()].filter((o) => index.get(o.rel) === ourEntries.get(o.rel));
  return { tree, platforms, lfsObjects };
}
async function branchSbom(ours, index, ourEntries, byPath, cmp) {
  const paths = /* @__PURE__ */ new Map();
  for (const [rel, entry] of index) {
    if (rel === METADATA_FILE || rel === GITATTRIBUTES || !/^10\d{4} /.test(entry)) continue;
    paths.set(rel, { platforms: byPath.get(rel) ?? [], fromParent: ourEntries.get(rel) !== entry });
  }
  if (![...paths.values()].some((p2) => p2.fromParent)) return ours;
  const parentText = await cmp.parentSbom();
  const merged = mergeKept(ours, parentText === void 0 ? void 0 : readSbom(parentText), paths, "");
  const hashed = merged.components.flatMap((c) => c.path && c.sha256 ? [{ path: c.path, sha256: c.sha256 }] : []);
  return { ...merged, digest: digestOf(hashed) };
}
async function fetchTip(req, expected) {
  const add = await req.git.run(["remote", "add", "mirror", req.url], { gitDir: req.repo });
  if (add.code !== 0) {
    const said = lastLines(add.stderr.trim(), 3, { separator: " / " });
    throw new MirrorError("InternalError", t(`git remote add failed: ${said}`, `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \`git remote add\`: ${said}`));
  }
  await retryRemote(async () => {
    const args = ["fetch", "--quiet", "--no-tags", "--depth", "1", "--filter=blob:none", "mirror", `+${req.ref}:refs/fdm/old`];
    const r2 = await req.git.run(args, { gitDir: req.repo, timeoutMs: 18e5 });
    if (r2.code !== 0) throw gitFailure("get", req.resource, r2, t("git fetch of the mirror branch", "`git fetch` \u0432\u0435\u0442\u043A\u0438 \u0437\u0435\u0440\u043A\u0430\u043B\u0430"));
  }, req);
  const r = await req.git.run(["rev-parse", "refs/fdm/old"], { gitDir: req.repo });
  const fetched = r.stdout.trim();
  if (fetched !== expected) {
    throw new MirrorError(
      "Conflict",
      t(
        `The branch moved from ${expected.slice(0, 12)} to ${fetched.slice(0, 12)} while this run was building.`,
        `\u041F\u043E\u043A\u0430 \u0448\u043B\u0430 \u0441\u0431\u043E\u0440\u043A\u0430, \u0432\u0435\u0442\u043A\u0430 \u0441\u0434\u0432\u0438\u043D\u0443\u043B\u0430\u0441\u044C \u0441 ${expected.slice(0, 12)} \u043D\u0430 ${fetched.slice(0, 12)}.`
      ),
      {
        verb: "patch",
        resource: req.resource,
        hint: t(
          "Another run or person pushed to it; run again to build on the new state.",
          "\u0412 \u043D\u0435\u0451 \u043E\u0442\u043F\u0440\u0430\u0432\u0438\u043B \u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438\u044F \u0434\u0440\u0443\u0433\u043E\u0439 \u0437\u0430\u043F\u0443\u0441\u043A \u0438\u043B\u0438 \u0447\u0435\u043B\u043E\u0432\u0435\u043A; \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430, \u0447\u0442\u043E\u0431\u044B \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u0432\u0435\u0440\u0445 \u043D\u043E\u0432\u043E\u0433\u043E \u0441\u043E\u0441\u0442\u043E\u044F\u043D\u0438\u044F."
        )
      }
    );
  }
}
async function listTree(req, rev) {
  const out = await local(req, ["ls-tree", "-r", "-z", "--full-tree", rev], "git ls-tree");
  const map = /* @__PURE__ */ new Map();
  for (const rec of out.split("\0")) {
    const tab = rec.indexOf("	");
    if (tab > 0) map.set(rec.slice(tab + 1), rec.slice(0, tab));
  }
  return map;
}
function comparedByMembers(rel) {
  const name = path8.posix.basename(rel);
  return name === "grpc.tar.gz" || name.endsWith("-kept.tar.gz");
}
async function sameContent(req, old, ours, cmp) {
  if (old.size !== ours.size) return false;
  for (const [rel, entry] of ours) {
    const before = old.get(rel);
    if (before === void 0) return false;
    if (rel === SBOM_FILE) continue;
    if (before !== entry && !await sameEntry(req, rel, before, entry, cmp)) return false;
  }
  return true;
}
async function sameEntry(req, rel, theirs, ours, cmp) {
  if (theirs === ours) return true;
  if (!comparedByMembers(rel) || theirs.split(" ")[0] !== ours.split(" ")[0]) return false;
  const oldLfs = cmp.parentLfs.has(rel);
  const newLfs = cmp.ours.has(rel);
  if (oldLfs || newLfs) {
    const before = cmp.parentMembers[rel];
    return oldLfs && newLfs && before !== void 0 && before === cmp.ours.get(rel)?.members;
  }
  const digestOf3 = async (id) => {
    const blob = req.git.stream(["cat-file", "blob", id], { gitDir: req.repo });
    const [digest] = await Promise.all([tarballDigest(blob.stdout), blob.done]);
    return digest;
  };
  const [a, b2] = await Promise.all([digestOf3(theirs.split(" ")[2] ?? ""), digestOf3(ours.split(" ")[2] ?? "")]);
  return a === b2;
}
async function listEntries(dir) {
  const entries = await walkTree(dir, (rel, name) => {
    if (rel === METADATA_FILE || rel === SBOM_FILE) {
      throw new MirrorError(
        "Invalid",
        t(
          `The deps tree holds ${rel} at its root, the name of the action's own file on the branch.`,
          `\u0412 \u043A\u043E\u0440\u043D\u0435 \u0434\u0435\u0440\u0435\u0432\u0430 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u043B\u0435\u0436\u0438\u0442 ${rel}, \u0430 \u0442\u0430\u043A \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u0441\u043B\u0443\u0436\u0435\u0431\u043D\u044B\u0439 \u0444\u0430\u0439\u043B falco-deps-mirror \u0432 \u0432\u0435\u0442\u043A\u0435.`
        )
      );
    }
    if (/[\n\0\\]/.test(rel) || name === ".git") {
      throw new MirrorError(
        "Invalid",
        t(
          `The deps tree holds a path git cannot store as it is: ${JSON.stringify(rel)}.`,
          `\u0412 \u0434\u0435\u0440\u0435\u0432\u0435 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u0435\u0441\u0442\u044C \u043F\u0443\u0442\u044C, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 git \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u044C \u043A\u0430\u043A \u0435\u0441\u0442\u044C: ${JSON.stringify(rel)}.`
        )
      );
    }
  });
  const other = entries.find((e) => e.kind === "other");
  if (other) {
    const name = JSON.stringify(other.rel);
    throw new MirrorError(
      "Invalid",
      t(
        `The deps tree holds ${name}, which is neither a file nor a directory.`,
        `\u0412 \u0434\u0435\u0440\u0435\u0432\u0435 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u0435\u0441\u0442\u044C ${name}, \u0438 \u044D\u0442\u043E \u043D\u0435 \u0444\u0430\u0439\u043B \u0438 \u043D\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433.`
      )
    );
  }
  return entries;
}

// src/effects/tree-merge.ts
async function mergeTrees(trees, into) {
  const digests = /* @__PURE__ */ new Map();
  const byPath = /* @__PURE__ */ new Map();
  const owner = /* @__PURE__ */ new Map();
  await fs10.mkdir(into, { recursive: true });
  for (const tree of trees) {
    for (const entry of await walkTree(tree.dir)) {
      if (entry.kind === "other") continue;
      const rel = entry.rel;
      const first = owner.get(rel);
      if (first) {
        await sameOrConflict(first, tree, rel, into);
        byPath.get(rel)?.push(tree.platform);
        continue;
      }
      const target = path9.join(into, rel);
      try {
        await fs10.mkdir(path9.dirname(target), { recursive: true });
        if (await fs10.lstat(target).catch(() => void 0)) throw new Error("taken");
        await fs10.rename(path9.join(tree.dir, rel), target);
      } catch {
        const other = [...owner.values()].find((o) => o !== tree)?.platform ?? t("another platform", "\u0434\u0440\u0443\u0433\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B");
        throw conflict(
          other,
          tree.platform,
          rel,
          t("one has a file where the other has a directory", "\u0432 \u043E\u0434\u043D\u043E\u043C \u0444\u0430\u0439\u043B, \u0430 \u0432 \u0434\u0440\u0443\u0433\u043E\u043C \u043D\u0430 \u044D\u0442\u043E\u043C \u043C\u0435\u0441\u0442\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433")
        );
      }
      owner.set(rel, tree);
      byPath.set(rel, [tree.platform]);
      const digest = tree.digests.get(rel);
      if (digest) digests.set(rel, digest);
    }
  }
  return { digests, byPath };
}
async function sameOrConflict(first, other, rel, into) {
  const kept = path9.join(into, rel);
  const theirs = path9.join(other.dir, rel);
  const [a, b2] = await Promise.all([fs10.lstat(kept), fs10.lstat(theirs)]);
  if (a.isSymbolicLink() || b2.isSymbolicLink()) {
    if (a.isSymbolicLink() && b2.isSymbolicLink() && await fs10.readlink(kept) === await fs10.readlink(theirs)) return;
    throw conflict(
      first.platform,
      other.platform,
      rel,
      a.isSymbolicLink() && b2.isSymbolicLink() ? t("their link targets differ", "\u0446\u0435\u043B\u0438 \u0441\u0441\u044B\u043B\u043E\u043A \u0440\u0430\u0437\u043B\u0438\u0447\u0430\u044E\u0442\u0441\u044F") : t("one is a link", "\u043E\u0434\u043D\u0430 \u0438\u0437 \u043A\u043E\u043F\u0438\u0439 \u2014 \u0441\u0441\u044B\u043B\u043A\u0430")
    );
  }
  const [da, db] = await Promise.all([digestOf2(first, kept, rel), digestOf2(other, theirs, rel)]);
  if (da === db) return;
  if (comparedByMembers(rel)) {
    const [ma, mb] = await Promise.all([tarballDigest(createReadStream3(kept)), tarballDigest(createReadStream3(theirs))]);
    if (ma === mb) return;
    throw conflict(first.platform, other.platform, rel, t("their members differ", "\u0440\u0430\u0437\u043B\u0438\u0447\u0430\u044E\u0442\u0441\u044F \u0444\u0430\u0439\u043B\u044B \u0432\u043D\u0443\u0442\u0440\u0438 \u0430\u0440\u0445\u0438\u0432\u043E\u0432"));
  }
  throw conflict(first.platform, other.platform, rel, t("their bytes differ", "\u0440\u0430\u0437\u043B\u0438\u0447\u0430\u044E\u0442\u0441\u044F \u0431\u0430\u0439\u0442\u044B"));
}
function digestOf2(tree, file, rel) {
  const known = tree.digests.get(rel);
  return known ? Promise.resolve(known.sha256) : sha256OfFile(file);
}
function conflict(platform, b2, rel, how) {
  const a = textOf(platform);
  const grpc = path9.posix.basename(rel) === "grpc.tar.gz";
  const gRpcHint = t(
    grpc ? " With build: full, gRPC builds inside its own source folder and leaves per-platform files there: use build: downloads, which keeps the pristine clone." : "",
    grpc ? " \u041F\u0440\u0438 build: full gRPC \u0441\u043E\u0431\u0438\u0440\u0430\u0435\u0442\u0441\u044F \u0432\u043D\u0443\u0442\u0440\u0438 \u0441\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0430 \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u043E\u0432 \u0438 \u043E\u0441\u0442\u0430\u0432\u043B\u044F\u0435\u0442 \u0442\u0430\u043C \u0444\u0430\u0439\u043B\u044B, \u0441\u0432\u043E\u0438 \u0434\u043B\u044F \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B: \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 build: downloads, \u043F\u0440\u0438 \u043A\u043E\u0442\u043E\u0440\u043E\u043C \u043A\u043B\u043E\u043D \u043E\u0441\u0442\u0430\u0451\u0442\u0441\u044F \u043D\u0435\u0442\u0440\u043E\u043D\u0443\u0442\u044B\u043C." : ""
  );
  return new MirrorError(
    "Conflict",
    t(
      `The ${a.en} and ${b2} trees both hold ${quote(rel)}, with different content (${how.en}); one branch cannot hold both, so nothing was uploaded or pushed.`,
      `\u0414\u0435\u0440\u0435\u0432\u044C\u044F ${a.ru} \u0438 ${b2} \u043E\u0431\u0430 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442 ${quote(rel)}, \u043D\u043E \u0441 \u0440\u0430\u0437\u043D\u044B\u043C \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u043C\u044B\u043C (${how.ru}); \u043E\u0434\u043D\u0430 \u0432\u0435\u0442\u043A\u0430 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0445\u0440\u0430\u043D\u0438\u0442\u044C \u043E\u0431\u0430 \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u0430\u0433\u0440\u0443\u0436\u0435\u043D\u043E \u0438 \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E.`
    ),
    {
      hint: t(
        `A file every platform downloads must be the same on every platform.${gRpcHint.en}`,
        `\u0424\u0430\u0439\u043B, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0441\u043A\u0430\u0447\u0438\u0432\u0430\u044E\u0442 \u0432\u0441\u0435 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B, \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u043E\u0434\u0438\u043D\u0430\u043A\u043E\u0432\u044B\u043C \u043D\u0430 \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435.${gRpcHint.ru}`
      )
    }
  );
}

// src/effects/build-facts-reader.ts
import * as fs11 from "node:fs/promises";
import * as path10 from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_TOTAL_BYTES = 16 * 1024 * 1024;
async function readBuildFacts(engine, container, dir) {
  const { stream, done } = engine.copyOut(container, FACTS_DIR_IN_IMAGE);
  try {
    await extractTree(stream, dir, { root: path10.posix.basename(FACTS_DIR_IN_IMAGE), producer: done });
  } catch (err) {
    if (err instanceof MirrorError && err.reason === "NotFound") return /* @__PURE__ */ new Map();
    throw err;
  }
  const files = /* @__PURE__ */ new Map();
  let total = 0;
  for (const entry of await walkTree(dir)) {
    if (entry.kind !== "file") continue;
    const full = path10.join(dir, entry.rel);
    const { size } = await fs11.stat(full);
    if (size > MAX_FILE_BYTES || total + size > MAX_TOTAL_BYTES) continue;
    total += size;
    files.set(entry.rel, await fs11.readFile(full, "utf8"));
  }
  return files;
}

// src/effects/verify.ts
var RESTORE_DIR = "/fdm-restore";
var NO_SOURCE_EXIT = 90;
var REDOWNLOAD_EXIT = 91;
var REDOWNLOAD_RECORD = `fdm_dl_dir=\${FDM_VERIFY_BUILD_DIR:-/falco/build}
fdm_dl_json=\${FDM_VERIFY_DOWNLOADS_JSON:-/tmp/fdm/configure-downloads.json}
fdm_dl_state() {
  if [ -f "$1" ]; then
    if fdm_dl_sum=$(sha256sum < "$1"); then echo "\${fdm_dl_sum%% *}"; else echo unreadable; fi
  elif [ -e "$1" ] || [ -L "$1" ]; then echo other
  else echo absent
  fi
}
fdm_dl_before=
if [ -f "$fdm_dl_json" ]; then
  fdm_dl_before=$(mktemp)
  fdm_dl_targets=$(mktemp)
  sed -n 's/^{"args":\\["DOWNLOAD","\\([^"]*\\)","\\([^"]*\\)".*/\\2"\\1/p' "$fdm_dl_json" > "$fdm_dl_targets"
  LC_ALL=C sort -u -t '"' -k1,1 -o "$fdm_dl_targets" "$fdm_dl_targets"
  while IFS= read -r fdm_dl_line; do
    fdm_dl_path=\${fdm_dl_line%%\\"*}
    case "$fdm_dl_path" in
      "$fdm_dl_dir"/*) printf '%s %s\\n' "$(fdm_dl_state "$fdm_dl_path")" "$fdm_dl_line" ;;
    esac
  done < "$fdm_dl_targets" > "$fdm_dl_before"
  rm -f "$fdm_dl_targets"
  echo "fdm-verify: $(($(wc -l < "$fdm_dl_before"))) configure-time download target(s) in the build dir recorded before configure"
fi
`;
var REDOWNLOAD_CHECK = `if [ -n "$fdm_dl_before" ]; then
  fdm_dl_again=0
  while IFS= read -r fdm_dl_rec; do
    fdm_dl_was=\${fdm_dl_rec%% *}
    fdm_dl_line=\${fdm_dl_rec#* }
    fdm_dl_path=\${fdm_dl_line%%\\"*}
    fdm_dl_url=\${fdm_dl_line#*\\"}
    fdm_dl_rel=\${fdm_dl_path#"$fdm_dl_dir"/}
    if [ "$(fdm_dl_state "$fdm_dl_path")" != "$fdm_dl_was" ]; then
      echo "fdm-verify: configure downloaded $fdm_dl_rel again from $fdm_dl_url"
      fdm_dl_again=$((fdm_dl_again + 1))
    fi
  done < "$fdm_dl_before"
  rm -f "$fdm_dl_before"
  if [ "$fdm_dl_again" -gt 0 ]; then exit ${REDOWNLOAD_EXIT}; fi
fi
`;
var UNPACK_TARBALLS = `fdm_kept=$(mktemp)
find . -type f -name '*-kept.tar.gz' > "$fdm_kept"
LC_ALL=C sort -o "$fdm_kept" "$fdm_kept"
if [ -f grpc.tar.gz ]; then tar -xzf grpc.tar.gz; fi
while IFS= read -r fdm_k; do echo "fdm-verify: unpacking $fdm_k"; tar -xzf "$fdm_k"; done < "$fdm_kept"
rm -f "$fdm_kept"
`;
var VERIFY_SCRIPT = `set -e
unset FDM_VERIFY_BUILD_DIR FDM_VERIFY_DOWNLOADS_JSON
if [ ! -d /falco/.git ]; then echo "fdm-verify: no Falco checkout (with .git) in /falco" >&2; exit ${NO_SOURCE_EXIT}; fi
# The first build's configure trace knows where each configure-time file(DOWNLOAD) came from: CMake's own
# error for such a download names only the file, so the map is printed for the log reader.
sed -n 's/^{"args":\\["DOWNLOAD","\\([^"]*\\)","\\([^"]*\\)".*/fdm-verify: configure-time download \\2 from \\1/p' /tmp/fdm/configure-downloads.json 2>/dev/null || true
cd /falco
git -c safe.directory='*' clean -ffdxq
git -c safe.directory='*' checkout -q -- .
mkdir -p /falco/build
cp -a ${RESTORE_DIR}/. /falco/build/
cd /falco/build
${UNPACK_TARBALLS}${REDOWNLOAD_RECORD}set -f; nl=$(printf '\\n_'); IFS=\${nl%_}
cmake ${SEED_CMAKE_FLAGS.join(" ")} -DFALCO_VERSION="$FALCO_VERSION" -DUSE_BUNDLED_DEPS=ON $CMAKE_EXTRA_ARGS /falco
${REDOWNLOAD_CHECK}sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake
make package -j"$JOBS"
echo "fdm-verify: Falco $FALCO_VERSION built offline from the mirrored tree"
`;
var DownloadWatch = class {
  dst;
  /** Configure-time downloads of the first build, file -> URL. */
  sources = /* @__PURE__ */ new Map();
  first;
  /**
   * The script's own report, after a configure that succeeded, of targets it wrote again. Not an attempt
   * to stop at (the script exits right after its report): it never sets `first`.
   */
  redownloaded = [];
  feed(line) {
    const again = /^fdm-verify: configure downloaded (.+) again from (.+)$/.exec(line);
    if (again?.[1] && again[2]) {
      this.redownloaded.push({ path: again[1], url: again[2] });
      return;
    }
    if (this.first) return;
    const known = /^fdm-verify: configure-time download (\S+) from (\S+)$/.exec(line);
    if (known?.[1] && known[2]) {
      this.sources.set(known[1], known[2]);
      return;
    }
    const dst = /^\s*dst='(.+)'\s*$/.exec(line);
    if (dst?.[1]) {
      this.dst = dst[1];
      return;
    }
    const src = /^-- Using src='(.+)'\s*$/.exec(line) ?? /error: downloading '(.+)' failed/.exec(line);
    if (src?.[1]) {
      this.first = { url: src[1], ...this.dst ? { path: this.dst } : {} };
      return;
    }
    const clone = /Failed to clone repository: '(.+)'/.exec(line) ?? /unable to access '(.+?)'/.exec(line);
    const fileDl = /downloading (\S+:\/\/[^\s'"]+)(?: to (\S+))?/.exec(line);
    const forFile = /for file: \[(.+)\]/.exec(line);
    if (clone?.[1]) this.first = { url: clone[1] };
    else if (fileDl?.[1]) this.first = { url: fileDl[1], ...fileDl[2] ? { path: fileDl[2] } : {} };
    else if (forFile?.[1]) {
      const url = this.sources.get(forFile[1]);
      this.first = { path: forFile[1], ...url ? { url } : {} };
    }
  }
};
var NOTHING_PUSHED = t(
  "Nothing was pushed; the artifact holds the tree as it is.",
  "\u041D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E; \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442 \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0434\u0435\u0440\u0435\u0432\u043E \u043A\u0430\u043A \u0435\u0441\u0442\u044C."
);
async function verifyOffline(req) {
  await req.engine.createOffline(req.image, req.container, VERIFY_SCRIPT, req.env);
  await req.engine.copyIn(req.container, req.treeDir, RESTORE_DIR);
  const watch = new DownloadWatch();
  let stopped = false;
  const { code: code2, tail } = await req.engine.runToEnd(req.container, (line) => {
    watch.feed(line);
    req.onLine(line);
    if (watch.first && !stopped) {
      stopped = true;
      req.onLine("fdm-verify: a download was attempted with no network; stopping the offline build.");
      void req.engine.removeContainer(req.container).catch(() => void 0);
    }
  });
  if (code2 === 0 && !stopped) return;
  if (code2 === NO_SOURCE_EXIT) {
    throw new MirrorError(
      "Invalid",
      t(
        "verify needs the Falco source checkout (with .git) in /falco, and the image has none.",
        "\u0414\u043B\u044F verify \u043D\u0443\u0436\u043D\u044B \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u0438 Falco (\u0441 .git) \u0432 /falco, \u0430 \u0432 \u043E\u0431\u0440\u0430\u0437\u0435 \u0438\u0445 \u043D\u0435\u0442."
      ),
      {
        hint: t(
          "A custom dockerfile must leave the Falco source in /falco, as the built-in recipe does, or run without verify.",
          "\u0421\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439 dockerfile \u0434\u043E\u043B\u0436\u0435\u043D \u043E\u0441\u0442\u0430\u0432\u043B\u044F\u0442\u044C \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u0438 Falco \u0432 /falco, \u043A\u0430\u043A \u044D\u0442\u043E \u0434\u0435\u043B\u0430\u0435\u0442 \u0432\u0441\u0442\u0440\u043E\u0435\u043D\u043D\u044B\u0439 \u0440\u0435\u0446\u0435\u043F\u0442; \u0438\u043D\u0430\u0447\u0435 \u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435 \u0431\u0435\u0437 verify."
        )
      }
    );
  }
  const [again, ...others] = watch.redownloaded;
  if (code2 === REDOWNLOAD_EXIT && !stopped && again) {
    const n = others.length;
    const more = t(
      n ? ` It did the same for ${n} more file${n > 1 ? "s" : ""}, each named in the log.` : "",
      n ? ` \u0422\u043E \u0436\u0435 \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E \u0435\u0449\u0451 \u0441 ${n} ${ruPlural(n, "\u0444\u0430\u0439\u043B\u043E\u043C", "\u0444\u0430\u0439\u043B\u0430\u043C\u0438", "\u0444\u0430\u0439\u043B\u0430\u043C\u0438")}, \u043A\u0430\u0436\u0434\u044B\u0439 \u043D\u0430\u0437\u0432\u0430\u043D \u0432 \u0436\u0443\u0440\u043D\u0430\u043B\u0435.` : ""
    );
    throw new MirrorError(
      "NotFound",
      t(
        `The offline rebuild failed: configure downloaded ${again.path} again from ${again.url}, offline: the mirrored tree does not keep it where the rebuild needs it (a rebuild step, such as an unpack, removed it).${more.en}`,
        `\u041E\u0444\u043B\u0430\u0439\u043D-\u043F\u0435\u0440\u0435\u0441\u0431\u043E\u0440\u043A\u0430 \u043D\u0435 \u0443\u0434\u0430\u043B\u0430\u0441\u044C: \u043D\u0430 \u044D\u0442\u0430\u043F\u0435 \u043A\u043E\u043D\u0444\u0438\u0433\u0443\u0440\u0430\u0446\u0438\u0438 CMake \u0437\u0430\u043D\u043E\u0432\u043E \u0441\u043A\u0430\u0447\u0430\u043B ${again.path} \u0441 ${again.url}, \u0445\u043E\u0442\u044F \u0441\u0435\u0442\u0438 \u043D\u0435\u0442: \u0437\u0435\u0440\u043A\u0430\u043B\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u043E\u0435 \u0434\u0435\u0440\u0435\u0432\u043E \u043D\u0435 \u0445\u0440\u0430\u043D\u0438\u0442 \u0435\u0433\u043E \u0442\u0430\u043C, \u0433\u0434\u0435 \u043E\u043D \u043D\u0443\u0436\u0435\u043D \u043F\u0435\u0440\u0435\u0441\u0431\u043E\u0440\u043A\u0435 (\u0435\u0433\u043E \u0443\u0434\u0430\u043B\u0438\u043B \u043A\u0430\u043A\u043E\u0439-\u0442\u043E \u0448\u0430\u0433 \u043F\u0435\u0440\u0435\u0441\u0431\u043E\u0440\u043A\u0438, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \u0440\u0430\u0441\u043F\u0430\u043A\u043E\u0432\u043A\u0430).${more.ru}`
      ),
      { hint: NOTHING_PUSHED }
    );
  }
  if (watch.first) {
    const { url, path: path17 } = watch.first;
    const file = path17?.replace(/^\/falco\/build\//, "");
    const what = t(
      url ? `${url}${file ? ` (to ${file})` : ""}` : `a file to ${file ?? "the build dir"}`,
      url ? `${url}${file ? ` (\u0432 ${file})` : ""}` : `\u0444\u0430\u0439\u043B \u0432 ${file ?? "\u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u0441\u0431\u043E\u0440\u043A\u0438"}`
    );
    throw new MirrorError(
      "NotFound",
      t(
        `The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ${what.en}.`,
        `\u041E\u0444\u043B\u0430\u0439\u043D-\u043F\u0435\u0440\u0435\u0441\u0431\u043E\u0440\u043A\u0430 \u043D\u0435 \u0443\u0434\u0430\u043B\u0430\u0441\u044C: \u0432 \u0437\u0435\u0440\u043A\u0430\u043B\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u043E\u043C \u0434\u0435\u0440\u0435\u0432\u0435 \u043D\u0435 \u0445\u0432\u0430\u0442\u0430\u0435\u0442 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0438. CMake \u043F\u044B\u0442\u0430\u043B\u0441\u044F \u0441\u043A\u0430\u0447\u0430\u0442\u044C ${what.ru}.`
      ),
      {
        hint: NOTHING_PUSHED
      }
    );
  }
  throw new MirrorError(
    "InternalError",
    t(
      `The offline rebuild failed (exit code ${code2}) without trying a download. Last lines of its log:
${tail}`,
      `\u041E\u0444\u043B\u0430\u0439\u043D-\u043F\u0435\u0440\u0435\u0441\u0431\u043E\u0440\u043A\u0430 \u043D\u0435 \u0443\u0434\u0430\u043B\u0430\u0441\u044C (\u043A\u043E\u0434 \u0432\u044B\u0445\u043E\u0434\u0430 ${code2}), \u043D\u0435 \u043F\u044B\u0442\u0430\u044F\u0441\u044C \u043D\u0438\u0447\u0435\u0433\u043E \u0441\u043A\u0430\u0447\u0430\u0442\u044C. \u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435 \u0441\u0442\u0440\u043E\u043A\u0438 \u0435\u0451 \u0436\u0443\u0440\u043D\u0430\u043B\u0430:
${tail}`
    )
  );
}

// src/pipeline/build-stages.ts
async function planBuilds(run3, config, platforms) {
  const version = await run3.stage("Check the Docker engine", () => run3.services.engine().check());
  run3.reporter.info(`Docker engine ${version}.`);
  if (platforms.length === 0) return [{ platform: void 0, base: config.baseImage }];
  const bases = await run3.stage(`Find the base image for ${platforms.join(", ")}`, async () => {
    const engine = run3.services.engine();
    const local2 = await engine.imagePlatform(config.baseImage);
    const localServes = platforms.length === 1 && local2 !== void 0 && servesPlatform(platforms[0] ?? "", local2);
    const registry = localServes ? {} : await engine.registryImages(config.baseImage);
    return baseImagesFor(config.baseImage, platforms, local2, registry.images, registry.error);
  });
  return platforms.map((platform) => {
    const base = bases.get(platform) ?? config.baseImage;
    run3.reporter.info(`${platform}: built on ${base}.`);
    return { platform, base };
  });
}
async function buildImage(run3, config, planned) {
  const recipe = planRecipe(config, void 0, planned);
  const suffix = planned.platform ? `-${platformSlug(planned.platform)}` : "";
  const tag = imageTag(config.falcoVersion, `${run3.id}${suffix}`);
  const on = planned.platform ? ` for ${planned.platform}` : "";
  await run3.stage(`Build Falco ${config.falcoVersion}'s dependencies${on}`, async () => {
    const contextDir = await fs12.mkdtemp(path11.join(path11.dirname(run3.scratch), "falco-deps-context-"));
    run3.cleanup.dir(contextDir);
    run3.cleanup.image(tag);
    await run3.services.engine().build({
      recipe,
      tag,
      network: config.network,
      contextDir,
      runId: run3.id,
      platform: planned.platform,
      onLine: (line) => run3.reporter.info(line),
      onLayer: (id) => run3.cleanup.layer(id),
      ...run3.signal ? { signal: run3.signal } : {}
    });
    run3.cleanup.buildDone();
  });
  const got = await run3.services.engine().imagePlatform(tag);
  if (!got) {
    throw new MirrorError(
      "InternalError",
      t(
        `docker image inspect of the image just built, ${tag}, found nothing.`,
        `\`docker image inspect\` \u0442\u043E\u043B\u044C\u043A\u043E \u0447\u0442\u043E \u0441\u043E\u0431\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u043E\u0431\u0440\u0430\u0437\u0430 ${tag} \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043D\u0430\u0448\u0451\u043B.`
      )
    );
  }
  const platform = planned.platform ?? platformOf(got);
  if (planned.platform && !servesPlatform(planned.platform, got)) {
    throw new MirrorError(
      "Conflict",
      t(
        `The build for ${planned.platform} ran on a ${platformOf(got)} image (${planned.base}); its tree would be mislabelled, so nothing was uploaded or pushed.`,
        `\u0421\u0431\u043E\u0440\u043A\u0430 \u0434\u043B\u044F ${planned.platform} \u0448\u043B\u0430 \u043D\u0430 \u043E\u0431\u0440\u0430\u0437\u0435 ${platformOf(got)} (${planned.base}); \u0435\u0451 \u0434\u0435\u0440\u0435\u0432\u043E \u0431\u044B\u043B\u043E \u0431\u044B \u043F\u043E\u043C\u0435\u0447\u0435\u043D\u043E \u043D\u0435\u0432\u0435\u0440\u043D\u043E, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u0430\u0433\u0440\u0443\u0436\u0435\u043D\u043E \u0438 \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E.`
      ),
      {
        hint: t(
          "Give base-image as a tag a registry serves for every platform, and run again.",
          "\u0423\u043A\u0430\u0436\u0438\u0442\u0435 \u0432 base-image \u0442\u0435\u0433, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0440\u0435\u0435\u0441\u0442\u0440 \u043E\u0442\u0434\u0430\u0451\u0442 \u0434\u043B\u044F \u043A\u0430\u0436\u0434\u043E\u0439 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B, \u0438 \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430."
        )
      }
    );
  }
  run3.reporter.info(`Built ${tag} for ${platform}.`);
  return { tag, container: `falco-deps-mirror-${run3.id}${suffix}`, platform };
}
async function collectTree(run3, config, images) {
  const dir = config.outputDir;
  const [only] = images;
  let merged;
  const facts = /* @__PURE__ */ new Map();
  if (images.length === 1 && only) {
    merged = { digests: await extractFrom(run3, only, dir, `Extract ${DEPS_DIR_IN_IMAGE} to ${dir}`) };
    facts.set(only.platform, await factsFrom(run3, only));
  } else {
    const parts = [];
    for (const image of images) {
      const partDir = `${dir.replace(/[\\/]+$/, "")}.${platformSlug(image.platform)}-${run3.id}`;
      run3.cleanup.dir(partDir);
      const digests = await extractFrom(run3, image, partDir, `Extract ${DEPS_DIR_IN_IMAGE} of ${image.platform}`);
      parts.push({ platform: image.platform, dir: partDir, digests });
      facts.set(image.platform, await factsFrom(run3, image));
    }
    const tree = await run3.stage(`Merge the ${images.map((i) => i.platform).join(", ")} trees into ${dir}`, () => mergeTrees(parts, dir));
    const shared = [...tree.byPath.values()].filter((ps2) => ps2.length === images.length).length;
    run3.reporter.info(`${shared} of ${tree.byPath.size} paths are the same on every platform; the others belong to one or some.`);
    merged = tree;
  }
  const manifestPath = manifestPathFor(dir);
  const manifest = await run3.stage("Write the manifest", async () => {
    const m2 = await buildManifest(dir, merged.digests);
    if (m2.fileCount === 0) throw emptyTree(config, m2.entries.length);
    await writeManifest(m2, manifestPath);
    return m2;
  });
  const links = manifest.entries.length - manifest.fileCount;
  const andLinks = links > 0 ? ` and ${links} symbolic link${links === 1 ? "" : "s"}` : "";
  run3.reporter.info(`${manifest.fileCount} files (${manifest.totalBytes} bytes)${andLinks} in ${dir}; manifest ${manifestPath}.`);
  const platforms = images.map((i) => i.platform);
  const byPath = merged.byPath ?? new Map(manifest.entries.map((e) => [e.path, platforms]));
  const sbomPath = sbomPathFor(dir);
  const sbom = await run3.stage("Write the SBOM", async () => {
    const doc = describeTree({
      falcoVersion: config.falcoVersion,
      sourceUrl: falcoRepoUrl(config.sourceRepo),
      custom: config.dockerfile !== void 0,
      files: manifest.entries.flatMap(
        (e) => e.kind === "file" ? [{ path: e.path, sha256: e.sha256, platforms: byPath.get(e.path) ?? platforms }] : []
      ),
      facts,
      digest: manifest.digest
    });
    await writeFileSafely(sbomPath, renderSbom(doc));
    return doc;
  });
  const unknown = sbom.components.filter((c) => !c.known).length;
  run3.reporter.info(
    `SBOM ${sbomPath}: ${sbom.components.length} components${isPartial(sbom) ? `; partial: nothing the build left describes ${unknown} of the files` : ""}.`
  );
  return { dir, manifestPath, manifest, platforms, byPath, sbomPath, sbom };
}
async function factsFrom(run3, image) {
  const dir = path11.join(run3.scratch, `facts-${platformSlug(image.platform)}`);
  const files = await readBuildFacts(run3.services.engine(), image.container, dir);
  const commit = files.get("source-commit")?.trim();
  return { ...parseBuildFacts(files), ...commit && /^[0-9a-f]{40,64}$/.test(commit) ? { sourceCommit: commit } : {} };
}
function extractFrom(run3, image, dir, stage) {
  const engine = run3.services.engine();
  return run3.stage(stage, async () => {
    run3.cleanup.container(image.container);
    await engine.create(image.tag, image.container);
    const { stream, done } = engine.copyOut(image.container, DEPS_DIR_IN_IMAGE);
    return extractTree(stream, dir, { root: path11.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
  });
}
function emptyTree(config, links) {
  const state = t(
    links > 0 ? `with no file (only ${links} symbolic link${links === 1 ? "" : "s"})` : "empty",
    links > 0 ? `\u0431\u0435\u0437 \u0435\u0434\u0438\u043D\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430 (\u0442\u043E\u043B\u044C\u043A\u043E ${links} ${ruPlural(links, "\u0441\u0438\u043C\u0432\u043E\u043B\u044C\u043D\u0430\u044F \u0441\u0441\u044B\u043B\u043A\u0430", "\u0441\u0438\u043C\u0432\u043E\u043B\u044C\u043D\u044B\u0435 \u0441\u0441\u044B\u043B\u043A\u0438", "\u0441\u0438\u043C\u0432\u043E\u043B\u044C\u043D\u044B\u0445 \u0441\u0441\u044B\u043B\u043E\u043A")})` : "\u043F\u0443\u0441\u0442\u044B\u043C"
  );
  const hint = config.dockerfile ? t(
    `A custom dockerfile must copy the files Falco's build downloads into ${DEPS_DIR_IN_IMAGE}, as the built-in recipe does (docs/recipe.md, "The built-in recipe").`,
    `\u0421\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439 dockerfile \u0434\u043E\u043B\u0436\u0435\u043D \u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u0444\u0430\u0439\u043B\u044B, \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u0441\u043A\u0430\u0447\u0438\u0432\u0430\u0435\u0442 \u0441\u0431\u043E\u0440\u043A\u0430 Falco, \u0432 ${DEPS_DIR_IN_IMAGE}, \u043A\u0430\u043A \u044D\u0442\u043E \u0434\u0435\u043B\u0430\u0435\u0442 \u0432\u0441\u0442\u0440\u043E\u0435\u043D\u043D\u044B\u0439 \u0440\u0435\u0446\u0435\u043F\u0442 (docs/recipe.md, "The built-in recipe").`
  ) : t(
    "Check the build log: cmake-args that turn the bundled dependencies off (USE_BUNDLED_DEPS=OFF) leave nothing to copy.",
    "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0436\u0443\u0440\u043D\u0430\u043B \u0441\u0431\u043E\u0440\u043A\u0438: cmake-args, \u043E\u0442\u043A\u043B\u044E\u0447\u0430\u044E\u0449\u0438\u0435 \u0432\u0441\u0442\u0440\u043E\u0435\u043D\u043D\u044B\u0435 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0438 (USE_BUNDLED_DEPS=OFF), \u043D\u0435 \u043E\u0441\u0442\u0430\u0432\u043B\u044F\u044E\u0442 \u043D\u0438\u0447\u0435\u0433\u043E \u0434\u043B\u044F \u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u044F."
  );
  return new MirrorError(
    "NotFound",
    t(
      `The build left ${DEPS_DIR_IN_IMAGE} ${state.en}: no file was downloaded into it, so there is nothing to upload or push.`,
      `\u0421\u0431\u043E\u0440\u043A\u0430 \u043E\u0441\u0442\u0430\u0432\u0438\u043B\u0430 ${DEPS_DIR_IN_IMAGE} ${state.ru}: \u0432 \u043D\u0435\u0433\u043E \u043D\u0435 \u0441\u043A\u0430\u0447\u0430\u043D\u043E \u043D\u0438 \u043E\u0434\u043D\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u0437\u0430\u0433\u0440\u0443\u0436\u0430\u0442\u044C \u0438 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u044F\u0442\u044C \u043D\u0435\u0447\u0435\u0433\u043E.`
    ),
    { hint }
  );
}
async function verifyTree(run3, config, images, tree) {
  for (const image of images) {
    const on = images.length > 1 ? ` on ${image.platform}` : "";
    try {
      await run3.stage(`Verify${on}: rebuild Falco offline from the tree`, async () => {
        const container = `${image.container}-verify`;
        run3.cleanup.container(container);
        await verifyOffline({
          engine: run3.services.engine(),
          image: image.tag,
          container,
          treeDir: tree.dir,
          env: { FALCO_VERSION: config.falcoVersion, JOBS: String(config.jobs), CMAKE_EXTRA_ARGS: config.cmakeArgs.join("\n") },
          onLine: (line) => run3.reporter.info(line)
        });
      });
    } catch (err) {
      const error2 = asMirrorError(err);
      if (error2.reason === "Timeout") throw error2;
      return { ok: false, error: images.length > 1 ? error2.onPlatform(image.platform) : error2 };
    }
  }
  return { ok: true };
}

// src/pipeline/publish-stages.ts
import * as path12 from "node:path";
async function checkMirror(run3, mirror, branch, config) {
  const perPlatform2 = config.platforms.length > 0;
  const { commit, platforms } = await run3.stage("Check the mirror", async () => {
    if (config.largeFiles.mode === "lfs") run3.reporter.info(`Git LFS: ${await mirror.lfsVersion()}.`);
    const tip = await branch.get();
    const meta = tip && perPlatform2 ? await branch.metadata(tip) : void 0;
    return { commit: tip, platforms: meta?.platforms };
  });
  await mirror.pause();
  if (!commit) run3.reporter.info(`The mirror has no ${branch.resource} yet.`);
  else {
    const holds = platforms ? `, holding ${platforms.join(", ")}` : perPlatform2 ? ` (made before platforms: it does not say which it holds)` : "";
    run3.reporter.info(`The mirror has ${branch.resource} at ${commit}${holds}.`);
  }
  return {
    resource: branch.resource,
    ...branch.resourceText ? { resourceText: branch.resourceText } : {},
    status: commit ? "exists" : "absent",
    commit,
    ...platforms ? { platforms } : {}
  };
}
function skipMirrored(run3, version, state) {
  const holding = state.platforms ? `, holding ${state.platforms.join(", ")}` : "";
  run3.reporter.notice(
    `Falco ${version} is already mirrored (${(state.commit ?? "").slice(0, 12)}${holding}): nothing to build (if-exists: skip).`
  );
  return { ...state, status: "skipped" };
}
function alreadyMirrored(state, platforms = []) {
  const list = platforms.join(", ");
  const commit = (state.commit ?? "").slice(0, 12);
  return new MirrorError(
    "AlreadyExists",
    t(
      `The mirror already has this version${list && ` for ${list}`} (commit ${commit}); nothing was built.`,
      `\u0412 \u0437\u0435\u0440\u043A\u0430\u043B\u0435 \u0443\u0436\u0435 \u0435\u0441\u0442\u044C \u044D\u0442\u0430 \u0432\u0435\u0440\u0441\u0438\u044F${list && ` \u0434\u043B\u044F ${list}`} (\u043A\u043E\u043C\u043C\u0438\u0442 ${commit}); \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0441\u043E\u0431\u0440\u0430\u043D\u043E.`
    ),
    {
      verb: "create",
      resource: state.resourceText ?? state.resource,
      hint: t(
        "Use if-exists: skip to accept it, or overwrite to rebuild and replace it.",
        "\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 if-exists: skip, \u0447\u0442\u043E\u0431\u044B \u043F\u0440\u0438\u043D\u044F\u0442\u044C \u0435\u0451, \u0438\u043B\u0438 overwrite, \u0447\u0442\u043E\u0431\u044B \u043F\u0435\u0440\u0435\u0441\u043E\u0431\u0440\u0430\u0442\u044C \u0438 \u0437\u0430\u043C\u0435\u043D\u0438\u0442\u044C."
      )
    }
  );
}
async function uploadTree(run3, config, tree) {
  const name = config.artifact?.name ?? `falco-deps-${config.falcoVersion}`;
  const retentionDays = config.artifact?.retentionDays;
  const files = tree.manifest.entries.filter((e) => e.kind === "file").map((e) => e.path);
  const links = tree.manifest.entries.filter((e) => e.kind === "link").map((e) => e.path);
  const outcome = await run3.stage(
    `Upload the artifact ${name}`,
    () => run3.services.uploadArtifact({
      name,
      treeDir: tree.dir,
      files,
      // The SBOM rides along at the artifact's root, as on the branch.
      extras: [{ name: SBOM_FILE, file: tree.sbomPath }],
      stagingDir: path12.join(run3.scratch, "artifact"),
      retentionDays,
      env: run3.env
    })
  );
  if (outcome.uploaded) {
    const rate = outcome.seconds > 0 ? ` (${formatBytes(outcome.size / outcome.seconds)}/s)` : "";
    const where = outcome.url ? `, ${outcome.url}` : "";
    run3.reporter.info(`Uploaded the artifact ${name}: ${formatBytes(outcome.size)} in ${formatDuration(outcome.seconds)}${rate}${where}.`);
    if (links.length > 0) run3.reporter.notice(linksLeftOut(name, links, config.mirror !== void 0));
  } else {
    run3.reporter.notice(`The artifact upload was skipped: ${outcome.why}.`);
  }
  return { ...outcome, name };
}
function linksLeftOut(name, links, mirrored) {
  const shown = links.slice(0, 3).map((l) => quote(l)).join(", ") + (links.length > 3 ? ", ..." : "");
  const count = `${links.length} symbolic link${links.length === 1 ? "" : "s"}`;
  const kept = mirrored ? "; the mirror branch stores them as links" : "";
  return `The artifact ${name} holds the regular files only: the tree's ${count} (${shown}) are not in it${kept}.`;
}
async function publishTree(run3, config, branch, publish, tree) {
  const over = publish.kind === "patch" ? publish.over : void 0;
  const keep2 = publish.kind === "patch" ? publish.keep : [];
  const files = tree.manifest.entries.filter((e) => e.kind === "file");
  return run3.stage(`Publish to ${branch.resource}`, async () => {
    const tooBig = config.mirror ? overGitHubLimit(config.mirror.url, config.largeFiles, files) : void 0;
    if (tooBig) throw tooBig;
    if (keep2.length)
      run3.reporter.info(`Keeping the branch's ${keep2.join(", ")} files; ${tree.platforms.join(", ")} files come from this run.`);
    const digests = new Map(files.map((f2) => [f2.path, { size: f2.size, sha256: f2.sha256 }]));
    const snapshot = await branch.snapshot(
      tree.dir,
      commitMessage(config, tree),
      over,
      { built: tree.platforms, byPath: tree.byPath, keep: keep2 },
      { files: config.largeFiles, digests },
      tree.sbom
    );
    const platforms = snapshot.platforms;
    if (snapshot.unchanged) {
      run3.reporter.notice(`The mirror already holds this content (${snapshot.commit.slice(0, 12)}): nothing pushed.`);
      return { resource: branch.resource, status: "unchanged", commit: snapshot.commit, platforms };
    }
    if (snapshot.lfsObjects.length > 0) {
      const bytes = snapshot.lfsObjects.reduce((a, o) => a + o.size, 0);
      run3.reporter.info(
        `Git LFS: ${snapshot.lfsObjects.map((o) => o.rel).join(", ")} (${formatBytes(bytes)}) to the mirror's LFS storage first; objects it has already are not sent again.`
      );
      await branch.uploadLfs(snapshot.lfsObjects);
    }
    await pushNaming(config, files, () => over !== void 0 ? branch.patch(snapshot.commit, over) : branch.create(snapshot.commit));
    run3.reporter.notice(`${over ? "Updated" : "Created"} ${branch.resource} at ${snapshot.commit} (${platforms.join(", ")}).`);
    return { resource: branch.resource, status: over ? "updated" : "created", commit: snapshot.commit, platforms };
  });
}
async function pushNaming(config, files, push) {
  try {
    await push();
  } catch (err) {
    if (!(err instanceof MirrorError) || err.reason !== "RequestEntityTooLarge") throw err;
    const named = refusedFile(err.detail);
    const largest = [...files].filter((f2) => !storedWithLfs(config.largeFiles, f2.size)).sort((a, b2) => b2.size - a.size)[0];
    const big = largest ? [quote(largest.path), megabytes(largest.size)] : void 0;
    const what = named ? t(
      `The mirror refused the push: ${quote(named.file)} is ${named.size}, over its per-file limit`,
      `\u0417\u0435\u0440\u043A\u0430\u043B\u043E \u043E\u0442\u043A\u043B\u043E\u043D\u0438\u043B\u043E \u043E\u0442\u043F\u0440\u0430\u0432\u043A\u0443: ${quote(named.file)} \u0437\u0430\u043D\u0438\u043C\u0430\u0435\u0442 ${named.size}, \u0431\u043E\u043B\u044C\u0448\u0435 \u0435\u0433\u043E \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0438\u044F \u043D\u0430 \u0440\u0430\u0437\u043C\u0435\u0440 \u0444\u0430\u0439\u043B\u0430`
    ) : t(
      `The mirror refused the push as too large (HTTP 413)${big ? `; the largest file pushed is ${big[0]}, ${big[1]}` : ""}`,
      `\u0417\u0435\u0440\u043A\u0430\u043B\u043E \u043E\u0442\u043A\u043B\u043E\u043D\u0438\u043B\u043E \u043E\u0442\u043F\u0440\u0430\u0432\u043A\u0443 \u043A\u0430\u043A \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u0443\u044E (HTTP 413)${big ? `; \u0441\u0430\u043C\u044B\u0439 \u0431\u043E\u043B\u044C\u0448\u043E\u0439 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043D\u044B\u0439 \u0444\u0430\u0439\u043B \u2014 ${big[0]}, ${big[1]}` : ""}`
    );
    const why = err.detailText;
    const detail = t(
      `${what.en}. Nothing was pushed; the branch is as it was. (${why.en})`,
      `${what.ru}. \u041D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043E; \u0432\u0435\u0442\u043A\u0430 \u043E\u0441\u0442\u0430\u043B\u0430\u0441\u044C \u043A\u0430\u043A \u0431\u044B\u043B\u0430. (${why.ru})`
    );
    throw new MirrorError("RequestEntityTooLarge", detail, {
      verb: err.verb ?? "create",
      resource: err.resourceText ?? "",
      hint: wayOut(config.largeFiles)
    });
  }
}
function commitMessage(config, tree) {
  const { manifest } = tree;
  return [
    `Falco ${config.falcoVersion} third-party dependencies`,
    "",
    `Source: ${config.sourceRepo}/falcosecurity/falco.git, tag ${config.falcoVersion}`,
    `Built for: ${tree.platforms.join(", ")}`,
    `Manifest: sha256:${manifest.digest} (${manifest.fileCount} files, ${manifest.totalBytes} bytes)`,
    `Made by falco-deps-mirror (${config.dockerfile ? "custom Dockerfile" : "built-in recipe"}).`,
    ""
  ].join("\n");
}

// src/pipeline/run.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import * as fs16 from "node:fs/promises";
import * as os3 from "node:os";
import * as path16 from "node:path";

// src/effects/artifact.ts
import * as fs13 from "node:fs/promises";
import * as path13 from "node:path";
var ARTIFACT_COMPRESSION_LEVEL = 0;
function artifactUnavailable(env) {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return "not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
  }
  if (isGhes(env.GITHUB_SERVER_URL)) return `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for this client`;
  return void 0;
}
function isGhes(serverUrl) {
  let host;
  try {
    host = new URL(serverUrl || "https://github.com").hostname.toLowerCase();
  } catch {
    return true;
  }
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
async function uploadArtifact(request) {
  const unavailable = artifactUnavailable(request.env);
  if (unavailable) return { uploaded: false, why: unavailable };
  await refuseNonRegular(request.treeDir, request.files);
  const started = Date.now();
  const { DefaultArtifactClient } = await import("./chunk-S6TP5SWV.js");
  const client = new DefaultArtifactClient();
  const { root, files } = await uploadRoot(request);
  try {
    const result = await client.uploadArtifact(
      request.name,
      files.map((f2) => path13.join(root, f2)),
      root,
      {
        compressionLevel: ARTIFACT_COMPRESSION_LEVEL,
        ...request.retentionDays !== void 0 ? { retentionDays: request.retentionDays } : {}
      }
    );
    if (result.id === void 0)
      throw new MirrorError(
        "InternalError",
        t("The artifact service gave no artifact id.", "\u0421\u0435\u0440\u0432\u0438\u0441 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u043E\u0432 \u043D\u0435 \u0432\u0435\u0440\u043D\u0443\u043B \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u0430."),
        {
          verb: "create",
          resource: artifactResource(request.name)
        }
      );
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run3 } = request.env;
    const server = (request.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const url = repo && run3 ? `${server}/${repo}/actions/runs/${run3}/artifacts/${result.id}` : "";
    return { uploaded: true, id: result.id, url, size: result.size ?? 0, seconds: (Date.now() - started) / 1e3 };
  } catch (err) {
    if (isNamed(err, "GHESNotSupportedError"))
      return { uploaded: false, why: "GitHub Enterprise Server has no artifact service for this client" };
    throw artifactFailure(request.name, err);
  }
}
async function uploadRoot(request) {
  const extras = request.extras ?? [];
  if (extras.length === 0 || request.stagingDir === void 0) return { root: request.treeDir, files: [...request.files] };
  const root = request.stagingDir;
  await fs13.mkdir(root, { recursive: true });
  const tops = new Set(request.files.map((f2) => f2.split("/")[0] ?? f2));
  for (const top of tops) await fs13.symlink(path13.join(request.treeDir, top), path13.join(root, top));
  for (const extra of extras) {
    if (tops.has(extra.name))
      throw new MirrorError(
        "Invalid",
        t(
          `The deps tree holds ${extra.name} at its root, the name of the action's own file.`,
          `\u0412 \u043A\u043E\u0440\u043D\u0435 \u0434\u0435\u0440\u0435\u0432\u0430 \u0437\u0430\u0432\u0438\u0441\u0438\u043C\u043E\u0441\u0442\u0435\u0439 \u043B\u0435\u0436\u0438\u0442 ${extra.name}, \u0430 \u0442\u0430\u043A \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u0441\u043B\u0443\u0436\u0435\u0431\u043D\u044B\u0439 \u0444\u0430\u0439\u043B falco-deps-mirror.`
        )
      );
    await fs13.symlink(extra.file, path13.join(root, extra.name));
  }
  return { root, files: [...request.files, ...extras.map((e) => e.name)] };
}
async function refuseNonRegular(treeDir, files) {
  for (const file of files) {
    const st2 = await fs13.lstat(path13.join(treeDir, file));
    if (!st2.isFile()) {
      throw new MirrorError(
        "InternalError",
        t(
          `Refused to upload ${quote(file)} as part of the artifact: it is not a regular file.`,
          `\u0417\u0430\u0433\u0440\u0443\u0437\u043A\u0430 ${quote(file)} \u0432 \u0441\u043E\u0441\u0442\u0430\u0432\u0435 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u0430 \u043E\u0442\u043A\u043B\u043E\u043D\u0435\u043D\u0430: \u044D\u0442\u043E \u043D\u0435 \u043E\u0431\u044B\u0447\u043D\u044B\u0439 \u0444\u0430\u0439\u043B.`
        )
      );
    }
  }
}
function isNamed(err, name) {
  return err instanceof Error && err.name === name;
}
function artifactFailure(name, err) {
  if (err instanceof MirrorError) return err;
  const resource = artifactResource(name);
  const text = err instanceof Error ? err.message : String(err);
  const fail2 = (reason2, detail, hint) => new MirrorError(reason2, detail, { verb: "create", resource, cause: err, ...hint ? { hint } : {} });
  if (isNamed(err, "UsageError") || /storage quota has been hit|insufficient usage/i.test(text)) {
    return fail2(
      "TooManyRequests",
      t("The artifact storage quota of this repository is used up.", "\u041A\u0432\u043E\u0442\u0430 \u0445\u0440\u0430\u043D\u0438\u043B\u0438\u0449\u0430 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u043E\u0432 \u044D\u0442\u043E\u0433\u043E \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u044F \u0438\u0441\u0447\u0435\u0440\u043F\u0430\u043D\u0430."),
      t("Delete old artifacts or lower retention-days.", "\u0423\u0434\u0430\u043B\u0438\u0442\u0435 \u0441\u0442\u0430\u0440\u044B\u0435 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u044B \u0438\u043B\u0438 \u0443\u043C\u0435\u043D\u044C\u0448\u0438\u0442\u0435 retention-days.")
    );
  }
  const network = isNamed(err, "NetworkError") ? err.code : /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|ETIMEDOUT)\b/.exec(text)?.[1];
  if (network) {
    const reason2 = network === "ETIMEDOUT" ? "Timeout" : "ServiceUnavailable";
    return fail2(reason2, t(`The artifact service could not be reached (${network}).`, `\u0421\u0435\u0440\u0432\u0438\u0441 \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442\u043E\u0432 \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D (${network}).`));
  }
  const restStatus = err.statusCode;
  const status = typeof restStatus === "number" ? restStatus : Number(/\((\d{3})\)/.exec(text)?.[1] ?? 0);
  if (status === 409 || /already exists/i.test(text)) {
    return fail2(
      "AlreadyExists",
      t("This workflow run already has an artifact with this name.", "\u0412 \u044D\u0442\u043E\u043C \u0437\u0430\u043F\u0443\u0441\u043A\u0435 \u0440\u0430\u0431\u043E\u0447\u0435\u0433\u043E \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 \u0443\u0436\u0435 \u0435\u0441\u0442\u044C \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442 \u0441 \u0442\u0430\u043A\u0438\u043C \u0438\u043C\u0435\u043D\u0435\u043C."),
      t(
        "Give artifact-name a value unique in the run, for example falco-deps-<version>-${{ github.run_attempt }}, or set upload-artifact: false.",
        "\u0417\u0430\u0434\u0430\u0439\u0442\u0435 artifact-name, \u0443\u043D\u0438\u043A\u0430\u043B\u044C\u043D\u043E\u0435 \u0432 \u043F\u0440\u0435\u0434\u0435\u043B\u0430\u0445 \u0437\u0430\u043F\u0443\u0441\u043A\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 falco-deps-<version>-${{ github.run_attempt }}, \u0438\u043B\u0438 \u0437\u0430\u0434\u0430\u0439\u0442\u0435 upload-artifact: false."
      )
    );
  }
  const reason = reasonForStatus(status) ?? (/timed? ?out|stalled/i.test(text) ? "Timeout" : "InternalError");
  const after = /after (\d+) attempts/.exec(text);
  const said = text.slice(0, 300);
  return fail2(
    reason,
    t(
      `The artifact upload failed${after ? ` after ${after[1]} attempts` : ""}: ${said}.`,
      `\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044C \u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442${after ? ` (\u043F\u043E\u043F\u044B\u0442\u043E\u043A: ${after[1]})` : ""}: ${said}.`
    )
  );
}
function artifactResource(name) {
  return t(`artifact ${name}`, `\u0430\u0440\u0442\u0435\u0444\u0430\u043A\u0442 ${name}`);
}

// src/effects/git.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { mkdirSync as mkdirSync2 } from "node:fs";
import * as fs14 from "node:fs/promises";
import * as path14 from "node:path";
var GIT_INSTALL = t(
  "Install git (on Debian or Ubuntu: `sudo apt-get install git`), then run again.",
  "\u0423\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 git (\u0432 Debian \u0438\u043B\u0438 Ubuntu: `sudo apt-get install git`), \u0437\u0430\u0442\u0435\u043C \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435 \u0441\u043D\u043E\u0432\u0430."
);
function basicHeader(auth) {
  return Buffer.from(`${auth.username}:${auth.token}`, "utf8").toString("base64");
}
function createGit(opts) {
  const secrets = opts.auth ? [opts.auth.token, basicHeader(opts.auth)].filter((s3) => s3.length > 0) : [];
  const scrub = (text) => scrubSecrets(text, secrets);
  const scratch = path14.resolve(opts.tempDir);
  const configFile = opts.auth ? path14.join(scratch, `auth-${randomBytes3(4).toString("hex")}.gitconfig`) : void 0;
  let written = false;
  const ensureConfig = async () => {
    if (!opts.auth || !configFile || written) return;
    const text = `[http "${opts.url}"]
	extraheader = AUTHORIZATION: basic ${basicHeader(opts.auth)}
`;
    await fs14.rm(configFile, { force: true });
    await fs14.writeFile(configFile, text, { mode: 384, flag: "wx" });
    written = true;
  };
  const cwd = path14.join(scratch, "git-cwd");
  const env = gitEnvironment([
    // No helper may answer for us or store anything, and nothing may prompt: a 401 is an error. An
    // empty value empties the list of helpers, URL-specific ones included, that system and global config set.
    ["credential.helper", ""],
    // An empty value empties the list of extra headers, but only if no more specific URL matched
    // before it: git keeps a more specific match over a less specific one. Given for the URL itself,
    // the most specific match there is, it clears every entry; the generic one still clears generic
    // entries for a URL that a url.<base>.insteadOf rewrote. Then include.path adds ours.
    ["http.extraheader", ""],
    [`http.${opts.url}.extraheader`, ""],
    ["http.lowSpeedLimit", "1000"],
    ["http.lowSpeedTime", String(opts.stallSeconds ?? 60)],
    ...configFile ? [["include.path", configFile]] : []
  ]);
  env.GIT_CEILING_DIRECTORIES = scratch;
  const prepare2 = (args, call) => {
    mkdirSync2(cwd, { recursive: true, mode: 448 });
    const head = [];
    for (const [k2, v2] of Object.entries(call.config ?? {})) head.push("-c", `${k2}=${v2}`);
    if (call.gitDir) head.push("--git-dir", call.gitDir);
    return [
      [...head, ...args],
      {
        cwd,
        env: { ...env, ...call.env },
        ...call.input !== void 0 ? { input: call.input } : {},
        ...call.timeoutMs ? { timeoutMs: call.timeoutMs } : {},
        ...opts.signal ? { signal: opts.signal } : {}
      }
    ];
  };
  return {
    secrets,
    scrub,
    async run(args, call = {}) {
      await ensureConfig();
      const [argv, options] = prepare2(args, call);
      const result = await run("git", argv, options).catch((err) => {
        throw notInstalled(err, GIT_INSTALL);
      });
      return { ...result, stdout: scrub(result.stdout), stderr: scrub(result.stderr) };
    },
    // Does not write the credentials file itself: a lazy fetch it triggers uses the one run() wrote.
    stream(args, call = {}) {
      const [argv, options] = prepare2(args, call);
      const child = runStreaming("git", argv, options);
      return { stdout: child.stdout, done: child.done.then((r) => ({ ...r, stderr: scrub(r.stderr) })) };
    },
    async dispose() {
      written = false;
      if (configFile) await fs14.rm(configFile, { force: true });
    }
  };
}
function gitEnvironment(settings) {
  const env = {
    GIT_TERMINAL_PROMPT: "0",
    // Unset (undefined), not empty: git treats a set GIT_CURL_VERBOSE as on, whatever its value.
    GIT_ASKPASS: void 0,
    SSH_ASKPASS: void 0,
    GCM_INTERACTIVE: "never",
    // Header dumps are never wanted (they would show the header), and git's messages are parsed in English.
    GIT_TRACE: void 0,
    GIT_TRACE_CURL: void 0,
    GIT_TRACE_PACKET: void 0,
    GIT_CURL_VERBOSE: void 0,
    GIT_TRACE_SETUP: void 0,
    LC_ALL: "C",
    LANGUAGE: "",
    GIT_CONFIG_COUNT: String(settings.length)
  };
  settings.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

// src/effects/mirror-branch.ts
import * as fs15 from "node:fs/promises";
import * as path15 from "node:path";
function createMirrorBranch(opts) {
  const { git, url, branch } = opts;
  const ref = `refs/heads/${branch}`;
  const resourceText = t(`branch ${branch} of ${url}`, `\u0432\u0435\u0442\u043A\u0430 ${branch} \u0432 ${url}`);
  const resource = resourceText.en;
  const repo = path15.join(opts.workDir, "repo.git");
  const retry = (fn) => retryRemote(fn, opts);
  const get = () => retry(async () => {
    const r = await git.run(["ls-remote", "--refs", url, ref], { timeoutMs: 18e4 });
    if (r.code !== 0) throw gitFailure("get", resourceText, r, t("git ls-remote of the mirror", "`git ls-remote` \u0437\u0435\u0440\u043A\u0430\u043B\u0430"));
    const line = r.stdout.split("\n").find((l) => l.endsWith(`	${ref}`));
    return line?.split("	")[0];
  });
  const push = (verb, refspec, expected, landed) => retry(async (attempt) => {
    const r = await git.run(["push", "--porcelain", "--no-verify", `--force-with-lease=${ref}:${expected}`, url, refspec], {
      gitDir: repo,
      timeoutMs: 36e5
    });
    if (r.code === 0) return;
    if (attempt > 1 && isLeaseRejection(`${r.stdout}
${r.stderr}`) && await get() === landed) return;
    throw gitFailure(verb, resourceText, r, t(`git push (${verb})`, `\`git push\` (${verb})`));
  });
  const tipRepo = async (commit) => {
    const readRepo = path15.join(opts.workDir, `read-${branch.replace(/[^\w.-]/g, "_")}.git`);
    await fs15.rm(readRepo, { recursive: true, force: true });
    await git.run(["init", "--quiet", "--bare", readRepo]);
    const req = { ...opts, repo: readRepo, url, ref, resource: resourceText };
    await fetchTip(req, commit);
    return req;
  };
  return {
    ref,
    resource,
    resourceText,
    get,
    metadata: async (commit) => readMetadata(await tipRepo(commit), commit),
    sbom: async (commit) => readRootFile(await tipRepo(commit), commit, SBOM_FILE),
    snapshot: (treeDir, message, parent, platforms, large, sbom) => buildCommit({
      ...opts,
      repo,
      workDir: opts.workDir,
      url,
      ref,
      resource: resourceText,
      treeDir,
      message,
      parent,
      platforms,
      ...large ? { large } : {},
      ...sbom ? { sbom } : {}
    }),
    uploadLfs: async (objects) => {
      if (objects.length === 0) return;
      const remotes = await git.run(["remote"], { gitDir: repo });
      if (!remotes.stdout.split("\n").includes("mirror")) await git.run(["remote", "add", "mirror", url], { gitDir: repo });
      for (const o of objects) {
        const dest = path15.join(repo, "lfs", "objects", o.oid.slice(0, 2), o.oid.slice(2, 4), o.oid);
        await fs15.mkdir(path15.dirname(dest), { recursive: true });
        await fs15.link(o.file, dest).catch(() => fs15.copyFile(o.file, dest));
      }
      const oids = [...new Set(objects.map((o) => o.oid))];
      await retry(async () => {
        const r = await git.run(["lfs", "push", "--object-id", "mirror", ...oids], {
          gitDir: repo,
          timeoutMs: 36e5,
          // The trace gives the HTTP status git-lfs leaves out of its messages; it is read, never shown.
          env: { GIT_TRACE: "1" },
          config: {
            // Lock verification is a pre-push hook's business; a plain upload needs none.
            "lfs.locksverify": "false",
            // A stalled transfer is given up as git's own are; git-lfs's retries are bounded, ours come on top.
            "lfs.activitytimeout": String(opts.stallSeconds ?? 60),
            "lfs.transfer.maxretries": "2",
            "lfs.transfer.maxretrydelay": "10"
          }
        });
        if (r.code !== 0 || /uploading failed due to unsupported content-type/i.test(`${r.stdout}
${r.stderr}`)) {
          throw lfsFailure(t(`the LFS storage of ${url}`, `\u0445\u0440\u0430\u043D\u0438\u043B\u0438\u0449\u0435 LFS \u0432 ${url}`), r);
        }
      });
    },
    create: (commit) => push("create", `${commit}:${ref}`, "", commit),
    patch: (commit, expected) => push("patch", `${commit}:${ref}`, expected, commit),
    delete: async (expected) => {
      await fs15.mkdir(opts.workDir, { recursive: true });
      if (!await fs15.stat(repo).catch(() => void 0)) await git.run(["init", "--quiet", "--bare", repo]);
      await push("delete", `:${ref}`, expected, void 0);
    }
  };
}

// src/effects/remote-refs.ts
function refNames(lsRemote2, prefix) {
  const names = [];
  for (const line of lsRemote2.split("\n")) {
    const ref = line.split("	")[1]?.trim();
    if (ref?.startsWith(prefix) && !ref.endsWith("^{}")) names.push(ref.slice(prefix.length));
  }
  return names;
}
function sourceFailure(error2) {
  const readable = t(
    "source-repo must be readable without credentials.",
    "source-repo \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D \u0434\u043B\u044F \u0447\u0442\u0435\u043D\u0438\u044F \u0431\u0435\u0437 \u0443\u0447\u0451\u0442\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445."
  );
  const hint = {
    NotFound: t(
      "Check source-repo: <source-repo>/falcosecurity/falco.git must be a git repository.",
      "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 source-repo: <source-repo>/falcosecurity/falco.git \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C git-\u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0435\u043C."
    ),
    Unauthorized: readable,
    Forbidden: readable
  };
  return new MirrorError(error2.reason, error2.detailText, {
    ...error2.verb ? { verb: error2.verb } : {},
    ...error2.resourceText ? { resource: error2.resourceText } : {},
    ...hint[error2.reason] ? { hint: hint[error2.reason] } : {}
  });
}
async function lsRemote(git, args, resource, what, opts, source) {
  return retryRemote(async () => {
    const r = await git.run(["ls-remote", ...args], { timeoutMs: 18e4 });
    if (r.code !== 0) {
      const error2 = gitFailure("get", resource, r, what);
      throw source ? sourceFailure(error2) : error2;
    }
    return r.stdout;
  }, opts);
}
function tagsResource(url) {
  return t(`tags of ${url}`, `\u0442\u0435\u0433\u0438 ${url}`);
}
var LS_FALCO = t("git ls-remote of the Falco repository", "`git ls-remote` \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u044F Falco");
async function listReleaseTags(git, sourceRepo, opts = {}) {
  const url = falcoRepoUrl(sourceRepo);
  const out = await lsRemote(git, ["--tags", "--refs", url], tagsResource(url), LS_FALCO, opts, true);
  return sortUnique(refNames(out, "refs/tags/").filter(isReleaseVersion));
}
async function tagExists(git, sourceRepo, version, opts = {}) {
  parseFalcoVersion(version);
  const url = falcoRepoUrl(sourceRepo);
  const ref = `refs/tags/${version}`;
  const out = await lsRemote(
    git,
    ["--tags", "--refs", url, ref],
    t(`tag ${version} of ${url}`, `\u0442\u0435\u0433 ${version} \u0432 ${url}`),
    LS_FALCO,
    opts,
    true
  );
  return out.split("\n").some((line) => line.split("	")[1]?.trim() === ref);
}
async function listMirroredBranches(git, mirrorUrl, opts = {}) {
  const out = await lsRemote(
    git,
    ["--heads", mirrorUrl],
    t(`branches of ${mirrorUrl}`, `\u0432\u0435\u0442\u043A\u0438 ${mirrorUrl}`),
    t("git ls-remote of the mirror", "`git ls-remote` \u0437\u0435\u0440\u043A\u0430\u043B\u0430"),
    opts,
    false
  );
  const prefix = "refs/heads/";
  const branches = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [commit, ref] = line.split("	").map((part) => part.trim());
    if (commit && ref?.startsWith(prefix)) branches.set(ref.slice(prefix.length), commit);
  }
  return branches;
}

// src/effects/mirror.ts
function openMirror(opts) {
  const { url, token, username } = opts.config;
  const git = createGit({
    url,
    auth: token ? { token, username } : void 0,
    tempDir: opts.scratch,
    signal: opts.signal,
    stallSeconds: opts.stallSeconds
  });
  return {
    secrets: git.secrets,
    branches: () => listMirroredBranches(git, url, opts),
    branch: (name) => createMirrorBranch({ ...opts, git, url, branch: name, workDir: opts.scratch }),
    lfsVersion: async () => {
      const r = await git.run(["lfs", "version"]);
      if (r.code === 0) return r.stdout.trim();
      const said = lastLines(r.stderr.trim(), 1);
      throw new MirrorError(
        "ServiceUnavailable",
        t(
          `large-files: lfs needs git-lfs, and git on this runner has no lfs command (git lfs version: ${said || `exit code ${String(r.code)}`}).`,
          `\u0414\u043B\u044F large-files: lfs \u043D\u0443\u0436\u0435\u043D git-lfs, \u0430 \u0443 git \u043D\u0430 \u044D\u0442\u043E\u043C \u0440\u0430\u043D\u043D\u0435\u0440\u0435 \u043D\u0435\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u044B lfs (\`git lfs version\`: ${said || `\u043A\u043E\u0434 \u0432\u044B\u0445\u043E\u0434\u0430 ${String(r.code)}`}).`
        ),
        {
          hint: t(
            "Install it (on Debian or Ubuntu: `sudo apt-get install git-lfs`; GitHub's hosted runners have it), or use large-files: plain.",
            "\u0423\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0435\u0433\u043E (\u0432 Debian \u0438\u043B\u0438 Ubuntu: `sudo apt-get install git-lfs`; \u043D\u0430 \u0440\u0430\u043D\u043D\u0435\u0440\u0430\u0445, \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u043F\u0440\u0435\u0434\u043E\u0441\u0442\u0430\u0432\u043B\u044F\u0435\u0442 GitHub, \u043E\u043D \u0435\u0441\u0442\u044C) \u0438\u043B\u0438 \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 large-files: plain."
          )
        }
      );
    },
    pause: () => git.dispose(),
    close: () => git.dispose()
  };
}

// src/effects/releases-api.ts
function releaseVersionsOf(releases) {
  return sortUnique(releases.filter((r) => !r.draft && !r.prerelease && isReleaseVersion(r.tag_name)).map((r) => r.tag_name));
}
function retryAfterOf(headers, nowMs = Date.now()) {
  const header = (name) => {
    const v2 = headers[name];
    return v2 === void 0 ? void 0 : String(v2).trim();
  };
  const serverDate = Date.parse(header("date") ?? "");
  const now = Number.isFinite(serverDate) ? serverDate : nowMs;
  const retryAfter = header("retry-after");
  if (retryAfter !== void 0) {
    if (/^\d{1,9}$/.test(retryAfter)) return Number(retryAfter) * 1e3;
    const at2 = Date.parse(retryAfter);
    if (Number.isFinite(at2)) return Math.max(0, at2 - now);
  }
  const reset = header("x-ratelimit-reset");
  if (header("x-ratelimit-remaining") === "0" && reset !== void 0 && /^\d{1,12}$/.test(reset)) {
    return Math.max(0, Number(reset) * 1e3 - now);
  }
  return void 0;
}
function apiReason(status, headers) {
  const limited = String(headers["x-ratelimit-remaining"] ?? "") === "0" || headers["retry-after"] !== void 0;
  if (status === 429 || status === 403 && limited) return "TooManyRequests";
  if (status === 410) return "Gone";
  return reasonForStatus(status) ?? (status >= 400 && status < 500 ? "BadRequest" : "InternalError");
}
var OWNER = "falcosecurity";
var REPO = "falco";
var MAX_PAGES = 100;
function releasesResource(apiUrl) {
  return t(`releases of ${OWNER}/${REPO} at ${apiUrl}`, `\u0440\u0435\u043B\u0438\u0437\u044B ${OWNER}/${REPO} \u0432 ${apiUrl}`);
}
function apiUrlFromEnv(env = process.env) {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
function isHttpError(err) {
  return err instanceof Error && typeof err.status === "number";
}
var GiveUp = class extends Error {
  constructor(error2) {
    super(error2.message);
    this.error = error2;
  }
  error;
};
async function listApiReleases(opts) {
  const apiUrl = opts.apiUrl.replace(/\/+$/, "");
  const resource = releasesResource(apiUrl);
  const policy = opts.retry ?? DEFAULT_RETRY;
  const pages = (await apiClient(opts, apiUrl, resource)).paginate.iterator("GET /repos/{owner}/{repo}/releases", { owner: OWNER, repo: REPO, per_page: 100 })[Symbol.asyncIterator]();
  const versions = [];
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) {
      const detail = t(
        `GitHub's API kept giving further pages after ${MAX_PAGES} of them.`,
        `API GitHub \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u043B \u043E\u0442\u0434\u0430\u0432\u0430\u0442\u044C \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u044B \u0438 \u043F\u043E\u0441\u043B\u0435 ${MAX_PAGES}-\u0439.`
      );
      throw new MirrorError("Invalid", detail, { verb: "get", resource });
    }
    let step;
    try {
      step = await retryRemote(async () => {
        try {
          return await pages.next();
        } catch (err) {
          const error2 = apiFailure(err, { apiUrl, resource, token: opts.token });
          if (error2.transient && error2.retryAfterMs !== void 0 && error2.retryAfterMs > policy.maxMs * 4) throw new GiveUp(error2);
          throw error2;
        }
      }, opts);
    } catch (err) {
      throw err instanceof GiveUp ? err.error : err;
    }
    if (step.done) break;
    const data = step.value.data;
    if (!Array.isArray(data)) {
      const detail = t(
        `GitHub's API did not answer with a list of releases (page ${page}).`,
        `API GitHub \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u043D\u0435 \u0441\u043F\u0438\u0441\u043A\u043E\u043C \u0440\u0435\u043B\u0438\u0437\u043E\u0432 (\u0441\u0442\u0440\u0430\u043D\u0438\u0446\u0430 ${page}).`
      );
      throw new MirrorError("InternalError", detail, {
        verb: "get",
        resource
      });
    }
    versions.push(...releaseVersionsOf(data.filter(isReleaseObject)));
  }
  return sortUnique(versions);
}
async function apiClient(opts, apiUrl, resource) {
  const [{ getOctokit }, { GitHub }] = await Promise.all([import("./chunk-XD7S4JLN.js"), import("./chunk-ONGGHD3K.js")]);
  const origin = new URL(apiUrl).origin;
  const timeoutMs = opts.timeoutMs ?? 6e4;
  const options = { baseUrl: apiUrl, userAgent: "falco-deps-mirror" };
  const octokit = opts.token ? getOctokit(opts.token, options) : new GitHub(options);
  octokit.hook.wrap("request", async (request, endpoint) => {
    const target = /^https?:\/\//i.test(endpoint.url) ? endpoint.url : `${endpoint.baseUrl}${endpoint.url}`;
    if (new URL(target).origin !== origin) {
      const shown = quote(target, 200);
      const detail = t(
        `The API pointed to ${shown}, outside ${origin}; it was not followed.`,
        `API \u0443\u043A\u0430\u0437\u0430\u043B \u043D\u0430 ${shown}, \u0432\u043D\u0435 ${origin}; \u043F\u0435\u0440\u0435\u0445\u043E\u0434 \u043F\u043E \u044D\u0442\u043E\u043C\u0443 \u0430\u0434\u0440\u0435\u0441\u0443 \u043D\u0435 \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D.`
      );
      throw new MirrorError("Invalid", detail, {
        verb: "get",
        resource
      });
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    endpoint.headers = { ...endpoint.headers, "x-github-api-version": "2022-11-28" };
    endpoint.request = { ...endpoint.request, signal };
    try {
      return await request(endpoint);
    } catch (err) {
      if (opts.signal?.aborted) {
        throw new MirrorError("Timeout", t("Listing the releases was cancelled.", "\u041F\u043E\u043B\u0443\u0447\u0435\u043D\u0438\u0435 \u0441\u043F\u0438\u0441\u043A\u0430 \u0440\u0435\u043B\u0438\u0437\u043E\u0432 \u043E\u0442\u043C\u0435\u043D\u0435\u043D\u043E."), {
          verb: "get",
          resource
        });
      }
      if (timeout.aborted) {
        const seconds = Number((timeoutMs / 1e3).toFixed(1));
        const detail = t(`GitHub's API did not answer within ${seconds} s.`, `API GitHub \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u0437\u0430 ${seconds} \u0441.`);
        throw new MirrorError("Timeout", detail, {
          verb: "get",
          resource
        });
      }
      throw err;
    }
  });
  return octokit;
}
function apiFailure(err, where) {
  if (err instanceof MirrorError) return err;
  const { apiUrl, resource } = where;
  const scrub = (text) => scrubSecrets(text, [where.token]);
  if (!isHttpError(err) || err.response === void 0) {
    const text = err instanceof Error ? err.message : String(err);
    const said2 = scrub(text).slice(0, 300);
    return new MirrorError("ServiceUnavailable", t(`GitHub's API could not be reached (${said2}).`, `API GitHub \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D (${said2}).`), {
      verb: "get",
      resource
    });
  }
  const { status, response } = err;
  const reason = apiReason(status, response.headers);
  const retryAfterMs = retryAfterOf(response.headers);
  const said = messageOf(response.data);
  const shown = said ? ` (${quote(scrub(said), 200)})` : "";
  const detail = t(`GitHub's API answered HTTP ${status}${shown}.`, `API GitHub \u043E\u0442\u0432\u0435\u0442\u0438\u043B HTTP ${status}${shown}.`);
  const hint = apiHint(reason, apiUrl, retryAfterMs);
  return new MirrorError(reason, detail, {
    verb: "get",
    resource,
    ...retryAfterMs !== void 0 && CATALOG[reason].transient ? { retryAfterMs } : {},
    ...hint ? { hint } : {}
  });
}
function messageOf(data) {
  if (typeof data === "object" && data !== null && typeof data.message === "string") {
    return data.message;
  }
  return typeof data === "string" ? data.trim().split("\n")[0] ?? "" : "";
}
function isReleaseObject(value) {
  if (typeof value !== "object" || value === null) return false;
  const r = value;
  return typeof r.tag_name === "string" && typeof r.draft === "boolean" && typeof r.prerelease === "boolean";
}
function apiHint(reason, apiUrl, retryAfterMs) {
  switch (reason) {
    case "Unauthorized":
      return t(
        "Check github-token: GitHub did not accept it (expired or revoked?); leave it empty to read the public releases anonymously.",
        "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 github-token: GitHub \u0435\u0433\u043E \u043D\u0435 \u043F\u0440\u0438\u043D\u044F\u043B (\u0438\u0441\u0442\u0451\u043A \u0438\u043B\u0438 \u043E\u0442\u043E\u0437\u0432\u0430\u043D?); \u043E\u0441\u0442\u0430\u0432\u044C\u0442\u0435 \u0435\u0433\u043E \u043F\u0443\u0441\u0442\u044B\u043C, \u0447\u0442\u043E\u0431\u044B \u0447\u0438\u0442\u0430\u0442\u044C \u043F\u0443\u0431\u043B\u0438\u0447\u043D\u044B\u0435 \u0440\u0435\u043B\u0438\u0437\u044B \u0430\u043D\u043E\u043D\u0438\u043C\u043D\u043E."
      );
    case "Forbidden":
      return t(
        "The token may not read falcosecurity/falco (a fine-grained token without access, or an organization policy).",
        "\u0422\u043E\u043A\u0435\u043D\u0443 \u043D\u0435\u043B\u044C\u0437\u044F \u0447\u0438\u0442\u0430\u0442\u044C falcosecurity/falco (\u0442\u043E\u043A\u0435\u043D\u0443 \u0441 \u0442\u043E\u0447\u0435\u0447\u043D\u044B\u043C\u0438 \u043F\u0440\u0430\u0432\u0430\u043C\u0438 \u043D\u0435 \u0434\u0430\u043D \u0434\u043E\u0441\u0442\u0443\u043F, \u0438\u043B\u0438 \u0442\u0430\u043A \u0442\u0440\u0435\u0431\u0443\u0435\u0442 \u043F\u043E\u043B\u0438\u0442\u0438\u043A\u0430 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438)."
      );
    case "TooManyRequests": {
      const at2 = retryAfterMs === void 0 ? "" : new Date(Date.now() + retryAfterMs).toISOString();
      return t(
        `GitHub's API rate limit is used up.${at2 && ` It resets around ${at2}.`} Anonymous requests get 60 an hour; give github-token for more, or give falco-version as an exact version.`,
        `\u041B\u0438\u043C\u0438\u0442 \u0437\u0430\u043F\u0440\u043E\u0441\u043E\u0432 \u043A API GitHub \u0438\u0441\u0447\u0435\u0440\u043F\u0430\u043D.${at2 && ` \u041E\u043D \u043E\u0431\u043D\u0443\u043B\u0438\u0442\u0441\u044F \u043E\u043A\u043E\u043B\u043E ${at2}.`} \u0410\u043D\u043E\u043D\u0438\u043C\u043D\u043E \u043C\u043E\u0436\u043D\u043E \u0434\u0435\u043B\u0430\u0442\u044C 60 \u0437\u0430\u043F\u0440\u043E\u0441\u043E\u0432 \u0432 \u0447\u0430\u0441; \u0437\u0430\u0434\u0430\u0439\u0442\u0435 github-token, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043B\u0443\u0447\u0438\u0442\u044C \u0431\u043E\u043B\u044C\u0448\u0435, \u0438\u043B\u0438 \u0443\u043A\u0430\u0436\u0438\u0442\u0435 falco-version \u043A\u0430\u043A \u0442\u043E\u0447\u043D\u0443\u044E \u0432\u0435\u0440\u0441\u0438\u044E.`
      );
    }
    case "NotFound":
      return t(
        `Check GITHUB_API_URL (${apiUrl}): https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server, which must have falcosecurity/falco.`,
        `\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 GITHUB_API_URL (${apiUrl}): https://api.github.com \u0438\u043B\u0438 https://HOST/api/v3 \u043D\u0430 GitHub Enterprise Server, \u0433\u0434\u0435 \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C falcosecurity/falco.`
      );
    default:
  }
}

// src/effects/release-source.ts
function listReleases(source) {
  return source.kind === "tags" ? listReleaseTags(source.git, source.sourceRepo, source) : listApiReleases(source);
}
async function resolveLatest(source) {
  const resource = source.kind === "tags" ? tagsResource(falcoRepoUrl(source.sourceRepo)) : releasesResource(source.apiUrl.replace(/\/+$/, ""));
  return pickLatest(await listReleases(source), resource);
}
function createFalcoSource(opts) {
  const remote = {
    ...opts.retry ? { retry: opts.retry } : {},
    ...opts.onRetry ? { onRetry: opts.onRetry } : {},
    signal: opts.signal
  };
  const source = opts.origin === "tags" ? { kind: "tags", git: opts.git, sourceRepo: opts.sourceRepo, ...remote } : { kind: "api", token: opts.token, apiUrl: opts.apiUrl, ...remote };
  return {
    origin: opts.origin,
    releases: () => listReleases(source),
    latest: () => resolveLatest(source),
    hasTag: (version) => tagExists(opts.git, opts.sourceRepo, version, remote)
  };
}

// src/pipeline/services.ts
function realServices(signal) {
  let engine;
  return {
    engine: () => engine ??= createDockerEngine(signal),
    falcoSource(req) {
      const git = createGit({
        url: falcoRepoUrl(req.sourceRepo),
        auth: void 0,
        tempDir: req.scratch,
        signal,
        stallSeconds: req.stallSeconds
      });
      return Promise.resolve(createFalcoSource({ ...req, git, apiUrl: apiUrlFromEnv(req.env) }));
    },
    openMirror,
    uploadArtifact
  };
}

// src/reporting/heartbeat.ts
function startHeartbeat(what, quietMs, print, now = Date.now) {
  const started = now();
  let last = started;
  const timer = setInterval(
    () => {
      const t2 = now();
      if (t2 - last < quietMs) return;
      last = t2;
      print(`\u2026 ${what}: still running, ${formatDuration((t2 - started) / 1e3)} elapsed.`);
    },
    Math.max(250, Math.min(quietMs, 1e4))
  );
  timer.unref();
  return {
    touch: () => {
      last = now();
    },
    stop: () => clearInterval(timer)
  };
}

// src/pipeline/stage.ts
function createStageRunner(reporter, quietMs, records) {
  let heartbeat;
  const touched = onActivity(reporter, () => heartbeat?.touch());
  const stage = (name, fn) => {
    const started = Date.now();
    let ok = false;
    return touched.group(name, async () => {
      heartbeat = startHeartbeat(name, quietMs, (line) => reporter.info(line));
      try {
        const value = await fn();
        ok = true;
        return value;
      } finally {
        heartbeat.stop();
        heartbeat = void 0;
        records.push({ name, seconds: (Date.now() - started) / 1e3, ok });
      }
    });
  };
  return { reporter: touched, stage };
}
function onActivity(r, touch) {
  const say = (fn) => (m2) => {
    touch();
    fn(m2);
  };
  return {
    ...r,
    info: say((m2) => r.info(m2)),
    notice: say((m2) => r.notice(m2)),
    warning: say((m2) => r.warning(m2)),
    error: say((m2) => r.error(m2))
  };
}

// src/pipeline/run.ts
function createRun(ctx, records) {
  const { reporter, stage } = createStageRunner(ctx.reporter, (ctx.heartbeatSeconds ?? 30) * 1e3, records);
  const services = { ...realServices(ctx.signal), ...ctx.services };
  const id = `${ctx.env.GITHUB_RUN_ID ?? "local"}-${randomBytes4(4).toString("hex")}`;
  return {
    reporter,
    stage,
    services,
    cleanup: new Cleanup(reporter, () => services.engine()),
    env: ctx.env,
    signal: ctx.signal,
    id,
    // Absolute: git runs in a directory of its own, so relative paths would point elsewhere.
    scratch: path16.resolve(ctx.env.RUNNER_TEMP || os3.tmpdir(), `falco-deps-mirror-${id}`),
    remote: { signal: ctx.signal, onRetry: (m2) => reporter.warning(m2) }
  };
}
async function makeScratch(run3) {
  run3.cleanup.dir(run3.scratch);
  await fs16.mkdir(run3.scratch, { recursive: true, mode: 448 });
}

// src/planning/sbom-diff.ts
var PROPERTY = `${PROPERTY_PREFIX}:`;
var MAX_DEPTH = 16;
function depsOf(sbom) {
  if (!isRecord(sbom)) {
    const kind = kindOf(sbom);
    throw invalid(`The SBOM is not a JSON object (it is ${kind.en}).`, `SBOM \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043E\u0431\u044A\u0435\u043A\u0442\u043E\u043C JSON (\u044D\u0442\u043E ${kind.ru}).`);
  }
  const { bomFormat, specVersion, components: components2 } = sbom;
  if (bomFormat !== "CycloneDX") {
    const format = describe(bomFormat);
    const found = bomFormat === void 0 ? t("it has no bomFormat", "\u0432 \u043D\u0451\u043C \u043D\u0435\u0442 bomFormat") : t(`its bomFormat is ${format.en}`, `\u0435\u0433\u043E bomFormat \u2014 ${format.ru}`);
    throw invalid(
      `The SBOM is not CycloneDX: ${found.en}, expected "CycloneDX".`,
      `SBOM \u043D\u0435 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 CycloneDX: ${found.ru}, \u043E\u0436\u0438\u0434\u0430\u0435\u0442\u0441\u044F "CycloneDX".`
    );
  }
  if (typeof specVersion !== "string" || !/^1\.\d+$/.test(specVersion)) {
    const version = describe(specVersion);
    throw invalid(
      `The SBOM's specVersion is ${version.en}; only CycloneDX 1.x is read.`,
      `specVersion \u0432 SBOM: ${version.ru}; \u0447\u0438\u0442\u0430\u0435\u0442\u0441\u044F \u0442\u043E\u043B\u044C\u043A\u043E CycloneDX 1.x.`
    );
  }
  const out = [];
  collect(components2 === void 0 ? [] : components2, "components", void 0, [], 0, out);
  return uniqueKeys(out);
}
function collect(list, where, parent, parentPlatforms, depth, out) {
  if (!Array.isArray(list)) throw notAnArray(where, list);
  if (depth >= MAX_DEPTH) {
    throw invalid(
      `The SBOM's ${where} is nested more than ${MAX_DEPTH} levels deep.`,
      `${where} \u0432 SBOM \u0432\u043B\u043E\u0436\u0435\u043D \u0433\u043B\u0443\u0431\u0436\u0435 \u0447\u0435\u043C \u043D\u0430 ${MAX_DEPTH} \u0443\u0440\u043E\u0432\u043D\u0435\u0439.`
    );
  }
  list.forEach((c, i) => {
    const at2 = `${where}[${i}]`;
    if (!isRecord(c)) {
      const kind = kindOf(c);
      throw invalid(`The SBOM's ${at2} is not an object (it is ${kind.en}).`, `${at2} \u0432 SBOM \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043E\u0431\u044A\u0435\u043A\u0442\u043E\u043C (\u044D\u0442\u043E ${kind.ru}).`);
    }
    if (typeof c.name !== "string" || c.name === "") throw invalid(`The SBOM's ${at2} has no name.`, `\u0423 ${at2} \u0432 SBOM \u043D\u0435\u0442 \u0438\u043C\u0435\u043D\u0438.`);
    if (c.version !== void 0 && typeof c.version !== "string")
      throw invalid(`The SBOM's ${at2}.version is not a string.`, `${at2}.version \u0432 SBOM \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0441\u0442\u0440\u043E\u043A\u043E\u0439.`);
    const name = parent === void 0 ? c.name : `${parent}/${c.name}`;
    const props = propertiesOf(c.properties, `${at2}.properties`);
    const own = [...new Set(props.filter(([n]) => n === `${PROPERTY}platform`).map(([, v2]) => v2))].sort(byCodeUnit);
    const platforms = own.length > 0 ? own : parentPlatforms;
    const path17 = props.find(([n]) => n === `${PROPERTY}path`)?.[1];
    const url = urlOf(c.externalReferences, `${at2}.externalReferences`);
    const sha256 = urlHashOf(props) ?? sha256Of(c.hashes, `${at2}.hashes`);
    const commit = props.find(([n]) => n === `${PROPERTY}git-commit`)?.[1];
    out.push({
      key: keyOf(name, platforms),
      name,
      ...c.version ? { version: c.version } : {},
      ...url ? { url } : {},
      ...sha256 ? { sha256 } : {},
      ...commit ? { commit } : {},
      platforms,
      ...path17 ? { path: path17 } : {}
    });
    if (c.components !== void 0) collect(c.components, `${at2}.components`, name, platforms, depth + 1, out);
  });
}
function keyOf(name, platforms) {
  return platforms.length > 0 ? `${name} [${platforms.join(", ")}]` : name;
}
function propertiesOf(value, where) {
  return objectsOf(value, where).flatMap((p2) => typeof p2.name === "string" && typeof p2.value === "string" ? [[p2.name, p2.value]] : []);
}
function urlOf(value, where) {
  const refs = objectsOf(value, where);
  const of = (type) => {
    const url = refs.find((r) => r.type === type && typeof r.url === "string" && r.url !== "")?.url;
    return typeof url === "string" ? url : void 0;
  };
  return of("distribution") ?? of("vcs");
}
function sha256Of(value, where) {
  const hash = objectsOf(value, where).find((h) => h.alg === "SHA-256" && typeof h.content === "string" && isHex64(h.content));
  return typeof hash?.content === "string" ? hash.content.toLowerCase() : void 0;
}
function urlHashOf(props) {
  const value = props.find(([n, v2]) => n === `${PROPERTY}url-hash` && /^SHA256=/i.test(v2))?.[1].slice("SHA256=".length);
  return value !== void 0 && isHex64(value) ? value.toLowerCase() : void 0;
}
function objectsOf(value, where) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) throw notAnArray(where, value);
  return value.filter(isRecord);
}
function uniqueKeys(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of entries) groups.set(e.key, [...groups.get(e.key) ?? [], e]);
  const out = [];
  const taken = new Set(groups.keys());
  for (const [key, group2] of groups) {
    const [only] = group2;
    if (only && group2.length === 1) {
      out.push(only);
      continue;
    }
    const sorted = [...group2].sort((a, b2) => byCodeUnit(JSON.stringify(a), JSON.stringify(b2)));
    for (const e of sorted) {
      let unique = `${key} (${e.path ?? "no path"})`;
      for (let n = 2; taken.has(unique); n++) unique = `${key} (${e.path ?? "no path"}) #${n}`;
      taken.add(unique);
      out.push({ ...e, key: unique });
    }
  }
  return out.sort((a, b2) => byCodeUnit(a.key, b2.key));
}
function changeOf(before, after) {
  const differs = (f2) => before[f2] !== after[f2];
  if (differs("version")) return differs("url") ? ["version", "url"] : ["version"];
  const content = ["sha256", "commit"].filter(differs);
  if (!differs("url")) return before.version === void 0 ? content : [];
  return ["url", ...content];
}
function diffDeps(before, after) {
  const old = new Map(before.map((e) => [e.key, e]));
  const now = new Map(after.map((e) => [e.key, e]));
  const changed = [];
  let unchanged = 0;
  for (const [key, a] of now) {
    const b2 = old.get(key);
    if (!b2) continue;
    if (changeOf(b2, a).length > 0) changed.push({ before: b2, after: a });
    else unchanged++;
  }
  const sortByKey = (list, key) => list.sort((x, y) => byCodeUnit(key(x), key(y)));
  return {
    added: sortByKey(
      after.filter((e) => !old.has(e.key)),
      (e) => e.key
    ),
    removed: sortByKey(
      before.filter((e) => !now.has(e.key)),
      (e) => e.key
    ),
    changed: sortByKey(changed, (c) => c.after.key),
    unchanged
  };
}
function rowsOf(diff) {
  const rows = [
    ...diff.added.map((entry) => [entry.key, { kind: "added", entry }]),
    ...diff.removed.map((entry) => [entry.key, { kind: "removed", entry }]),
    ...diff.changed.map(({ before, after }) => [after.key, { kind: "changed", before, after }])
  ];
  return rows.sort(([a], [b2]) => byCodeUnit(a, b2)).map(([, row]) => row);
}
function counts(diff) {
  const { added, removed, changed, unchanged } = diff;
  return `${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged`;
}
var nothingChanged = (diff) => diff.added.length + diff.removed.length + diff.changed.length === 0;
function renderDiffText(diff, from, to2) {
  const out = [];
  for (const row of rowsOf(diff)) {
    if (row.kind !== "changed") {
      const e = row.entry;
      out.push(
        [row.kind === "added" ? "+" : "-", e.key, e.version ?? "(no version)", e.url].filter((s3) => s3 !== void 0).map(plain).join(" ")
      );
      continue;
    }
    const { before, after } = row;
    const fields = changeOf(before, after);
    const line = (field, was, now) => `~ ${plain(after.key)} ${field}${plain(was ?? "(none)")} -> ${plain(now ?? "(none)")}`;
    if (fields.includes("version")) out.push(line("", before.version ?? "(no version)", after.version ?? "(no version)"));
    else {
      if (fields.includes("url")) out.push(line("url ", before.url, after.url));
      for (const f2 of ["sha256", "commit"]) {
        const was = before[f2];
        const now = after[f2];
        if (fields.includes(f2)) out.push(line(`${f2} `, was && short(was), now && short(now)));
      }
    }
  }
  const summary2 = nothingChanged(diff) ? `no dependency changed (${diff.unchanged} unchanged)` : counts(diff);
  out.push(`${plain(from)} -> ${plain(to2)}: ${summary2}.`);
  return `${out.join("\n")}
`;
}
var short = (hex) => hex.slice(0, 12);
var plain = (s3) => s3.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
  const n = c.codePointAt(0) ?? 0;
  if (n < 32) return String.fromCodePoint(9216 + n);
  return n === 127 ? "\u2421" : `\u2039U+${n.toString(16).toUpperCase().padStart(4, "0")}\u203A`;
});
var isHex64 = (s3) => /^[0-9a-f]{64}$/i.test(s3);
var TYPE_RU = {
  string: "\u0441\u0442\u0440\u043E\u043A\u0430",
  number: "\u0447\u0438\u0441\u043B\u043E",
  boolean: "\u043B\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435",
  bigint: "bigint",
  symbol: "symbol",
  function: "\u0444\u0443\u043D\u043A\u0446\u0438\u044F",
  undefined: "undefined"
};
function kindOf(v2) {
  if (v2 === null) return t("null", "null");
  if (Array.isArray(v2)) return t("an array", "\u043C\u0430\u0441\u0441\u0438\u0432");
  return typeof v2 === "object" ? t("an object", "\u043E\u0431\u044A\u0435\u043A\u0442") : t(`a ${typeof v2}`, TYPE_RU[typeof v2] ?? typeof v2);
}
function describe(v2) {
  if (typeof v2 === "string") return t(quote(v2), quote(v2));
  return v2 === void 0 ? t("missing", "\u043E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442") : kindOf(v2);
}
function notAnArray(where, value) {
  const kind = kindOf(value);
  return invalid(`The SBOM's ${where} is not an array (it is ${kind.en}).`, `${where} \u0432 SBOM \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043C\u0430\u0441\u0441\u0438\u0432\u043E\u043C (\u044D\u0442\u043E ${kind.ru}).`);
}
function invalid(en2, ru) {
  return new MirrorError("Invalid", t(en2, ru));
}

// src/pipeline/sbom-stages.ts
async function previousSbom(mirror, version, known) {
  const branches = known ?? await mirror.branches();
  const previous = highestBelow(version, branches.keys());
  const commit = previous === void 0 ? void 0 : branches.get(previous);
  if (previous === void 0 || commit === void 0) return void 0;
  return { version: previous, text: await mirror.branch(previous).sbom(commit) };
}
async function compareWithPrevious(run3, mirror, version, ours) {
  try {
    const previous = await run3.stage("Compare the dependencies with the previous mirrored version", () => previousSbom(mirror, version));
    if (!previous) {
      run3.reporter.info(`No mirrored version below ${version}: no dependency diff.`);
      return { to: version, note: `The mirror has no version below ${version} to compare with.` };
    }
    if (previous.text === void 0) {
      run3.reporter.info(`The mirror's ${previous.version} has no ${SBOM_FILE}: no dependency diff.`);
      return { from: previous.version, to: version, note: `The mirror's ${previous.version} has no ${SBOM_FILE} (mirrored before SBOMs).` };
    }
    const diff = diffDeps(depsOf(JSON.parse(previous.text)), depsOf(JSON.parse(renderSbom(ours))));
    run3.reporter.info(
      `Dependencies since ${previous.version}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged.`
    );
    return { from: previous.version, to: version, diff };
  } catch (err) {
    const error2 = asMirrorError(err);
    run3.reporter.warning(`No dependency diff: ${error2.describe("en")}`);
    return { to: version, note: `No dependency diff: ${error2.message}` };
  }
}
async function planComparison(run3, mirror, versions, branches) {
  const [first] = versions;
  if (first === void 0) return void 0;
  try {
    const previous = await run3.stage(`Find the SBOM ${first} will be compared with`, () => previousSbom(mirror, first, branches));
    const note = !previous ? `The first build, ${first}, has no mirrored version below it to compare with.` : previous.text === void 0 ? `The first build, ${first}, would be compared with the mirror's ${previous.version}, which has no ${SBOM_FILE}: no dependency diff.` : `The first build, ${first}, will be compared with the SBOM of the mirror's ${previous.version} (${SBOM_FILE} on branch ${previous.version}).`;
    run3.reporter.info(note);
    return { to: first, ...previous ? { from: previous.version } : {}, note };
  } catch (err) {
    const error2 = asMirrorError(err);
    run3.reporter.warning(`Could not find the SBOM to compare ${first} with: ${error2.describe("en")}`);
    return { to: first, note: `Could not find the SBOM to compare ${first} with: ${error2.message}` };
  }
}

// src/pipeline/version-stages.ts
async function planRange(run3, inputs, range, source, mirror) {
  let branches = /* @__PURE__ */ new Map();
  const decision = await run3.stage(`Plan the releases in ${range}`, async () => {
    const inRange = releasesInRange(await source.releases(), range);
    if (mirror) branches = await mirror.branches();
    const mirrored = new Set(branches.keys());
    run3.reporter.info(`Released in ${range} (${source.origin}): ${inRange.join(", ") || "none"}.`);
    if (mirror) run3.reporter.info(`Already mirrored: ${inRange.filter((v2) => mirrored.has(v2)).join(", ") || "none"}.`);
    return decide(decisionInputs(inputs), { kind: "releases", inRange, mirrored });
  });
  if (decision.kind === "plan-range") {
    const { versions } = decision;
    run3.reporter.notice(versions.length ? `To mirror: ${versions.join(", ")}.` : `Every release in ${range} is mirrored already.`);
  }
  return { decision, branches };
}
async function resolveVersion(run3, inputs, source) {
  const spec = inputs.versionSpec;
  if (spec.kind === "exact") return spec.version;
  const latest = await run3.stage("Resolve the latest Falco release", () => source.latest());
  run3.reporter.info(`latest is Falco ${latest} (${inputs.releaseSource}).`);
  return latest;
}
async function checkTag(run3, inputs, source) {
  const version = inputs.falcoVersion;
  const tagged = await run3.stage("Check the source repo", () => source.hasTag(version));
  if (!tagged) {
    const url = falcoRepoUrl(inputs.sourceRepo);
    throw new MirrorError("NotFound", t(`The source repo has no tag ${version}.`, `\u0412 \u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0438 \u0438\u0441\u0445\u043E\u0434\u043D\u0438\u043A\u043E\u0432 \u043D\u0435\u0442 \u0442\u0435\u0433\u0430 ${version}.`), {
      verb: "get",
      resource: t(`tag ${version} of ${url}`, `\u0442\u0435\u0433 ${version} \u0432 ${url}`),
      hint: t("Check falco-version and source-repo.", "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 falco-version \u0438 source-repo.")
    });
  }
}

// src/main.ts
async function run2() {
  const reporter = actionsReporter();
  try {
    if (getState("isPost") === "true") {
      await runPost(reporter, (name) => getState(name), postKeepsImage());
      return;
    }
    saveState("isPost", "true");
    const signal = cancelOnSignals((sig) => warning(`Received ${sig}: cancelling and cleaning up.`));
    const result = await runPipeline({ reporter, getInput: (name) => getInput(name), env: process.env, signal });
    if (result.error) setFailed(result.error.describe(result.language));
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}
function postKeepsImage() {
  try {
    return parseBoolean("keep-image", getInput("keep-image"), false);
  } catch {
    return false;
  }
}
async function runPipeline(ctx) {
  const outcome = { language: parseLanguage(ctx.getInput), stages: [] };
  const run3 = createRun(ctx, outcome.stages);
  let mirror;
  try {
    const inputs = outcome.inputs = prepare(run3, ctx);
    await makeScratch(run3);
    mirror = connectMirror(run3, inputs);
    await mirrorFalco(run3, outcome, inputs, mirror);
  } catch (err) {
    outcome.error = asMirrorError(err);
  } finally {
    await mirror?.close().catch(() => void 0);
    await run3.cleanup.run(outcome.inputs?.keepImage ?? false);
  }
  return report(ctx, outcome);
}
async function mirrorFalco(run3, o, inputs, mirror) {
  const source = await falcoSource(run3, inputs);
  if (inputs.versionSpec.kind === "range") {
    const plan = await planRange(run3, inputs, inputs.versionSpec.range, source, mirror);
    o.decision = plan.decision;
    if (mirror && plan.decision.kind === "plan-range")
      o.dependencies = await planComparison(run3, mirror, plan.decision.versions, plan.branches);
    return;
  }
  o.version = await resolveVersion(run3, inputs, source);
  const config = { ...inputs, falcoVersion: o.version };
  announce(run3, config);
  const branch = mirror?.branch(config.falcoVersion);
  if (mirror && branch) o.mirror = await checkMirror(run3, mirror, branch, config);
  const remote = { kind: "branch", commit: o.mirror?.commit, held: o.mirror?.platforms };
  const decision = o.decision = decide(decisionInputs(config), remote);
  if (decision.kind === "fail-exists" && o.mirror) throw alreadyMirrored(o.mirror, decision.platforms);
  if (decision.kind === "skip" && o.mirror) {
    o.mirror = skipMirrored(run3, config.falcoVersion, o.mirror);
    return;
  }
  await checkTag(run3, config, source);
  if (decision.kind === "dry-run") {
    reportDryRun(run3.reporter, config, decision.real, planRecipe(config).dockerfile);
    return;
  }
  if (decision.kind !== "build") return;
  const builds = await planBuilds(run3, config, decision.platforms);
  const images = [];
  for (const planned of builds) images.push(await buildImage(run3, config, planned));
  const tree = o.tree = await collectTree(run3, config, images);
  if (decision.verify) o.verification = await verifyTree(run3, config, images, tree);
  if (decision.upload) o.artifact = await uploadTree(run3, config, tree);
  if (mirror) o.dependencies = await compareWithPrevious(run3, mirror, config.falcoVersion, tree.sbom);
  if (o.verification?.ok === false) throw o.verification.error;
  if (branch) o.mirror = await publishTree(run3, config, branch, decision.publish, tree);
}
function prepare(run3, ctx) {
  const inputs = parseInputs(ctx.getInput, ctx.env);
  if (inputs.githubToken) run3.reporter.setSecret(inputs.githubToken);
  return inputs;
}
function connectMirror(run3, inputs) {
  if (!inputs.mirror) return void 0;
  const mirror = run3.services.openMirror({
    config: inputs.mirror,
    scratch: run3.scratch,
    stallSeconds: gitStallSeconds(run3.env),
    ...run3.remote
  });
  for (const secret of mirror.secrets) run3.reporter.setSecret(secret);
  return mirror;
}
function falcoSource(run3, inputs) {
  return run3.services.falcoSource({
    origin: inputs.releaseSource,
    sourceRepo: inputs.sourceRepo,
    token: inputs.githubToken,
    env: run3.env,
    scratch: run3.scratch,
    stallSeconds: gitStallSeconds(run3.env),
    ...run3.remote
  });
}
function announce(run3, config) {
  const recipe = config.dockerfile ? `custom Dockerfile ${config.dockerfile}` : "built-in recipe";
  run3.reporter.info(
    `Mirroring Falco ${config.falcoVersion} from ${config.sourceRepo} on ${config.baseImage} (${recipe}, build: ${config.build}${config.platforms.length ? `, platforms: ${config.platforms.join(", ")}` : ""}).`
  );
}
async function report(ctx, outcome) {
  const outputs = outputsOf(outcome);
  for (const [name, value] of Object.entries(outputs)) ctx.reporter.setOutput(name, value);
  await ctx.reporter.writeSummary(renderSummary(summaryOf(outcome))).catch((err) => {
    ctx.reporter.warning(`Could not write the job summary: ${String(err)}`);
  });
  const { error: error2, stages, language } = outcome;
  return { ok: error2 === void 0, outputs, stages, language, ...error2 ? { error: error2 } : {} };
}

export {
  cancelOnSignals,
  t,
  MirrorError,
  asMirrorError,
  parseFalcoVersion,
  INPUT_SPECS,
  parseLanguage,
  parseMirror,
  parseChoice,
  gitStallSeconds,
  cliReporter,
  SBOM_FILE,
  openMirror,
  depsOf,
  diffDeps,
  renderDiffText,
  run2 as run,
  runPipeline
};
