import { createRequire as __fdmCreateRequire } from 'node:module';
const require = __fdmCreateRequire(import.meta.url);
import {
  error,
  group,
  info,
  notice,
  saveState,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-NTCD3DWO.js";
import {
  __commonJS,
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
    var t = exports.t = {};
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
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re2[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
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
    var { safeRe: re2, t } = require_re();
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
        const m2 = version.trim().match(options.loose ? re2[t.LOOSE] : re2[t.FULL]);
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
            const match = `-${identifier}`.match(this.options.loose ? re2[t.PRERELEASELOOSE] : re2[t.PRERELEASE]);
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
    var { safeRe: re2, t } = require_re();
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
        match = version.match(options.includePrerelease ? re2[t.COERCEFULL] : re2[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re2[t.COERCERTLFULL] : re2[t.COERCERTL];
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
        const hr2 = loose ? re2[t.HYPHENRANGELOOSE] : re2[t.HYPHENRANGE];
        range = range.replace(hr2, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re2[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re2[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re2[t.COMPARATORLOOSE]);
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
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
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
      comp = comp.replace(re2[t.BUILD], "");
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
      const r = options.loose ? re2[t.TILDELOOSE] : re2[t.TILDE];
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
      const r = options.loose ? re2[t.CARETLOOSE] : re2[t.CARET];
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
      const r = options.loose ? re2[t.XRANGELOOSE] : re2[t.XRANGE];
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
      return comp.trim().replace(re2[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re2[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
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
        const r = this.options.loose ? re2[t.COMPARATORLOOSE] : re2[t.COMPARATOR];
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
    var { safeRe: re2, t } = require_re();
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
var MirrorError = class _MirrorError extends Error {
  reason;
  verb;
  resource;
  hint;
  retryAfterMs;
  /** The specific sentence (English) without the catalog prefix. */
  detail;
  constructor(reason, detail, details = {}) {
    super(compose("en", reason, detail, details), details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = "MirrorError";
    this.reason = reason;
    this.detail = detail;
    this.verb = details.verb;
    this.resource = details.resource;
    this.hint = details.hint;
    this.retryAfterMs = details.retryAfterMs;
  }
  get code() {
    return CATALOG[this.reason].code;
  }
  get transient() {
    return CATALOG[this.reason].transient;
  }
  describe(language) {
    return compose(language, this.reason, this.detail, this);
  }
  /** The same error, its sentence saying which platform's build or rebuild it came from. */
  onPlatform(platform) {
    const { verb, resource, hint, retryAfterMs } = this;
    return new _MirrorError(this.reason, `On ${platform}: ${this.detail}`, { verb, resource, hint, retryAfterMs, cause: this });
  }
};
var VERB_RU = { get: "get", create: "\u0441\u043E\u0437\u0434\u0430\u043D\u0438\u0435", patch: "patch", delete: "delete" };
function compose(language, reason, detail, d) {
  const hint = d.hint ? ` ${d.hint}` : "";
  if (d.verb === void 0) return `${detail}${hint}`;
  const entry = CATALOG[reason];
  const op = language === "ru" ? `\u043F\u0440\u0438 \u043E\u043F\u0435\u0440\u0430\u0446\u0438\u0438 ${VERB_RU[d.verb]}${d.resource ? ` (${d.resource})` : ""}` : `on ${d.verb}${d.resource ? ` of ${d.resource}` : ""}`;
  return `${reason} (HTTP ${entry.code}) ${op}: ${detail} ${entry[language]}${hint}`;
}
function asMirrorError(err) {
  if (err instanceof MirrorError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new MirrorError("InternalError", `Unexpected failure: ${text}.`, { cause: err });
}
function quote(value, max = 80) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
  const more = over.length > 1 ? ` (and ${String(over.length - 1)} more file${over.length > 2 ? "s" : ""} over it)` : "";
  return new MirrorError(
    "RequestEntityTooLarge",
    `${quote(first.path)} is ${megabytes(first.size)} (${String(first.size)} bytes), over GitHub's per-file limit of 100 MiB (${String(GITHUB_FILE_LIMIT)} bytes)${more}; nothing was pushed and the branch is as it was.`,
    { verb: "create", resource: url, hint: wayOut(large) }
  );
}
function wayOut(large) {
  return large.mode === "lfs" ? `Set lfs-threshold below the server's per-file limit (it is ${String(large.threshold)} bytes).` : "Set large-files: lfs: files of lfs-threshold bytes or more (default 100 MiB) then go to Git LFS (the runner needs git-lfs).";
}
function refusedFile(text) {
  const m2 = /File (.+?) is (\d+(?:\.\d+)? ?[KMG]i?B); this exceeds/.exec(text);
  return m2?.[1] && m2[2] ? { file: m2[1], size: m2[2] } : void 0;
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
  throw new MirrorError("Invalid", `Input platforms ${quote(item)} ${rule}.`);
};
function parsePlatforms(value, reject = rejectItem) {
  const items = value.split(/[,\n]/).map((s3) => s3.trim()).filter((s3) => s3 !== "");
  const out = [];
  for (const item of items) {
    const p2 = normalizePlatform(item);
    if (!p2) reject(item, "is not a Docker platform; write os/arch, for example linux/amd64 or linux/arm64");
    if (!p2.startsWith("linux/")) reject(item, "is not a Linux platform; Falco builds on Linux only (linux/amd64, linux/arm64)");
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
    const localSays = local2 ? ` The local image ${image} is ${platformOf(local2)}.` : "";
    throw new MirrorError(
      "NotFound",
      `Could not read the platforms of the base image ${image} from its registry${registryError ? ` (${registryError})` : ""}.${localSays}`,
      {
        verb: "get",
        resource: `base image ${image}`,
        hint: `platforms: ${wanted.join(",")} needs a base image that a registry serves for each of them (one multi-arch tag), or a local image of the one platform asked for. Check base-image, and docker login for a private registry.`
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
    const has = [...new Set(registry.map((r) => platformOf(r.platform)))].join(", ") || "no platform";
    throw new MirrorError("NotFound", `The base image ${image} has no ${missing.join(" or ")} image (it has ${has}); nothing was built.`, {
      verb: "get",
      resource: `base image ${image}`,
      hint: "Use a base image published for every platform in platforms (a multi-arch tag), or leave the platform out."
    });
  }
  return chosen;
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
  return { platforms: all, files, members: Object.fromEntries([...members].sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0)) };
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

// src/planning/version-spec.ts
var import_semver = __toESM(require_semver2(), 1);
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseFalcoVersion(value) {
  if (value === "") throw new MirrorError("Invalid", "Input falco-version is required: give a Falco release such as 0.35.1.");
  if (!SEMVER.test(value) || import_semver.default.valid(value) !== value) {
    const hint = /^v\d/.test(value) ? ' (Falco tags have no "v" prefix)' : "";
    throw new MirrorError(
      "Invalid",
      `Input falco-version ${quote(value)} is not a Falco version${hint}: expected X.Y.Z or X.Y.Z-rcN (SemVer 2.0), for example 0.35.1.`
    );
  }
  return value;
}
var RANGE_CHARS = /^[0-9A-Za-z.+\-<>=~^*| ]+$/;
var V_PREFIX = /(?:^|[\s<>=~^|])v\d/;
var MAX_RANGE_LENGTH = 256;
var ALLOWED = "give X.Y.Z or X.Y.Z-rcN (for example 0.35.1), latest, or a SemVer range of digits, x, *, . - + < > = ~ ^ || and spaces (for example >=0.35.1 <0.38.0 || 0.40.x)";
function parseVersionSpec(value) {
  if (value.trim() === "") {
    throw new MirrorError("Invalid", `Input falco-version is required: ${ALLOWED}.`);
  }
  if (value === "latest") return { kind: "latest" };
  try {
    return { kind: "exact", version: parseFalcoVersion(value) };
  } catch {
  }
  const vHint = V_PREFIX.test(value) ? ' (Falco tags have no "v" prefix)' : "";
  const emptyAlternative = value.split("||").some((part) => part.trim() === "");
  if (vHint === "" && !emptyAlternative && value.length <= MAX_RANGE_LENGTH && RANGE_CHARS.test(value) && import_semver.default.validRange(value) !== null) {
    return { kind: "range", range: value };
  }
  throw new MirrorError(
    "Invalid",
    `Input falco-version ${quote(value)} is not a Falco version, latest or a version range${vHint}: ${ALLOWED}.`
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
    throw new MirrorError("NotFound", "No Falco release (a version X.Y.Z) was found, so latest cannot be resolved.", {
      verb: "get",
      resource,
      hint: "Give falco-version as an exact version such as 0.35.1."
    });
  }
  return latest;
}
function missingVersions(releases, mirrored) {
  return sortUnique(releases).filter((v2) => !mirrored.has(v2));
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
      if (hidden) failHidden(name, "must not contain control or invisible characters");
      else fail(name, value, "must not contain control or invisible characters");
    }
    if (value.length > 4096) {
      if (hidden) failHidden(name, "is longer than 4096 characters");
      else fail(name, value, "is longer than 4096 characters");
    }
    return value;
  };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const versionSpec = parseVersionSpec(read("falco-version"));
  const dryRun = parseBoolean("dry-run", read("dry-run"), false);
  if (versionSpec.kind === "range" && !dryRun) {
    throw new MirrorError(
      "Invalid",
      `Input falco-version ${quote(versionSpec.range)} is a range: with dry-run: true the action lists the released versions the mirror lacks (output versions); mirror each one in a matrix job (see the README's scheduled workflow).`
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
    fail("artifact-name", name, 'must be 1 to 256 characters without " : < > | * ? \\ / or surrounding spaces');
  }
  return name;
}
function parseRetentionDays(value) {
  if (value === "") return void 0;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 90)
    fail("retention-days", value, "must be a whole number of days from 1 to 90");
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
    failHidden("mirror-token", "must be a single token without spaces or newlines, at most 1024 characters");
  }
  const user = username || "oauth2";
  if (!/^[A-Za-z0-9._@+-]{1,100}$/.test(user)) {
    fail("mirror-username", user, "must be 1 to 100 letters, digits or . _ @ + - (no colon)");
  }
  return { url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`, token, username: user };
}
function parseChoice(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  return fail(name, value, `must be one of ${allowed.join(", ")}`);
}
var SECRET_INPUTS = /* @__PURE__ */ new Set(["mirror-token", "github-token"]);
var URL_INPUTS = /* @__PURE__ */ new Set(["mirror-repo", "source-repo"]);
function failHidden(name, rule) {
  throw new MirrorError("Invalid", `Input ${name} ${rule} (its value is not shown).`);
}
function fail(name, value, rule) {
  if (maySecret(value)) failHidden(name, rule);
  throw new MirrorError("Invalid", `Input ${name} ${quote(value)} ${rule}.`);
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
  const rule = "must be an https:// URL (plain http only for 127.0.0.1, localhost or [::1]) without credentials, query or fragment";
  const hidden = secretPart(name, value);
  if (hidden) failHidden(name, `${hidden}; ${rule}`);
  if (value.startsWith("-") || /\s/u.test(value) || /[;&|`$<>(){}'"\\!*^]/u.test(value)) fail(name, value, rule);
  if (/[^\x21-\x7e]/.test(value)) fail(name, value, `must be plain ASCII (no look-alike letters); ${rule}`);
  if (/%(2e|2f|5c)/i.test(value)) fail(name, value, `must not contain percent-encoded dots or slashes; ${rule}`);
  if (/(^|\/)\.\.?(\/|$)/.test(value.replace(/^[a-z]+:\/\//i, ""))) fail(name, value, `${rule}, and without "." or ".." segments`);
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(name, value, rule);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") failHidden(name, rule);
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) fail(name, value, `uses plain http for a host that is not loopback; ${rule}`);
  } else if (url.protocol !== "https:") {
    fail(name, value, rule);
  }
  if (!/^[A-Za-z0-9._~/%+-]*$/.test(url.pathname)) fail(name, value, `has characters outside [A-Za-z0-9._~/%+-] in its path; ${rule}`);
  return url;
}
function secretPart(name, value) {
  const where = name === "mirror-repo" ? "give the token in mirror-token instead" : "the source must be readable without credentials";
  const authority = value.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "").split(/[/\\?#]/)[0] ?? "";
  if (authority.includes("@")) return `contains credentials before the host (${where})`;
  if (value.includes("@")) return "contains an @ after the host, which may carry a credential";
  if (value.includes("?")) return "has a query (the part from ?), which may carry a credential";
  if (value.includes("#")) return "has a fragment (the part from #), which may carry a credential";
  if (TOKEN_LIKE.test(value)) return `contains what looks like a token (${where})`;
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
    fail(name, value, "is not a valid image reference: expected [registry[:port]/]name[:tag][@sha256:digest] with a lowercase name");
  }
  return value;
}
function parseLfsThreshold(value) {
  if (value === "") return GITHUB_FILE_LIMIT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    return fail("lfs-threshold", value, "must be a whole number of bytes, 1 or more (for example 104857600, 100 MiB)");
  }
  return n;
}
function parseJobs(value) {
  if (!/^[0-9]{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    fail("jobs", value, "must be a whole number from 1 to 256");
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
        "has a line that is not -DNAME=VALUE: give one flag per line, NAME of letters, digits and _ (an optional :TYPE), VALUE of letters, digits and _ . , : / + = @ % ^ -"
      );
    }
  }
  return lines;
}
function parsePath(name, value, workspace) {
  if (value.startsWith("-")) fail(name, value, "must be a path, not an option");
  if (value.split(/[\\/]+/).includes("..")) fail(name, value, 'must not contain ".." segments');
  if (/[\n\r]/.test(value) || /[;&|`$<>*?"'\\]/.test(value))
    fail(name, value, "must be a plain path without shell metacharacters or quotes");
  return path.resolve(workspace, value);
}
function parseDockerfile(value, workspace) {
  if (value === "") return void 0;
  const file = parsePath("dockerfile", value, workspace);
  const root = path.resolve(workspace);
  if (file !== root && !file.startsWith(root + path.sep)) {
    fail("dockerfile", value, `must be a file in the workspace (${quote(root)}); give a path relative to it`);
  }
  let stat5;
  let real;
  try {
    stat5 = fs.statSync(file);
    real = fs.realpathSync(file);
  } catch {
    fail(
      "dockerfile",
      value,
      "does not exist in the workspace; give the path of a Dockerfile there or leave it empty for the built-in recipe"
    );
  }
  if (!stat5.isFile()) fail("dockerfile", value, "is not a file");
  const realRoot = fs.realpathSync(root);
  if (!real.startsWith(realRoot + path.sep))
    fail("dockerfile", value, `must be a file in the workspace (${quote(root)}), and it links outside`);
  return file;
}
function parseNetwork(value) {
  if (value === "") return void 0;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/.test(value)) {
    fail("network", value, "must be a Docker network name such as host, none, bridge or a user network (letters, digits, _ . -)");
  }
  return value;
}
function parseOutputDir(value, workspace, env) {
  const dir = value === "" ? path.resolve(env.RUNNER_TEMP || os.tmpdir(), "falco-deps") : parsePath("output-dir", value, workspace);
  if (dir === path.parse(dir).root) fail("output-dir", value, "must not be the file-system root");
  let entries;
  try {
    entries = fs.readdirSync(dir);
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOTDIR") fail("output-dir", value || dir, "exists and is not a directory");
    if (code2 !== "ENOENT") fail("output-dir", value || dir, `cannot be read (${code2 ?? "error"})`);
  }
  if (entries !== void 0 && entries.length > 0) {
    fail("output-dir", value || dir, "already exists and is not empty; choose a new or empty directory, or remove it first");
  }
  return dir;
}
function parseBoolean(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  return fail(name, value, "must be true or false");
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

// src/planning/recipe.ts
import * as fs2 from "node:fs";
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
    if [ -d grpc-prefix/src/grpc ]; then \\
      (cd grpc-prefix/src/grpc && make clean) && \\
      tar -czf ${DEPS_DIR_IN_IMAGE}/grpc.tar.gz grpc-prefix/src; \\
    else \\
      echo "no grpc-prefix/src/grpc in this Falco version: no grpc.tar.gz"; \\
    fi
`;
function planRecipe(config, readFile = (f2) => fs2.readFileSync(f2, "utf8"), target = { platform: void 0, base: config.baseImage }) {
  return {
    dockerfile: config.dockerfile === void 0 ? BUILTIN_DOCKERFILE : readFile(config.dockerfile),
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
  if (d.manifest?.entries.length) out.push(...fileTable(d.manifest, d.manifestPath));
  return out.join("\n");
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
import * as fs9 from "node:fs/promises";
import * as path7 from "node:path";

// src/effects/extract.ts
import * as fs4 from "node:fs";
import * as fsp from "node:fs/promises";
import * as path2 from "node:path";
import { createHash as createHash2, randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

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
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
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
  constructor(t, e, i) {
    this.src = t, this.dest = e, this.opts = i, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i) {
    super(t, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
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
  constructor(...t) {
    let e = t[0] || {};
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
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t === i.length || t === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t), e = i.slice(0, t), this[_] -= t) : (this[b][0] = i.subarray(t), e = i.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = "utf8"), t !== void 0 && this.write(t, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
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
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i) => i.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i of this[N]) i.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
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
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t.push(i), this[L] || (t.dataLength += i.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
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
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
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
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
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
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t, e, i) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i = false;
    return this[ee] -= t, t > 0 && (i = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
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
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
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
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i, validate: r });
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
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
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
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
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
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
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
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i - 1] = Ws(r) : r === 0 ? t[i - 1] = 0 : (e = true, t[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i = t - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t - i - 1));
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
  constructor(t, e = 0, i, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i, r) : t && this.#i(t);
  }
  decode(t, e, i, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i), false);
var yn = (s3, t, e, i) => s3.write(Rn(i, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i) => i === void 0 ? false : ct(s3, t, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i) => i === void 0 ? false : (s3.write(i + bn, t, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
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
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i = false) {
    return new s(On(Tn(t), e), i);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i = t.split("="), r = i.shift();
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
  constructor(t, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
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
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t) : super.write(t.subarray(0, i));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t, i.tarCode = t, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i));
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
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t, e, this[V], this[he]);
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
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i, ...r] = t;
      this.emit(i, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t, e) {
    let i = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i) : this[st].push([t, e, i]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
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
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
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
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i = t.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i && this.once("finish", i), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
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
  let t = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
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
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t += i, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
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
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.path = f(t), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
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
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os2]();
  }
  [os2]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
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
    let t = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
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
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i);
  }
  end(t, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i && this.once("finish", i), t ? super.end(t, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i = t.prev;
    return e && (e.prev = i), i && (i.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i = t.length; e < i; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i = t.length; e < i; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t.call(e, i.value, r, this), i = i.prev;
  }
  get(t) {
    let e = 0, i = this.head;
    for (; i && e < t; e++) i = i.next;
    if (e === t && i) return i.value;
  }
  getReverse(t) {
    let e = 0, i = this.tail;
    for (; i && e < t; e++) i = i.prev;
    if (e === t && i) return i.value;
  }
  map(t, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t[e] = i.value, i = i.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t[e] = i.value, i = i.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t, e = 0, ...i) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i = t; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i = t, r = t ? t.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
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
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
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
var fs3 = /* @__PURE__ */ Symbol("ondrain");
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
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs3]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs3]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i = new pi(t.path, e);
      i.entry = new oi(t, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i, r) => {
      t.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t) : this[pe].set(i, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs3]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i = this.zip;
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
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
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
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t, e, i) => {
  wi.lchown(s3, t, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t, e, i);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i), ps(we.resolve(s3, t.name), e, i);
};
var ws = (s3, t, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
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
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i = t.umask ?? 18, r = t.mode | 448, n = (r & i) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i, r, n, o));
};
var br = (s3, t, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i = t.mode | 448, r = (i & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
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
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t;
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
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t });
    for (let r of t) {
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
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t) {
    let { paths: e, dirs: i } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
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
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
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
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t(i);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
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
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i.recoverable = false), super.warn(t, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i = t[e], { type: r } = t;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i })), true;
  }
  [Fr](t) {
    let e = f(t.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i.join("/"))));
      this[Re](t, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i) => this[Nr](t, i));
  }
  [Nr](t, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i) {
    if (t) {
      this[O](t, e), i();
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
  [gi](t, e, i, r) {
    u[i](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t.mtime ?? i.mtime))) return this[Ls](t);
    if (e || this[Os](t, i)) return this[P](null, t);
    if (i.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t, e, i, r, n) {
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
  [gi](t, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t);
};
var wo = (s3, t) => {
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
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
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
    i = false, Ro(s3, e, n, r, t);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
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
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i) => t(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// src/effects/tar-hash.ts
import { createHash } from "node:crypto";
function isRegularFile(type) {
  return type === "File" || type === "OldFile" || type === "ContiguousFile";
}
function hashEntry(entry) {
  const hash = createHash("sha256");
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
function unsafeEntry(entry, root) {
  const name = entry.path;
  if (!ALLOWED_TYPES.has(entry.type)) return `${quote(name)} is a ${entry.type}; only files, directories and links are allowed`;
  if (name.includes("\0")) return `${quote(name)} contains a NUL byte`;
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return `${quote(name)} is an absolute path`;
  if (name.split(/[\\/]+/).includes("..")) return `${quote(name)} contains ".."`;
  const parts = components(name);
  if (parts[0] !== root) return `${quote(name)} is outside the ${quote(root)} directory`;
  if (entry.type === "SymbolicLink" || entry.type === "Link") {
    const target = entry.linkpath ?? "";
    if (target === "") return `link ${quote(name)} has no target`;
    if (target.includes("\0")) return `link ${quote(name)} has a target with a NUL byte`;
    if (target.startsWith("/")) return `link ${quote(name)} points to the absolute path ${quote(target)}`;
    const base = entry.type === "SymbolicLink" ? parts.slice(0, -1) : [];
    const resolved = [...base];
    for (const part of target.split(/[\\/]+/)) {
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (resolved.length === 0) return `link ${quote(name)} points outside the tree (${quote(target)})`;
        resolved.pop();
      } else resolved.push(part);
    }
    if (resolved[0] !== root || resolved.length < 2) return `link ${quote(name)} points outside the tree (${quote(target)})`;
  }
  return void 0;
}
async function extractTree(source, dest, options) {
  options.producer?.catch(() => void 0);
  const staging = `${dest}.partial-${randomBytes(4).toString("hex")}`;
  const tree = new TreeWriter(staging, options.root);
  try {
    await fsp.mkdir(path2.dirname(dest), { recursive: true });
    await fsp.mkdir(staging);
    const [piped, produced] = await Promise.allSettled([pipeline(source, tree.sink()), options.producer ?? Promise.resolve()]);
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
      () => ` A partial copy is left in ${staging}; remove it.`,
      () => ""
    );
    if (err instanceof MirrorError) {
      if (leftBehind) throw new MirrorError(err.reason, `${err.detail}${leftBehind}`, { cause: err });
      throw err;
    }
    const e = err;
    const what = e.code === "ENOSPC" ? "the disk is full" : e.message ?? String(err);
    const detail = `Could not write the deps tree to ${dest}: ${what}.${leftBehind || " Nothing was left behind."}`;
    throw new MirrorError("InternalError", detail, { cause: err });
  }
}
function refusal(reason) {
  return new MirrorError("Invalid", `Refused to extract the deps tree: ${reason}.`);
}
function permissions(mode, fallback) {
  const bits = (mode ?? 0) & 511;
  return bits === 0 ? fallback : bits;
}
function writeAll(fd, chunk) {
  for (let off = 0; off < chunk.length; ) off += fs4.writeSync(fd, chunk, off, chunk.length - off);
}
var TreeWriter = class {
  constructor(staging, root) {
    this.staging = staging;
    this.root = root;
    this.parser = new rt({ strict: true, onReadEntry: (entry) => this.onEntry(entry) });
    this.parser.on("error", (err) => this.fail(err));
    this.parser.on(
      "ignoredEntry",
      (entry) => this.fail(refusal(unsafeEntry(entry, root) ?? `${quote(entry.path)} is a ${entry.type}, which cannot be read`))
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
      fs4.closeSync(fd);
    } catch {
    }
  }
  full(rel) {
    return path2.join(this.staging, rel);
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
    const why = unsafeEntry(entry, this.root);
    if (why !== void 0) throw refusal(why);
    const parts = components(entry.path).slice(1);
    const rel = parts.join("/");
    if (rel === "") {
      if (entry.type !== "Directory") throw refusal(`${quote(entry.path)} is a ${entry.type}, not the tree's directory`);
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
      if (this.links.has(rel)) throw refusal(`${quote(name)} would be written through the link ${this.shown(rel)}`);
      if (this.digests.has(rel)) throw refusal(`${quote(name)} would be written inside the file ${this.shown(rel)}`);
      fs4.mkdirSync(this.full(rel), 493);
      this.dirs.add(rel);
    }
  }
  /** Unlinks the file or link at `rel` so that a new entry can take its place; a directory stays. */
  clear(rel, name) {
    if (this.dirs.has(rel)) throw refusal(`${quote(name)} would replace a directory`);
    if (this.digests.delete(rel) || this.links.delete(rel)) fs4.unlinkSync(this.full(rel));
  }
  makeDirectory(rel, entry) {
    if (this.dirs.has(rel)) return;
    this.clear(rel, entry.path);
    fs4.mkdirSync(this.full(rel), permissions(entry.mode, 493) | 448);
    this.dirs.add(rel);
  }
  makeSymlink(rel, entry) {
    const target = entry.linkpath ?? "";
    this.clear(rel, entry.path);
    fs4.symlinkSync(target, this.full(rel));
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
      throw refusal(`hard link ${quote(entry.path)} points to ${quote(text)}, which is not a file extracted before it`);
    }
    if (target === rel) return;
    this.clear(rel, entry.path);
    fs4.linkSync(this.full(target), this.full(rel));
    this.digests.set(rel, digest);
  }
  /** Writes the entry's bytes as they come, hashing them; the digest is recorded at the entry's end. */
  writeFile(rel, entry) {
    this.clear(rel, entry.path);
    const fd = fs4.openSync(this.full(rel), "wx", permissions(entry.mode, 420));
    this.openFd = fd;
    const hash = createHash2("sha256");
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
        if (entry.mtime) fs4.futimesSync(fd, entry.atime ?? entry.mtime, entry.mtime);
        this.openFd = void 0;
        fs4.closeSync(fd);
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
    const outside = (via2) => `link ${this.shown(rel)} points outside the tree (${quote(text)}${via2 === rel ? "" : `, through the link ${this.shown(via2)}`})`;
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
      if (++hops > MAX_LINK_HOPS) return `link ${this.shown(rel)} goes through more than ${MAX_LINK_HOPS} links (a loop?)`;
      via = next;
      todo.push(...target.split("/").reverse());
    }
    if (at2.length === 0) return `link ${this.shown(rel)} points to the tree's own directory (${quote(text)})`;
    return void 0;
  }
};

