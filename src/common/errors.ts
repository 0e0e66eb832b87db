// The error catalog of seed 000: every failure the project reports carries one of these reasons,
// so a workflow can branch on `error-reason` and a person reads one clear sentence.

export type Reason =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'NotAcceptable'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Expired'
  | 'Gone'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'Invalid'
  | 'TooManyRequests'
  | 'InternalError'
  | 'ServerTimeout'
  | 'ServiceUnavailable'
  | 'Timeout';

/** The four remote operations of seed 000 ("создание" is create). */
export type Verb = 'get' | 'create' | 'patch' | 'delete';

export type Language = 'en' | 'ru';

interface CatalogEntry {
  readonly code: number;
  /** Worth retrying with backoff: the request was fine, the server was busy or slow. */
  readonly transient: boolean;
  readonly en: string;
  readonly ru: string;
}

export const CATALOG: Readonly<Record<Reason, CatalogEntry>> = {
  BadRequest: { code: 400, transient: false, en: 'The request is malformed.', ru: 'Запрос некорректен.' },
  Unauthorized: {
    code: 401,
    transient: false,
    en: 'The server is reachable and the request is valid, but authorization is required to perform it.',
    ru: 'Сервер доступен и запрос корректный, но требуется авторизация, чтобы действие было выполнено.',
  },
  Forbidden: {
    code: 403,
    transient: false,
    en: 'The server is reachable and the request is valid, but the server refuses to take any further action.',
    ru: 'Сервер доступен и запрос корректный, но сервер отказывается предпринимать какие-либо дальнейшие действия.',
  },
  NotFound: {
    code: 404,
    transient: false,
    en: 'One or more resources needed for the operation were not found.',
    ru: 'Один или несколько ресурсов, необходимых для выполнения операции не найдены.',
  },
  NotAcceptable: {
    code: 406,
    transient: false,
    en: 'The server cannot return data in the format the client asked for.',
    ru: 'Сервер не может вернуть данные в формате, запрошенном клиентом.',
  },
  AlreadyExists: {
    code: 409,
    transient: false,
    en: 'The resource being created already exists.',
    ru: 'Создаваемый ресурс уже существует.',
  },
  Conflict: {
    code: 409,
    transient: false,
    en: 'The request cannot be completed because of a conflict with the current state of the resource.',
    ru: 'Запрос не может быть выполнен из-за конфликта с текущим состоянием ресурса.',
  },
  Expired: {
    code: 410,
    transient: false,
    en: 'The request is no longer valid because the requested content has expired and is no longer available.',
    ru: 'Запрос недействителен, потому что срок действия запрашиваемого содержимого истек и оно больше не доступно.',
  },
  Gone: { code: 410, transient: false, en: 'The resource is no longer available.', ru: 'Ресурс больше не доступен.' },
  RequestEntityTooLarge: { code: 413, transient: false, en: 'The request is too large.', ru: 'Запрос слишком велик.' },
  UnsupportedMediaType: {
    code: 415,
    transient: false,
    en: 'The content type sent by the client is not acceptable to the server.',
    ru: 'Тип содержимого, отправленный клиентом, неприемлем для сервера.',
  },
  Invalid: {
    code: 422,
    transient: false,
    en: 'The request cannot be processed because of invalid data.',
    ru: 'Запрос не может быть обработан из-за недопустимых данных.',
  },
  TooManyRequests: {
    code: 429,
    transient: true,
    en: 'The server cannot handle the request because of too many requests.',
    ru: 'Сервер не может обработать запрос из-за слишком большого количества запросов.',
  },
  InternalError: { code: 500, transient: false, en: 'Internal server error.', ru: 'Внутренняя ошибка сервера.' },
  ServerTimeout: {
    code: 500,
    transient: true,
    en: 'The server could not complete the request in a reasonable time.',
    ru: 'Сервер не смог завершить запрос в разумное время.',
  },
  ServiceUnavailable: {
    code: 503,
    transient: true,
    en: 'The request was valid, but the requested service is unavailable right now.',
    ru: 'Сам запрос был корректным, но запрашиваемый сервис в данный момент недоступен.',
  },
  Timeout: {
    code: 504,
    transient: true,
    en: 'The request could not be completed in a reasonable time.',
    ru: 'Запрос не может быть выполнен в разумное время.',
  },
};

/** Reasons a verb can never yield (seed 000 lists the possible ones per verb). */
const IMPOSSIBLE: Readonly<Record<Verb, readonly Reason[]>> = {
  get: ['AlreadyExists', 'Conflict'],
  create: ['NotFound', 'Expired', 'Gone'],
  delete: ['AlreadyExists', 'Gone'],
  patch: ['AlreadyExists'],
};

/**
 * The reason an HTTP status names by itself. 409 (AlreadyExists or Conflict) and 410 (Expired or Gone)
 * depend on the operation, so callers decide those; 500 is InternalError unless the server said it
 * timed out, which only the caller can read.
 */
export function reasonForStatus(status: number): Reason | undefined {
  return STATUS_REASONS[status];
}