// src/effects/tree-merge.ts
import { createReadStream as createReadStream3 } from "node:fs";
import * as fs8 from "node:fs/promises";
import * as path6 from "node:path";

// src/effects/commit-builder.ts
import { createReadStream as createReadStream2 } from "node:fs";
import * as fs7 from "node:fs/promises";
import * as path5 from "node:path";

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

// src/common/text.ts
function lastLines(text, count, options = {}) {
  const { skip, trim = false, separator = "\n", maxChars } = options;
  const lines = text.split(/\r?\n/).map((l) => trim ? l.trim() : l).filter((l) => l.trim() !== "" && !skip?.test(l));
  const joined = lines.slice(Math.max(0, lines.length - count)).join(separator);
  return maxChars === void 0 ? joined : joined.slice(0, maxChars);
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
function gitFailure(verb, resource, result, what) {
  const text = `${result.stderr}
${result.stdout}`;
  if (result.timedOut) {
    return new MirrorError("Timeout", `${what} did not finish in time.`, { verb, resource });
  }
  const reason = reasonOf(verb, text) ?? "InternalError";
  const said = lastLines(result.stderr || result.stdout, 3, { trim: true, skip: GIT_CHATTER, separator: " / ", maxChars: 500 });
  const op = reasonsFor(verb).includes(reason) ? verb : "get";
  return new MirrorError(reason, `${what} failed${said ? ` (git: ${said})` : ""}.`, { verb: op, resource, hint: hintFor(reason) });
}
function hintFor(reason) {
  switch (reason) {
    case "Unauthorized":
      return "Check mirror-token (and mirror-username: GitLab wants oauth2, GitHub any name with a token that has contents:write).";
    case "Forbidden":
      return "The token is valid but may not write to this repository or branch (protected branch, missing scope).";
    case "NotFound":
      return "Check mirror-repo: the repository must exist and the token must see it.";
    case "RequestEntityTooLarge":
      return "A file is over the server's per-file limit (GitHub refuses files over 100 MiB; grpc.tar.gz often is): set large-files: lfs, or use a mirror whose limit fits.";
    case "AlreadyExists":
      return "Another run created the branch first; run again with if-exists: skip or overwrite.";
    case "Conflict":
      return "The branch changed since it was checked; run again to build on the new state.";
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
  const what = `git lfs push failed${said ? ` (git-lfs: ${said})` : ""}.`;
  if (result.timedOut) return new MirrorError("Timeout", "git lfs push did not finish in time.", { verb: "create", resource });
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
      return "The LFS endpoint refused the credentials: check mirror-token (it is sent to <mirror-repo>/info/lfs as to git).";
    case "Forbidden":
      return "The token may not write LFS objects to this repository (GitHub: contents: write; an LFS quota that is used up also answers 403).";
    case "NotFound":
      return "The mirror has no LFS endpoint at <mirror-repo>/info/lfs, or the token cannot see the repository.";
    case "RequestEntityTooLarge":
      return "An object is over the LFS server's size limit (GitHub: 2 GB on Free and Pro, up to 5 GB on larger plans).";
    case "Invalid":
      return "The LFS server refused an upload as invalid (HTTP 422): nothing was stored and the branch was not pushed.";
    case "Timeout":
      return "The upload stalled: the LFS server stopped taking bytes. Run again; objects already stored are not sent again.";
    default:
      return void 0;
  }
}

// src/effects/manifest.ts
import { createHash as createHash3, randomBytes as randomBytes2 } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import * as fs6 from "node:fs/promises";
import * as path4 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/effects/tree-walk.ts
import * as fs5 from "node:fs/promises";
import * as path3 from "node:path";
async function walkTree(dir, visit) {
  const out = [];
  const walk = async (rel) => {
    for (const d of await fs5.readdir(path3.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? d.name : `${rel}/${d.name}`;
      visit?.(child, d.name);
      if (d.isDirectory()) await walk(child);
      else out.push(await entryOf(dir, child, d));
    }
  };
  await walk("");
  return out.sort((a, b2) => a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0);
}
async function entryOf(dir, rel, d) {
  if (d.isSymbolicLink()) return { rel, kind: "link", executable: false };
  if (!d.isFile()) return { rel, kind: "other", executable: false };
  const { mode } = await fs5.stat(path3.join(dir, rel));
  return { rel, kind: "file", executable: (mode & 73) !== 0 };
}

// src/effects/manifest.ts
function manifestPathFor(treeDir) {
  return `${treeDir.replace(/[\\/]+$/, "")}.SHA256SUMS`;
}
async function sha256OfFile(file) {
  const hash = createHash3("sha256");
  await pipeline2(createReadStream(file), hash);
  return hash.digest("hex");
}
async function buildManifest(treeDir, known = /* @__PURE__ */ new Map()) {
  const entries = [];
  for (const { rel, kind } of await walkTree(treeDir)) {
    const full = path4.join(treeDir, rel);
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
    digest: createHash3("sha256").update(text + links.join("")).digest("hex"),
    text
  };
}
async function linkEntry(full, rel) {
  const target = await fs6.readlink(full, { encoding: "buffer" });
  const sha256 = createHash3("sha256").update(target).digest("hex");
  return { kind: "link", path: rel, target: target.toString("utf8"), size: target.length, sha256 };
}
async function fileEntry(full, rel, seen) {
  if (seen !== void 0) {
    const st2 = await fs6.lstat(full);
    if (st2.isFile() && st2.size === seen.size) return { kind: "file", path: rel, size: seen.size, sha256: seen.sha256 };
  }
  const handle = await fs6.open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st2 = await handle.stat();
    if (!st2.isFile()) throw new Error(`${rel} is no longer a regular file`);
    const hash = createHash3("sha256");
    await pipeline2(handle.createReadStream({ autoClose: false }), hash);
    return { kind: "file", path: rel, size: st2.size, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}
async function writeManifest(manifest, file) {
  const tmp = `${file}.${randomBytes2(8).toString("hex")}.tmp`;
  let created = false;
  try {
    const handle = await fs6.open(tmp, "wx");
    created = true;
    try {
      await handle.writeFile(manifest.text);
    } finally {
      await handle.close();
    }
    await fs6.rename(tmp, file);
  } catch (err) {
    if (created) await fs6.rm(tmp, { force: true }).catch(() => void 0);
    throw err;
  }
}

// src/effects/tarball-digest.ts
import { createHash as createHash4 } from "node:crypto";
import { pipeline as pipeline3 } from "node:stream/promises";
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
  await pipeline3(stream, parser);
  await Promise.all(pending);
  members.sort();
  return createHash4("sha256").update(members.join("\n")).digest("hex");
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
  await fs7.rm(repo, { recursive: true, force: true });
  await git.run(["init", "--quiet", "--bare", repo]);
  for (const [k2, v2] of Object.entries(REPO_CONFIG)) await local(req, ["config", k2, v2], "git config");
  if (parent !== void 0) await fetchTip(req, parent);
  const view = parent !== void 0 ? await parentView(req, parent) : { entries: /* @__PURE__ */ new Map(), lfs: /* @__PURE__ */ new Set() };
  const kept = parent !== void 0 && req.platforms.keep.length > 0 ? keptEntries(req, parent, view) : /* @__PURE__ */ new Map();
  const entries = await listEntries(req.treeDir);
  const ours = await lfsObjectsOf(req, entries);
  const cmp = { parentEntries: view.entries, parentLfs: view.lfs, parentMembers: view.meta?.members ?? {}, ours };
  const { tree, platforms, lfsObjects } = await writeTree(req, entries, kept, cmp);
  if (parent !== void 0) {
    if (await sameContent(req, view.entries, await listTree(req, tree), cmp))
      return { commit: parent, tree, unchanged: true, platforms, lfsObjects: [] };
  }
  const args = ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"];
  const commit = (await local(req, args, "git commit-tree", message, IDENTITY)).trim();
  if (!SHA.test(commit)) throw new MirrorError("InternalError", `git commit-tree gave ${JSON.stringify(commit)}`);
  return { commit, tree, unchanged: false, platforms, lfsObjects };
}
async function parentView(req, parent) {
  const listing = await listTree(req, `${parent}^{tree}`);
  const blob = async (rel) => {
    if (!listing.has(rel)) return void 0;
    const r = await req.git.run(["cat-file", "blob", `${parent}:${rel}`], { gitDir: req.repo });
    if (r.code !== 0)
      throw new MirrorError(
        "InternalError",
        `git cat-file of ${parent.slice(0, 12)}:${rel} failed: ${lastLines(r.stderr.trim(), 3, { separator: " / " })}`
      );
    return r.stdout;
  };
  const attributes = await blob(GITATTRIBUTES);
  const text = await blob(METADATA_FILE);
  const meta = text === void 0 ? void 0 : parseMetadata(text);
  return { entries: listing, ...meta ? { meta } : {}, lfs: attributes === void 0 ? /* @__PURE__ */ new Set() : lfsPathsOf(attributes) };
}
async function lfsObjectsOf(req, entries) {
  const out = /* @__PURE__ */ new Map();
  const large = req.large;
  if (large?.files.mode !== "lfs") return out;
  for (const entry of entries) {
    if (entry.kind !== "file") continue;
    const file = path5.join(req.treeDir, entry.rel);
    const size = (await fs7.stat(file)).size;
    if (!storedWithLfs(large.files, size)) continue;
    const known = large.digests.get(entry.rel);
    const oid = known?.size === size ? known.sha256 : await sha256OfFile(file);
    const members = comparedByMembers(entry.rel) ? await tarballDigest(createReadStream2(file)) : void 0;
    out.set(entry.rel, { rel: entry.rel, file, oid, size, ...members ? { members } : {} });
  }
  return out;
}
async function readMetadata(req, commit) {
  const spec = `${commit}:${METADATA_FILE}`;
  const exists = await req.git.run(["cat-file", "-e", spec], { gitDir: req.repo });
  if (exists.code !== 0) return void 0;
  const r = await req.git.run(["cat-file", "blob", spec], { gitDir: req.repo });
  if (r.code !== 0)
    throw new MirrorError("InternalError", `git cat-file of ${spec} failed: ${lastLines(r.stderr.trim(), 3, { separator: " / " })}`);
  return parseMetadata(r.stdout);
}
function keptEntries(req, parent, { entries, meta }) {
  if (!meta)
    throw new MirrorError(
      "InternalError",
      `The branch's commit ${parent.slice(0, 12)} has no readable ${METADATA_FILE}, yet its platforms were read before the build.`
    );
  const kept = /* @__PURE__ */ new Map();
  for (const [rel, entry] of entries) {
    if (rel === METADATA_FILE || rel === GITATTRIBUTES) continue;
    const platforms = platformsOfPath(meta, rel).filter((p2) => req.platforms.keep.includes(p2));
    if (platforms.length > 0) kept.set(rel, { entry, platforms });
  }
  return kept;
}
async function local(req, args, what, input, env) {
  const r = await req.git.run(args, { gitDir: req.repo, ...input !== void 0 ? { input } : {}, ...env ? { env } : {} });
  if (r.code !== 0) throw new MirrorError("InternalError", `${what} failed: ${lastLines(r.stderr.trim(), 3, { separator: " / " })}`);
  return r.stdout;
}
async function writeTree(req, entries, kept, cmp) {
  const { treeDir } = req;
  const files = entries.filter((e) => e.kind === "file" && !cmp.ours.has(e.rel));
  const paths = files.map((f2) => path5.join(treeDir, f2.rel)).join("\n") + "\n";
  const ids = files.length ? (await local(req, ["hash-object", "-w", "--no-filters", "--stdin-paths"], "git hash-object", paths)).trim().split("\n") : [];
  const blob = async (text) => (await local(req, ["hash-object", "-w", "--no-filters", "--stdin"], "git hash-object", text)).trim();
  const index = /* @__PURE__ */ new Map();
  files.forEach((f2, i) => index.set(f2.rel, `${f2.executable ? "100755" : "100644"} blob ${ids[i]}`));
  for (const o of cmp.ours.values()) index.set(o.rel, `100644 blob ${await blob(lfsPointer(o.oid, o.size))}`);
  for (const link2 of entries.filter((e) => e.kind === "link")) {
    index.set(link2.rel, `120000 blob ${await blob(await fs7.readlink(path5.join(treeDir, link2.rel)))}`);
  }
  if (cmp.ours.size > 0 && index.has(GITATTRIBUTES)) {
    throw new MirrorError(
      "Invalid",
      `The deps tree holds ${GITATTRIBUTES} at its root, which large-files: lfs writes for the files it stores with Git LFS.`
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
        `The branch's ${k2.platforms.join(", ")} files hold ${quote(rel)} with other content than this ${req.platforms.built.join(", ")} build gives; one branch cannot hold both, so nothing was pushed.`,
        {
          verb: "patch",
          resource: req.resource,
          hint: "A file every platform downloads must be the same on every platform; with build: full, gRPC leaves per-platform files in its source: use build: downloads."
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
  const lines = [...index].map(([rel, entry]) => {
    const [mode, , id] = entry.split(" ");
    return `${mode} ${id}	${rel}\0`;
  });
  const indexEnv = { GIT_INDEX_FILE: path5.join(req.workDir, "index") };
  await fs7.rm(indexEnv.GIT_INDEX_FILE, { force: true });
  await local(req, ["update-index", "--add", "-z", "--index-info"], "git update-index", lines.join(""), indexEnv);
  const tree = (await local(req, ["write-tree", "--missing-ok"], "git write-tree", void 0, indexEnv)).trim();
  const lfsObjects = [...cmp.ours.values()].filter((o) => index.get(o.rel) === ourEntries.get(o.rel));
  return { tree, platforms, lfsObjects };
}
async function fetchTip(req, expected) {
  const add = await req.git.run(["remote", "add", "mirror", req.url], { gitDir: req.repo });
  if (add.code !== 0)
    throw new MirrorError("InternalError", `git remote add failed: ${lastLines(add.stderr.trim(), 3, { separator: " / " })}`);
  await retryRemote(async () => {
    const args = ["fetch", "--quiet", "--no-tags", "--depth", "1", "--filter=blob:none", "mirror", `+${req.ref}:refs/fdm/old`];
    const r2 = await req.git.run(args, { gitDir: req.repo, timeoutMs: 18e5 });
    if (r2.code !== 0) throw gitFailure("get", req.resource, r2, "git fetch of the mirror branch");
  }, req);
  const r = await req.git.run(["rev-parse", "refs/fdm/old"], { gitDir: req.repo });
  const fetched = r.stdout.trim();
  if (fetched !== expected) {
    throw new MirrorError(
      "Conflict",
      `The branch moved from ${expected.slice(0, 12)} to ${fetched.slice(0, 12)} while this run was building.`,
      {
        verb: "patch",
        resource: req.resource,
        hint: "Another run or person pushed to it; run again to build on the new state."
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
  const name = path5.posix.basename(rel);
  return name === "grpc.tar.gz" || name.endsWith("-kept.tar.gz");
}
async function sameContent(req, old, ours, cmp) {
  if (old.size !== ours.size) return false;
  for (const [rel, entry] of ours) {
    const before = old.get(rel);
    if (before === void 0) return false;
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
  const digestOf2 = async (id) => {
    const blob = req.git.stream(["cat-file", "blob", id], { gitDir: req.repo });
    const [digest] = await Promise.all([tarballDigest(blob.stdout), blob.done]);
    return digest;
  };
  const [a, b2] = await Promise.all([digestOf2(theirs.split(" ")[2] ?? ""), digestOf2(ours.split(" ")[2] ?? "")]);
  return a === b2;
}
async function listEntries(dir) {
  const entries = await walkTree(dir, (rel, name) => {
    if (rel === METADATA_FILE) {
      throw new MirrorError(
        "Invalid",
        `The deps tree holds ${METADATA_FILE} at its root, the name of the action's own metadata file on the branch.`
      );
    }
    if (/[\n\0\\]/.test(rel) || name === ".git") {
      throw new MirrorError("Invalid", `The deps tree holds a path git cannot store as it is: ${JSON.stringify(rel)}.`);
    }
  });
  const other = entries.find((e) => e.kind === "other");
  if (other) throw new MirrorError("Invalid", `The deps tree holds ${JSON.stringify(other.rel)}, which is neither a file nor a directory.`);
  return entries;
}

// src/effects/tree-merge.ts
async function mergeTrees(trees, into) {
  const digests = /* @__PURE__ */ new Map();
  const byPath = /* @__PURE__ */ new Map();
  const owner = /* @__PURE__ */ new Map();
  await fs8.mkdir(into, { recursive: true });
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
      const target = path6.join(into, rel);
      try {
        await fs8.mkdir(path6.dirname(target), { recursive: true });
        if (await fs8.lstat(target).catch(() => void 0)) throw new Error("taken");
        await fs8.rename(path6.join(tree.dir, rel), target);
      } catch {
        const other = [...owner.values()].find((t) => t !== tree)?.platform ?? "another platform";
        throw conflict(other, tree.platform, rel, "one has a file where the other has a directory");
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
  const kept = path6.join(into, rel);
  const theirs = path6.join(other.dir, rel);
  const [a, b2] = await Promise.all([fs8.lstat(kept), fs8.lstat(theirs)]);
  if (a.isSymbolicLink() || b2.isSymbolicLink()) {
    if (a.isSymbolicLink() && b2.isSymbolicLink() && await fs8.readlink(kept) === await fs8.readlink(theirs)) return;
    throw conflict(
      first.platform,
      other.platform,
      rel,
      a.isSymbolicLink() && b2.isSymbolicLink() ? "their link targets differ" : "one is a link"
    );
  }
  const [da, db] = await Promise.all([digestOf(first, kept, rel), digestOf(other, theirs, rel)]);
  if (da === db) return;
  if (comparedByMembers(rel)) {
    const [ma, mb] = await Promise.all([tarballDigest(createReadStream3(kept)), tarballDigest(createReadStream3(theirs))]);
    if (ma === mb) return;
    throw conflict(first.platform, other.platform, rel, "their members differ");
  }
  throw conflict(first.platform, other.platform, rel, "their bytes differ");
}
function digestOf(tree, file, rel) {
  const known = tree.digests.get(rel);
  return known ? Promise.resolve(known.sha256) : sha256OfFile(file);
}
function conflict(a, b2, rel, how) {
  const gRpcHint = path6.posix.basename(rel) === "grpc.tar.gz" ? " With build: full, gRPC builds inside its own source folder and leaves per-platform files there: use build: downloads, which keeps the pristine clone." : "";
  return new MirrorError(
    "Conflict",
    `The ${a} and ${b2} trees both hold ${quote(rel)}, with different content (${how}); one branch cannot hold both, so nothing was uploaded or pushed.`,
    {
      hint: `A file every platform downloads must be the same on every platform.${gRpcHint}`
    }
  );
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
var NOTHING_PUSHED = "Nothing was pushed; the artifact holds the tree as it is.";
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
    throw new MirrorError("Invalid", "verify needs the Falco source checkout (with .git) in /falco, and the image has none.", {
      hint: "A custom dockerfile must leave the Falco source in /falco, as the built-in recipe does, or run without verify."
    });
  }
  const [again, ...others] = watch.redownloaded;
  if (code2 === REDOWNLOAD_EXIT && !stopped && again) {
    const more = others.length ? ` It did the same for ${others.length} more file${others.length > 1 ? "s" : ""}, each named in the log.` : "";
    throw new MirrorError(
      "NotFound",
      `The offline rebuild failed: configure downloaded ${again.path} again from ${again.url}, offline: the mirrored tree does not keep it where the rebuild needs it (a rebuild step, such as an unpack, removed it).${more}`,
      { hint: NOTHING_PUSHED }
    );
  }
  if (watch.first) {
    const { url, path: path13 } = watch.first;
    const file = path13?.replace(/^\/falco\/build\//, "");
    const what = url ? `${url}${file ? ` (to ${file})` : ""}` : `a file to ${file ?? "the build dir"}`;
    throw new MirrorError(
      "NotFound",
      `The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ${what}.`,
      {
        hint: NOTHING_PUSHED
      }
    );
  }
  throw new MirrorError(
    "InternalError",
    `The offline rebuild failed (exit code ${code2}) without trying a download. Last lines of its log:
${tail}`
  );
}

// src/pipeline/build-stages.ts
async function planBuilds(run2, config, platforms) {
  const version = await run2.stage("Check the Docker engine", () => run2.services.engine().check());
  run2.reporter.info(`Docker engine ${version}.`);
  if (platforms.length === 0) return [{ platform: void 0, base: config.baseImage }];
  const bases = await run2.stage(`Find the base image for ${platforms.join(", ")}`, async () => {
    const engine = run2.services.engine();
    const local2 = await engine.imagePlatform(config.baseImage);
    const localServes = platforms.length === 1 && local2 !== void 0 && servesPlatform(platforms[0] ?? "", local2);
    const registry = localServes ? {} : await engine.registryImages(config.baseImage);
    return baseImagesFor(config.baseImage, platforms, local2, registry.images, registry.error);
  });
  return platforms.map((platform) => {
    const base = bases.get(platform) ?? config.baseImage;
    run2.reporter.info(`${platform}: built on ${base}.`);
    return { platform, base };
  });
}
async function buildImage(run2, config, planned) {
  const recipe = planRecipe(config, void 0, planned);
  const suffix = planned.platform ? `-${platformSlug(planned.platform)}` : "";
  const tag = imageTag(config.falcoVersion, `${run2.id}${suffix}`);
  const on = planned.platform ? ` for ${planned.platform}` : "";
  await run2.stage(`Build Falco ${config.falcoVersion}'s dependencies${on}`, async () => {
    const contextDir = await fs9.mkdtemp(path7.join(path7.dirname(run2.scratch), "falco-deps-context-"));
    run2.cleanup.dir(contextDir);
    run2.cleanup.image(tag);
    await run2.services.engine().build({
      recipe,
      tag,
      network: config.network,
      contextDir,
      runId: run2.id,
      platform: planned.platform,
      onLine: (line) => run2.reporter.info(line),
      onLayer: (id) => run2.cleanup.layer(id),
      ...run2.signal ? { signal: run2.signal } : {}
    });
    run2.cleanup.buildDone();
  });
  const got = await run2.services.engine().imagePlatform(tag);
  if (!got) throw new MirrorError("InternalError", `docker image inspect of the image just built, ${tag}, found nothing.`);
  const platform = planned.platform ?? platformOf(got);
  if (planned.platform && !servesPlatform(planned.platform, got)) {
    throw new MirrorError(
      "Conflict",
      `The build for ${planned.platform} ran on a ${platformOf(got)} image (${planned.base}); its tree would be mislabelled, so nothing was uploaded or pushed.`,
      {
        hint: "Give base-image as a tag a registry serves for every platform, and run again."
      }
    );
  }
  run2.reporter.info(`Built ${tag} for ${platform}.`);
  return { tag, container: `falco-deps-mirror-${run2.id}${suffix}`, platform };
}
async function collectTree(run2, config, images) {
  const dir = config.outputDir;
  const [only] = images;
  let merged;
  if (images.length === 1 && only) {
    merged = { digests: await extractFrom(run2, only, dir, `Extract ${DEPS_DIR_IN_IMAGE} to ${dir}`) };
  } else {
    const parts = [];
    for (const image of images) {
      const partDir = `${dir.replace(/[\\/]+$/, "")}.${platformSlug(image.platform)}-${run2.id}`;
      run2.cleanup.dir(partDir);
      const digests = await extractFrom(run2, image, partDir, `Extract ${DEPS_DIR_IN_IMAGE} of ${image.platform}`);
      parts.push({ platform: image.platform, dir: partDir, digests });
    }
    const tree = await run2.stage(`Merge the ${images.map((i) => i.platform).join(", ")} trees into ${dir}`, () => mergeTrees(parts, dir));
    const shared = [...tree.byPath.values()].filter((ps2) => ps2.length === images.length).length;
    run2.reporter.info(`${shared} of ${tree.byPath.size} paths are the same on every platform; the others belong to one or some.`);
    merged = tree;
  }
  const manifestPath = manifestPathFor(dir);
  const manifest = await run2.stage("Write the manifest", async () => {
    const m2 = await buildManifest(dir, merged.digests);
    if (m2.fileCount === 0) throw emptyTree(config, m2.entries.length);
    await writeManifest(m2, manifestPath);
    return m2;
  });
  const links = manifest.entries.length - manifest.fileCount;
  const andLinks = links > 0 ? ` and ${links} symbolic link${links === 1 ? "" : "s"}` : "";
  run2.reporter.info(`${manifest.fileCount} files (${manifest.totalBytes} bytes)${andLinks} in ${dir}; manifest ${manifestPath}.`);
  const platforms = images.map((i) => i.platform);
  const byPath = merged.byPath ?? new Map(manifest.entries.map((e) => [e.path, platforms]));
  return { dir, manifestPath, manifest, platforms, byPath };
}
function extractFrom(run2, image, dir, stage) {
  const engine = run2.services.engine();
  return run2.stage(stage, async () => {
    run2.cleanup.container(image.container);
    await engine.create(image.tag, image.container);
    const { stream, done } = engine.copyOut(image.container, DEPS_DIR_IN_IMAGE);
    return extractTree(stream, dir, { root: path7.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
  });
}
function emptyTree(config, links) {
  const state = links > 0 ? `with no file (only ${links} symbolic link${links === 1 ? "" : "s"})` : "empty";
  const hint = config.dockerfile ? `A custom dockerfile must copy the files Falco's build downloads into ${DEPS_DIR_IN_IMAGE}, as the built-in recipe does (README: "The built-in recipe").` : "Check the build log: cmake-args that turn the bundled dependencies off (USE_BUNDLED_DEPS=OFF) leave nothing to copy.";
  return new MirrorError(
    "NotFound",
    `The build left ${DEPS_DIR_IN_IMAGE} ${state}: no file was downloaded into it, so there is nothing to upload or push.`,
    { hint }
  );
}
async function verifyTree(run2, config, images, tree) {
  for (const image of images) {
    const on = images.length > 1 ? ` on ${image.platform}` : "";
    try {
      await run2.stage(`Verify${on}: rebuild Falco offline from the tree`, async () => {
        const container = `${image.container}-verify`;
        run2.cleanup.container(container);
        await verifyOffline({
          engine: run2.services.engine(),
          image: image.tag,
          container,
          treeDir: tree.dir,
          env: { FALCO_VERSION: config.falcoVersion, JOBS: String(config.jobs), CMAKE_EXTRA_ARGS: config.cmakeArgs.join("\n") },
          onLine: (line) => run2.reporter.info(line)
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
async function checkMirror(run2, mirror, branch, config) {
  const perPlatform2 = config.platforms.length > 0;
  const { commit, platforms } = await run2.stage("Check the mirror", async () => {
    if (config.largeFiles.mode === "lfs") run2.reporter.info(`Git LFS: ${await mirror.lfsVersion()}.`);
    const tip = await branch.get();
    const meta = tip && perPlatform2 ? await branch.metadata(tip) : void 0;
    return { commit: tip, platforms: meta?.platforms };
  });
  await mirror.pause();
  if (!commit) run2.reporter.info(`The mirror has no ${branch.resource} yet.`);
  else {
    const holds = platforms ? `, holding ${platforms.join(", ")}` : perPlatform2 ? ` (made before platforms: it does not say which it holds)` : "";
    run2.reporter.info(`The mirror has ${branch.resource} at ${commit}${holds}.`);
  }
  return { resource: branch.resource, status: commit ? "exists" : "absent", commit, ...platforms ? { platforms } : {} };
}
function skipMirrored(run2, version, state) {
  const holding = state.platforms ? `, holding ${state.platforms.join(", ")}` : "";
  run2.reporter.notice(
    `Falco ${version} is already mirrored (${(state.commit ?? "").slice(0, 12)}${holding}): nothing to build (if-exists: skip).`
  );
  return { ...state, status: "skipped" };
}
function alreadyMirrored(state, platforms = []) {
  const which = platforms.length ? ` for ${platforms.join(", ")}` : "";
  return new MirrorError(
    "AlreadyExists",
    `The mirror already has this version${which} (commit ${(state.commit ?? "").slice(0, 12)}); nothing was built.`,
    {
      verb: "create",
      resource: state.resource,
      hint: "Use if-exists: skip to accept it, or overwrite to rebuild and replace it."
    }
  );
}
async function uploadTree(run2, config, tree) {
  const name = config.artifact?.name ?? `falco-deps-${config.falcoVersion}`;
  const retentionDays = config.artifact?.retentionDays;
  const files = tree.manifest.entries.filter((e) => e.kind === "file").map((e) => e.path);
  const links = tree.manifest.entries.filter((e) => e.kind === "link").map((e) => e.path);
  const outcome = await run2.stage(
    `Upload the artifact ${name}`,
    () => run2.services.uploadArtifact({ name, treeDir: tree.dir, files, retentionDays, env: run2.env })
  );
  if (outcome.uploaded) {
    const rate = outcome.seconds > 0 ? ` (${formatBytes(outcome.size / outcome.seconds)}/s)` : "";
    const where = outcome.url ? `, ${outcome.url}` : "";
    run2.reporter.info(`Uploaded the artifact ${name}: ${formatBytes(outcome.size)} in ${formatDuration(outcome.seconds)}${rate}${where}.`);
    if (links.length > 0) run2.reporter.notice(linksLeftOut(name, links, config.mirror !== void 0));
  } else {
    run2.reporter.notice(`The artifact upload was skipped: ${outcome.why}.`);
  }
  return { ...outcome, name };
}
function linksLeftOut(name, links, mirrored) {
  const shown = links.slice(0, 3).map((l) => quote(l)).join(", ") + (links.length > 3 ? ", ..." : "");
  const count = `${links.length} symbolic link${links.length === 1 ? "" : "s"}`;
  const kept = mirrored ? "; the mirror branch stores them as links" : "";
  return `The artifact ${name} holds the regular files only: the tree's ${count} (${shown}) are not in it${kept}.`;
}
async function publishTree(run2, config, branch, publish, tree) {
  const over = publish.kind === "patch" ? publish.over : void 0;
  const keep2 = publish.kind === "patch" ? publish.keep : [];
  const files = tree.manifest.entries.filter((e) => e.kind === "file");
  return run2.stage(`Publish to ${branch.resource}`, async () => {
    const tooBig = config.mirror ? overGitHubLimit(config.mirror.url, config.largeFiles, files) : void 0;
    if (tooBig) throw tooBig;
    if (keep2.length)
      run2.reporter.info(`Keeping the branch's ${keep2.join(", ")} files; ${tree.platforms.join(", ")} files come from this run.`);
    const digests = new Map(files.map((f2) => [f2.path, { size: f2.size, sha256: f2.sha256 }]));
    const snapshot = await branch.snapshot(
      tree.dir,
      commitMessage(config, tree),
      over,
      { built: tree.platforms, byPath: tree.byPath, keep: keep2 },
      { files: config.largeFiles, digests }
    );
    const platforms = snapshot.platforms;
    if (snapshot.unchanged) {
      run2.reporter.notice(`The mirror already holds this content (${snapshot.commit.slice(0, 12)}): nothing pushed.`);
      return { resource: branch.resource, status: "unchanged", commit: snapshot.commit, platforms };
    }
    if (snapshot.lfsObjects.length > 0) {
      const bytes = snapshot.lfsObjects.reduce((a, o) => a + o.size, 0);
      run2.reporter.info(
        `Git LFS: ${snapshot.lfsObjects.map((o) => o.rel).join(", ")} (${formatBytes(bytes)}) to the mirror's LFS storage first; objects it has already are not sent again.`
      );
      await branch.uploadLfs(snapshot.lfsObjects);
    }
    await pushNaming(config, files, () => over !== void 0 ? branch.patch(snapshot.commit, over) : branch.create(snapshot.commit));
    run2.reporter.notice(`${over ? "Updated" : "Created"} ${branch.resource} at ${snapshot.commit} (${platforms.join(", ")}).`);
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
    const what = named ? `The mirror refused the push: ${quote(named.file)} is ${named.size}, over its per-file limit` : `The mirror refused the push as too large (HTTP 413)${largest ? `; the largest file pushed is ${quote(largest.path)}, ${megabytes(largest.size)}` : ""}`;
    throw new MirrorError("RequestEntityTooLarge", `${what}. Nothing was pushed; the branch is as it was. (${err.detail})`, {
      verb: err.verb ?? "create",
      resource: err.resource ?? "",
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
import * as fs15 from "node:fs/promises";
import * as os3 from "node:os";
import * as path12 from "node:path";

// src/effects/cleanup.ts
import * as fs10 from "node:fs/promises";
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
  left.dirs = await keep(left.dirs, (d) => attempt(`directory ${d}`, () => fs10.rm(d, { recursive: true, force: true })));
}
async function keep(items, remove) {
  const failed = [];
  for (const item of items) if (!await remove(item)) failed.push(item);
  return failed;
}

// src/effects/artifact.ts
import * as fs11 from "node:fs/promises";
import * as path8 from "node:path";
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
  const { DefaultArtifactClient } = await import("./chunk-FYQ3ERFV.js");
  const client = new DefaultArtifactClient();
  try {
    const result = await client.uploadArtifact(
      request.name,
      request.files.map((f2) => path8.join(request.treeDir, f2)),
      request.treeDir,
      {
        compressionLevel: ARTIFACT_COMPRESSION_LEVEL,
        ...request.retentionDays !== void 0 ? { retentionDays: request.retentionDays } : {}
      }
    );
    if (result.id === void 0)
      throw new MirrorError("InternalError", "The artifact service gave no artifact id.", {
        verb: "create",
        resource: `artifact ${request.name}`
      });
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run2 } = request.env;
    const server = (request.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const url = repo && run2 ? `${server}/${repo}/actions/runs/${run2}/artifacts/${result.id}` : "";
    return { uploaded: true, id: result.id, url, size: result.size ?? 0, seconds: (Date.now() - started) / 1e3 };
  } catch (err) {
    if (isNamed(err, "GHESNotSupportedError"))
      return { uploaded: false, why: "GitHub Enterprise Server has no artifact service for this client" };
    throw artifactFailure(request.name, err);
  }
}
async function refuseNonRegular(treeDir, files) {
  for (const file of files) {
    const st2 = await fs11.lstat(path8.join(treeDir, file));
    if (!st2.isFile()) {
      throw new MirrorError("InternalError", `Refused to upload ${quote(file)} as part of the artifact: it is not a regular file.`);
    }
  }
}
function isNamed(err, name) {
  return err instanceof Error && err.name === name;
}
function artifactFailure(name, err) {
  if (err instanceof MirrorError) return err;
  const resource = `artifact ${name}`;
  const text = err instanceof Error ? err.message : String(err);
  const fail2 = (reason2, detail, hint) => new MirrorError(reason2, detail, { verb: "create", resource, cause: err, ...hint ? { hint } : {} });
  if (isNamed(err, "UsageError") || /storage quota has been hit|insufficient usage/i.test(text)) {
    return fail2(
      "TooManyRequests",
      "The artifact storage quota of this repository is used up.",
      "Delete old artifacts or lower retention-days."
    );
  }
  const network = isNamed(err, "NetworkError") ? err.code : /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|ETIMEDOUT)\b/.exec(text)?.[1];
  if (network) {
    const reason2 = network === "ETIMEDOUT" ? "Timeout" : "ServiceUnavailable";
    return fail2(reason2, `The artifact service could not be reached (${network}).`);
  }
  const restStatus = err.statusCode;
  const status = typeof restStatus === "number" ? restStatus : Number(/\((\d{3})\)/.exec(text)?.[1] ?? 0);
  if (status === 409 || /already exists/i.test(text)) {
    return fail2(
      "AlreadyExists",
      "This workflow run already has an artifact with this name.",
      "Give artifact-name a value unique in the run, for example falco-deps-<version>-${{ github.run_attempt }}, or set upload-artifact: false."
    );
  }
  const reason = reasonForStatus(status) ?? (/timed? ?out|stalled/i.test(text) ? "Timeout" : "InternalError");
  const after = /after (\d+) attempts/.exec(text);
  return fail2(reason, `The artifact upload failed${after ? ` after ${after[1]} attempts` : ""}: ${text.slice(0, 300)}.`);
}

// src/effects/engine.ts
import * as fs12 from "node:fs/promises";
import * as path9 from "node:path";

// src/effects/exec.ts
import { spawn } from "node:child_process";
import { PassThrough, pipeline as pipeline4 } from "node:stream";
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
    return new MirrorError("ServiceUnavailable", `The ${err.command} command was not found on PATH.`, { hint: installHint, cause: err });
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
  pipeline4(child.stdout, stdout, () => void 0);
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
var DOCKER_INSTALL = "Install Docker (on Debian or Ubuntu: `sudo apt-get install docker.io`) and start its engine, then run again.";
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
      throw new MirrorError("ServiceUnavailable", `The Docker engine is not reachable${why ? ` (${why})` : ""}.`, {
        hint: "Start it (for example `sudo systemctl start docker`, or `sudo dockerd &`), or set DOCKER_HOST to a running engine, then run again."
      });
    }
    return result.stdout.trim();
  }
  async build(request) {
    const dockerfile = path9.join(request.contextDir, "Dockerfile");
    await fs12.writeFile(dockerfile, request.recipe.dockerfile, { mode: 420 });
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
    if (result.aborted) throw new MirrorError("Timeout", "The build was cancelled.");
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
      throw new MirrorError("InternalError", `docker create of ${image} failed: ${lastLines(result.stderr, 3)}`);
    }
    return result.stdout.trim();
  }
  copyOut(container, pathInContainer) {
    const child = runStreaming(DOCKER, ["cp", `${container}:${pathInContainer}`, "-"], this.signal ? { signal: this.signal } : {});
    const done = child.done.then(
      (result) => {
        if (result.code === 0) return;
        if (/could not find the file|no such file|not found/i.test(result.stderr)) {
          throw new MirrorError("NotFound", `The build left no ${pathInContainer} in the image.`, {
            hint: `A custom dockerfile must leave the deps tree in ${pathInContainer}.`
          });
        }
        throw new MirrorError("InternalError", `docker cp failed: ${lastLines(result.stderr, 3)}`);
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
      throw new MirrorError("InternalError", `docker rm ${nameOrId} failed: ${lastLines(result.stderr, 2)}`);
    }
  }
  async removeImage(tag) {
    const result = await this.docker(["image", "rm", tag], void 0, false);
    if (result.code !== 0 && !/no such image/i.test(result.stderr)) {
      throw new MirrorError("InternalError", `docker image rm ${tag} failed: ${lastLines(result.stderr, 2)}`);
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
    if (result.code !== 0) throw new MirrorError("InternalError", `docker create of ${image} failed: ${lastLines(result.stderr, 3)}`);
  }
  async copyIn(container, sourceDir, dest) {
    const result = await this.docker(["cp", `${sourceDir.replace(/\/+$/, "")}/.`, `${container}:${dest}`]);
    if (result.code !== 0) throw new MirrorError("InternalError", `docker cp into ${container} failed: ${lastLines(result.stderr, 3)}`);
  }
  async runToEnd(container, onLine) {
    const result = await this.docker(["start", "--attach", container], onLine);
    if (result.aborted) throw new MirrorError("Timeout", "The verification was cancelled.");
    const log = `${result.stdout}
${result.stderr}`;
    return { code: result.code, tail: lastLines(log, 15), log };
  }
  async removeLayer(id) {
    const inspect = await this.docker(["image", "inspect", "--format", "{{len .RepoTags}}", id], void 0, false);
    if (inspect.code !== 0 || inspect.stdout.trim() !== "0") return;
    const result = await this.docker(["image", "rm", "--no-prune", id], void 0, false);
    if (result.code !== 0 && !/no such image|has dependent child images|is being used/i.test(result.stderr)) {
      throw new MirrorError("InternalError", `docker image rm ${id} failed: ${lastLines(result.stderr, 2)}`);
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
    return new MirrorError("NotFound", `The source repo has no tag ${missingTag[1]}: git clone of falcosecurity/falco.git failed.`, {
      hint: "Check falco-version and source-repo."
    });
  }
  const oldCmake = /fdm: build: downloads needs CMake 3\.19 or newer; the base image has CMake (\d[\w.+-]*|\(no cmake --version\))/.exec(
    log
  );
  if (oldCmake) {
    return new MirrorError("Invalid", `build: downloads needs CMake 3.19 or newer, and the base image has CMake ${oldCmake[1]}.`, {
      hint: "Use a base image with CMake 3.19 or newer, or build: full."
    });
  }
  const where = step ? ` at step "${step.length > 200 ? `${step.slice(0, 200)}\u2026` : step}"` : "";
  return new MirrorError("InternalError", `The docker build failed${where} (exit code ${result.code}). Last lines of its log:
${tail}`);
}

// src/effects/git.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { mkdirSync as mkdirSync2 } from "node:fs";
import * as fs13 from "node:fs/promises";
import * as path10 from "node:path";

// src/common/secrets.ts
function scrubSecrets(text, secrets) {
  const ordered = secrets.filter((s3) => s3 !== "").sort((a, b2) => b2.length - a.length);
  return ordered.reduce((t, s3) => t.split(s3).join("***"), text);
}

// src/effects/git.ts
var GIT_INSTALL = "Install git (on Debian or Ubuntu: `sudo apt-get install git`), then run again.";
function basicHeader(auth) {
  return Buffer.from(`${auth.username}:${auth.token}`, "utf8").toString("base64");
}
function createGit(opts) {
  const secrets = opts.auth ? [opts.auth.token, basicHeader(opts.auth)].filter((s3) => s3.length > 0) : [];
  const scrub = (text) => scrubSecrets(text, secrets);
  const scratch = path10.resolve(opts.tempDir);
  const configFile = opts.auth ? path10.join(scratch, `auth-${randomBytes3(4).toString("hex")}.gitconfig`) : void 0;
  let written = false;
  const ensureConfig = async () => {
    if (!opts.auth || !configFile || written) return;
    const text = `[http "${opts.url}"]
	extraheader = AUTHORIZATION: basic ${basicHeader(opts.auth)}
`;
    await fs13.rm(configFile, { force: true });
    await fs13.writeFile(configFile, text, { mode: 384, flag: "wx" });
    written = true;
  };
  const cwd = path10.join(scratch, "git-cwd");
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
      if (configFile) await fs13.rm(configFile, { force: true });
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
import * as fs14 from "node:fs/promises";
import * as path11 from "node:path";
function createMirrorBranch(opts) {
  const { git, url, branch } = opts;
  const ref = `refs/heads/${branch}`;
  const resource = `branch ${branch} of ${url}`;
  const repo = path11.join(opts.workDir, "repo.git");
  const retry = (fn) => retryRemote(fn, opts);
  const get = () => retry(async () => {
    const r = await git.run(["ls-remote", "--refs", url, ref], { timeoutMs: 18e4 });
    if (r.code !== 0) throw gitFailure("get", resource, r, "git ls-remote of the mirror");
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
    throw gitFailure(verb, resource, r, `git push (${verb})`);
  });
  return {
    ref,
    resource,
    get,
    metadata: async (commit) => {
      const metaRepo = path11.join(opts.workDir, "metadata.git");
      await fs14.rm(metaRepo, { recursive: true, force: true });
      await git.run(["init", "--quiet", "--bare", metaRepo]);
      const req = { ...opts, repo: metaRepo, url, ref, resource };
      await fetchTip(req, commit);
      return readMetadata(req, commit);
    },
    snapshot: (treeDir, message, parent, platforms, large) => buildCommit({
      ...opts,
      repo,
      workDir: opts.workDir,
      url,
      ref,
      resource,
      treeDir,
      message,
      parent,
      platforms,
      ...large ? { large } : {}
    }),
    uploadLfs: async (objects) => {
      if (objects.length === 0) return;
      const remotes = await git.run(["remote"], { gitDir: repo });
      if (!remotes.stdout.split("\n").includes("mirror")) await git.run(["remote", "add", "mirror", url], { gitDir: repo });
      for (const o of objects) {
        const dest = path11.join(repo, "lfs", "objects", o.oid.slice(0, 2), o.oid.slice(2, 4), o.oid);
        await fs14.mkdir(path11.dirname(dest), { recursive: true });
        await fs14.link(o.file, dest).catch(() => fs14.copyFile(o.file, dest));
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
          throw lfsFailure(`the LFS storage of ${url}`, r);
        }
      });
    },
    create: (commit) => push("create", `${commit}:${ref}`, "", commit),
    patch: (commit, expected) => push("patch", `${commit}:${ref}`, expected, commit),
    delete: async (expected) => {
      await fs14.mkdir(opts.workDir, { recursive: true });
      if (!await fs14.stat(repo).catch(() => void 0)) await git.run(["init", "--quiet", "--bare", repo]);
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
  const hint = {
    NotFound: "Check source-repo: <source-repo>/falcosecurity/falco.git must be a git repository.",
    Unauthorized: "source-repo must be readable without credentials.",
    Forbidden: "source-repo must be readable without credentials."
  };
  return new MirrorError(error2.reason, error2.detail, {
    ...error2.verb ? { verb: error2.verb } : {},
    ...error2.resource ? { resource: error2.resource } : {},
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
async function listReleaseTags(git, sourceRepo, opts = {}) {
  const url = falcoRepoUrl(sourceRepo);
  const out = await lsRemote(git, ["--tags", "--refs", url], `tags of ${url}`, "git ls-remote of the Falco repository", opts, true);
  return sortUnique(refNames(out, "refs/tags/").filter(isReleaseVersion));
}
async function tagExists(git, sourceRepo, version, opts = {}) {
  parseFalcoVersion(version);
  const url = falcoRepoUrl(sourceRepo);
  const ref = `refs/tags/${version}`;
  const out = await lsRemote(
    git,
    ["--tags", "--refs", url, ref],
    `tag ${version} of ${url}`,
    "git ls-remote of the Falco repository",
    opts,
    true
  );
  return out.split("\n").some((line) => line.split("	")[1]?.trim() === ref);
}
async function listMirroredBranches(git, mirrorUrl, opts = {}) {
  const out = await lsRemote(git, ["--heads", mirrorUrl], `branches of ${mirrorUrl}`, "git ls-remote of the mirror", opts, false);
  return new Set(refNames(out, "refs/heads/"));
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
      throw new MirrorError(
        "ServiceUnavailable",
        `large-files: lfs needs git-lfs, and git on this runner has no lfs command (git lfs version: ${lastLines(r.stderr.trim(), 1) || `exit code ${String(r.code)}`}).`,
        {
          hint: "Install it (on Debian or Ubuntu: `sudo apt-get install git-lfs`; GitHub's hosted runners have it), or use large-files: plain."
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
  return `releases of ${OWNER}/${REPO} at ${apiUrl}`;
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
      throw new MirrorError("Invalid", `GitHub's API kept giving further pages after ${MAX_PAGES} of them.`, { verb: "get", resource });
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
      throw new MirrorError("InternalError", `GitHub's API did not answer with a list of releases (page ${page}).`, {
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
      throw new MirrorError("Invalid", `The API pointed to ${quote(target, 200)}, outside ${origin}; it was not followed.`, {
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
      if (opts.signal?.aborted) throw new MirrorError("Timeout", "Listing the releases was cancelled.", { verb: "get", resource });
      if (timeout.aborted) {
        throw new MirrorError("Timeout", `GitHub's API did not answer within ${Number((timeoutMs / 1e3).toFixed(1))} s.`, {
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
    return new MirrorError("ServiceUnavailable", `GitHub's API could not be reached (${scrub(text).slice(0, 300)}).`, {
      verb: "get",
      resource
    });
  }
  const { status, response } = err;
  const reason = apiReason(status, response.headers);
  const retryAfterMs = retryAfterOf(response.headers);
  const said = messageOf(response.data);
  const detail = `GitHub's API answered HTTP ${status}${said ? ` (${quote(scrub(said), 200)})` : ""}.`;
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
      return "Check github-token: GitHub did not accept it (expired or revoked?); leave it empty to read the public releases anonymously.";
    case "Forbidden":
      return "The token may not read falcosecurity/falco (a fine-grained token without access, or an organization policy).";
    case "TooManyRequests": {
      const when = retryAfterMs === void 0 ? "" : ` It resets around ${new Date(Date.now() + retryAfterMs).toISOString()}.`;
      return `GitHub's API rate limit is used up.${when} Anonymous requests get 60 an hour; give github-token for more, or give falco-version as an exact version.`;
    }
    case "NotFound":
      return `Check GITHUB_API_URL (${apiUrl}): https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server, which must have falcosecurity/falco.`;
    default:
  }
}

// src/effects/release-source.ts
function listReleases(source) {
  return source.kind === "tags" ? listReleaseTags(source.git, source.sourceRepo, source) : listApiReleases(source);
}
async function resolveLatest(source) {
  const resource = source.kind === "tags" ? `tags of ${falcoRepoUrl(source.sourceRepo)}` : releasesResource(source.apiUrl.replace(/\/+$/, ""));
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
      const t = now();
      if (t - last < quietMs) return;
      last = t;
      print(`\u2026 ${what}: still running, ${formatDuration((t - started) / 1e3)} elapsed.`);
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
    scratch: path12.resolve(ctx.env.RUNNER_TEMP || os3.tmpdir(), `falco-deps-mirror-${id}`),
    remote: { signal: ctx.signal, onRetry: (m2) => reporter.warning(m2) }
  };
}
async function makeScratch(run2) {
  run2.cleanup.dir(run2.scratch);
  await fs15.mkdir(run2.scratch, { recursive: true, mode: 448 });
}

// src/pipeline/version-stages.ts
async function planRange(run2, inputs, range, source, mirror) {
  const decision = await run2.stage(`Plan the releases in ${range}`, async () => {
    const inRange = releasesInRange(await source.releases(), range);
    const mirrored = mirror ? await mirror.branches() : /* @__PURE__ */ new Set();
    run2.reporter.info(`Released in ${range} (${source.origin}): ${inRange.join(", ") || "none"}.`);
    if (mirror) run2.reporter.info(`Already mirrored: ${inRange.filter((v2) => mirrored.has(v2)).join(", ") || "none"}.`);
    return decide(decisionInputs(inputs), { kind: "releases", inRange, mirrored });
  });
  if (decision.kind === "plan-range") {
    const { versions } = decision;
    run2.reporter.notice(versions.length ? `To mirror: ${versions.join(", ")}.` : `Every release in ${range} is mirrored already.`);
  }
  return decision;
}
async function resolveVersion(run2, inputs, source) {
  const spec = inputs.versionSpec;
  if (spec.kind === "exact") return spec.version;
  const latest = await run2.stage("Resolve the latest Falco release", () => source.latest());
  run2.reporter.info(`latest is Falco ${latest} (${inputs.releaseSource}).`);
  return latest;
}
async function checkTag(run2, inputs, source) {
  const version = inputs.falcoVersion;
  const tagged = await run2.stage("Check the source repo", () => source.hasTag(version));
  if (!tagged) {
    throw new MirrorError("NotFound", `The source repo has no tag ${version}.`, {
      verb: "get",
      resource: `tag ${version} of ${falcoRepoUrl(inputs.sourceRepo)}`,
      hint: "Check falco-version and source-repo."
    });
  }
}

// src/main.ts
async function runPipeline(ctx) {
  const outcome = { language: parseLanguage(ctx.getInput), stages: [] };
  const run2 = createRun(ctx, outcome.stages);
  let mirror;
  try {
    const inputs = outcome.inputs = prepare(run2, ctx);
    await makeScratch(run2);
    mirror = connectMirror(run2, inputs);
    await mirrorFalco(run2, outcome, inputs, mirror);
  } catch (err) {
    outcome.error = asMirrorError(err);
  } finally {
    await mirror?.close().catch(() => void 0);
    await run2.cleanup.run(outcome.inputs?.keepImage ?? false);
  }
  return report(ctx, outcome);
}
async function mirrorFalco(run2, o, inputs, mirror) {
  const source = await falcoSource(run2, inputs);
  if (inputs.versionSpec.kind === "range") {
    o.decision = await planRange(run2, inputs, inputs.versionSpec.range, source, mirror);
    return;
  }
  o.version = await resolveVersion(run2, inputs, source);
  const config = { ...inputs, falcoVersion: o.version };
  announce(run2, config);
  const branch = mirror?.branch(config.falcoVersion);
  if (mirror && branch) o.mirror = await checkMirror(run2, mirror, branch, config);
  const remote = { kind: "branch", commit: o.mirror?.commit, held: o.mirror?.platforms };
  const decision = o.decision = decide(decisionInputs(config), remote);
  if (decision.kind === "fail-exists" && o.mirror) throw alreadyMirrored(o.mirror, decision.platforms);
  if (decision.kind === "skip" && o.mirror) {
    o.mirror = skipMirrored(run2, config.falcoVersion, o.mirror);
    return;
  }
  await checkTag(run2, config, source);
  if (decision.kind === "dry-run") {
    reportDryRun(run2.reporter, config, decision.real, planRecipe(config).dockerfile);
    return;
  }
  if (decision.kind !== "build") return;
  const builds = await planBuilds(run2, config, decision.platforms);
  const images = [];
  for (const planned of builds) images.push(await buildImage(run2, config, planned));
  const tree = o.tree = await collectTree(run2, config, images);
  if (decision.verify) o.verification = await verifyTree(run2, config, images, tree);
  if (decision.upload) o.artifact = await uploadTree(run2, config, tree);
  if (o.verification?.ok === false) throw o.verification.error;
  if (branch) o.mirror = await publishTree(run2, config, branch, decision.publish, tree);
}
function prepare(run2, ctx) {
  const inputs = parseInputs(ctx.getInput, ctx.env);
  if (inputs.githubToken) run2.reporter.setSecret(inputs.githubToken);
  return inputs;
}
function connectMirror(run2, inputs) {
  if (!inputs.mirror) return void 0;
  const mirror = run2.services.openMirror({
    config: inputs.mirror,
    scratch: run2.scratch,
    stallSeconds: gitStallSeconds(run2.env),
    ...run2.remote
  });
  for (const secret of mirror.secrets) run2.reporter.setSecret(secret);
  return mirror;
}
function falcoSource(run2, inputs) {
  return run2.services.falcoSource({
    origin: inputs.releaseSource,
    sourceRepo: inputs.sourceRepo,
    token: inputs.githubToken,
    env: run2.env,
    scratch: run2.scratch,
    stallSeconds: gitStallSeconds(run2.env),
    ...run2.remote
  });
}
function announce(run2, config) {
  const recipe = config.dockerfile ? `custom Dockerfile ${config.dockerfile}` : "built-in recipe";
  run2.reporter.info(
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
function cliReporter(write = (t) => process.stderr.write(t)) {
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

export {
  cancelOnSignals,
  MirrorError,
  asMirrorError,
  parseFalcoVersion,
  INPUT_SPECS,
  parseLanguage,
  parseMirror,
  parseChoice,
  parseBoolean,
  gitStallSeconds,
  LEFTOVERS_STATE,
  parseLeftovers,
  removeLeftovers,
  createDockerEngine,
  openMirror,
  runPipeline,
  actionsReporter,
  cliReporter
};