const STATUS_REASONS: Readonly<Record<number, Reason>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  406: 'NotAcceptable',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'ServiceUnavailable',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export function reasonsFor(verb: Verb): Reason[] {
  return (Object.keys(CATALOG) as Reason[]).filter((r) => !IMPOSSIBLE[verb].includes(r));
}

/**
 * A sentence of a message in both languages the action speaks. Build both from the same parts: the
 * values in it (input names, versions, paths, URLs, reason names, a tool's quoted output) stay as
 * they are in the Russian one too.
 */
export interface Text {
  readonly en: string;
  readonly ru: string;
}

/** The English and the Russian of one piece of a message. */
export function t(en: string, ru: string): Text {
  return { en, ru };
}

/**
 * What a message part may be: bilingual prose, or a plain string for text that is no prose of ours
 * (a tool's own output quoted as it is), the same in both languages.
 */
export type TextLike = string | Text;

/** The Russian noun form for a count: `ruPlural(n, 'файл', 'файла', 'файлов')`. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

/** A message part as bilingual text; a plain string is the same in both languages. */
export function textOf(text: TextLike): Text {
  return typeof text === 'string' ? { en: text, ru: text } : text;
}

/** The message part in one language. */
export function inLanguage(text: TextLike, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

export interface ErrorDetails {
  /** The remote operation, when the failure is one of the four verbs. */
  verb?: Verb;
  /** What the operation was about: a branch, a release, an image. */
  resource?: TextLike;
  /** What to do about it; shown after the message. */
  hint?: TextLike;
  /** How long the server asked us to wait before trying again (its Retry-After), when known. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error type of the project. `message` is the English sentence; `describe('ru')` gives the
 * Russian one. Both name the reason and code, and for remote operations the verb and the resource.
 */
export class MirrorError extends Error {
  readonly reason: Reason;
  readonly verb: Verb | undefined;
  /** What the operation was about, in English. */
  readonly resource: string | undefined;
  /** What the operation was about, in both languages. */
  readonly resourceText: Text | undefined;
  /** What to do about it, in English. */
  readonly hint: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** The specific sentence (English) without the catalog prefix. */
  readonly detail: string;
  /** The specific sentence in both languages. */
  readonly detailText: Text;
  /** The hint in both languages. */
  readonly hintText: Text | undefined;

  constructor(reason: Reason, detail: TextLike, details: ErrorDetails = {}) {
    const detailText = textOf(detail);
    const hintText = details.hint === undefined || details.hint === '' ? undefined : textOf(details.hint);
    const resourceText = details.resource === undefined || details.resource === '' ? undefined : textOf(details.resource);
    super(
      compose('en', reason, detailText, hintText, details.verb, resourceText),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'MirrorError';
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

  get code(): number {
    return CATALOG[this.reason].code;
  }

  get transient(): boolean {
    return CATALOG[this.reason].transient;
  }

  describe(language: Language): string {
    return compose(language, this.reason, this.detailText, this.hintText, this.verb, this.resourceText);
  }

  /** The same error, its sentence saying which platform's build or rebuild it came from. */
  onPlatform(platform: string): MirrorError {
    const { verb, resourceText: resource, hintText, retryAfterMs } = this;
    const detail = t(`On ${platform}: ${this.detailText.en}`, `На платформе ${platform}: ${this.detailText.ru}`);
    return new MirrorError(this.reason, detail, { verb, resource, hint: hintText, retryAfterMs, cause: this });
  }
}

const VERB_RU: Readonly<Record<Verb, string>> = { get: 'get', create: 'создание', patch: 'patch', delete: 'delete' };

function compose(
  language: Language,
  reason: Reason,
  detailText: Text,
  hintText: Text | undefined,
  verb: Verb | undefined,
  resourceText: Text | undefined,
): string {
  const detail = detailText[language];
  const hint = hintText ? ` ${hintText[language]}` : '';
  const resource = resourceText?.[language];
  // Local failures (an input, the engine, the build) are one sentence of their own; the catalog's
  // generic text would only add noise. Remote operations name reason, code, verb and resource.
  if (verb === undefined) return `${detail}${hint}`;
  const entry = CATALOG[reason];
  const op =
    language === 'ru'
      ? `при операции ${VERB_RU[verb]}${resource ? ` (${resource})` : ''}`
      : `on ${verb}${resource ? ` of ${resource}` : ''}`;
  return `${reason} (HTTP ${entry.code}) ${op}: ${detail} ${entry[language]}${hint}`;
}

/** Wraps anything thrown into a MirrorError so the reporter has one shape to deal with. */
export function asMirrorError(err: unknown): MirrorError {
  if (err instanceof MirrorError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new MirrorError('InternalError', t(`Unexpected failure: ${text}.`, `Непредвиденный сбой: ${text}.`), { cause: err });
}

/** Renders an untrusted value for a message: quoted, control characters escaped, length bounded. */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  // JSON escapes C0 controls; DEL, C1 and invisible format characters (bidi overrides) are escaped too.
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
