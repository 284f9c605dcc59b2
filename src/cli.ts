/// <reference types="node" />
/**
 * `twin-city-elements render`: prints the static HTML copy of the elements (Lit SSR, declarative shadow DOM) with
 * schema.org JSON-LD, for pages read without JavaScript and for search engines. Node only.
 *
 * Exit codes: 0 done; 1 the dataset is invalid or cannot be read (every problem printed with its JSON path, nothing
 * on stdout); 2 a wrong command line (one line saying what is wrong).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError } from './data/load.js';
import { isSupportedCalendar } from './i18n/format.js';
import type { UiLocale } from './i18n/language.js';
import { elementNames, renderStatic, type ElementName } from './server/render-static.js';

const HELP = `Usage: twin-city-elements render [options]

Prints the static HTML of an element (declarative shadow DOM) and schema.org JSON-LD, for readers without
JavaScript and for search engines. When the library's script runs on the page, the element takes over.

Options:
  --element <name>      agreement-card | signatory-list | city-map | pilgrimage-timeline | all (default: agreement-card)
  --lang <code>         fa | tr | en | az | az-Arab (default: en; az-Arab: South Azerbaijani in Arabic script)
  --data <file.json>    a dataset in the library's format (default: the embedded Khoy–Konya dataset)
  --src <url>           with --data: the URL the page serves that dataset at; the element gets src="<url>"
                        (default: the dataset is put inside the element as <script type="application/json">)
  --agreement <id>      the agreement to show (default: the dataset's first)
  --theme <theme>       light | dark (default: follows the reader's system)
  --calendar <id>       the calendar of dates: gregory, persian, islamic-umalqura, … (default: the language's own)
  --secondary-calendar <id>  the calendar shown beside it, or none
  --styles <file.css>   write the CSS to this file and link it from each shadow root instead of a <style>
                        element, so that a Content-Security-Policy of style-src 'self' is enough (with several
                        elements, one file each: <file>.<element>.css)
  --styles-href <url>   the URL the page serves that CSS at (default: the file's name, beside the page)
  --no-json-ld          leave out the schema.org JSON-LD
  --out <file>          write the HTML to this file (default: standard output)
  -h, --help            show this help
`;

class UsageError extends Error {}
/** A file that cannot be read or written: one line, exit 1. */
class FileError extends Error {}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new FileError(`${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const languages = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function calendarOption(option: string, value: string | undefined, allowNone: boolean): string | undefined {
  if (value === undefined) return undefined;
  if ((allowNone && value === 'none') || isSupportedCalendar(value)) return value;
  throw new UsageError(`--${option}: "${value}" is not a calendar this JavaScript engine knows (e.g. gregory, persian, islamic-umalqura${allowNone ? ', none' : ''})`);
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        element: { type: 'string' },
        lang: { type: 'string' },
        data: { type: 'string' },
        src: { type: 'string' },
        agreement: { type: 'string' },
        theme: { type: 'string' },
        calendar: { type: 'string' },
        'secondary-calendar': { type: 'string' },
        styles: { type: 'string' },
        'styles-href': { type: 'string' },
        'no-json-ld': { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // Node's messages name the option; keep their first line, without the hint about positionals.
    throw new UsageError(((e as Error).message.split('\n')[0] ?? 'invalid arguments').replace(/\. To specify a positional.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true } as const;
  const [command, ...rest] = positionals;
  if (command !== 'render') throw new UsageError(command === undefined ? 'missing command: render' : `unknown command "${command}" (the command is render)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  for (const name of ['element', 'lang', 'data', 'src', 'agreement', 'theme', 'calendar', 'secondary-calendar', 'styles', 'styles-href', 'out'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') throw new UsageError(`--${name} needs a value`);
  }
  if (values.src !== undefined && values.data === undefined) throw new UsageError('--src goes with --data (the URL the page serves that dataset at)');
  if (values['styles-href'] !== undefined && values.styles === undefined) throw new UsageError('--styles-href goes with --styles');
  const element = oneOf('element', values.element, [...elementNames, 'all'] as const, 'agreement-card');
  return {
    help: false,
    elements: element === 'all' ? [...elementNames] : [element as ElementName],
    lang: oneOf('lang', values.lang, languages, 'en') as UiLocale,
    data: values.data,
    src: values.src,
    agreement: values.agreement,
    theme: values.theme === undefined ? undefined : oneOf('theme', values.theme, ['light', 'dark'] as const, 'light'),
    calendar: calendarOption('calendar', values.calendar, false),
    secondaryCalendar: calendarOption('secondary-calendar', values['secondary-calendar'], true),
    styles: values.styles,
    stylesHref: values['styles-href'],
    noJsonLd: values['no-json-ld'] ?? false,
    out: values.out,
  } as const;
}

/** With several elements, each gets its own sheet: `twin.css` → `twin.city-map.css`. */
function perElement(path: string, element: ElementName, several: boolean): string {
  if (!several) return path;
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${element}${ext || '.css'}`;
}

function readDataset(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FileError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DatasetError('invalid-json', `${file}: not valid JSON: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`twin-city-elements: ${e.message} (see --help)\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const several = options.elements.length > 1;
  const styles = options.styles;
  const stylesHref = options.stylesHref;
  try {
    const data = options.data !== undefined ? readDataset(options.data) : undefined;
    const result = await renderStatic({
      elements: options.elements,
      lang: options.lang,
      data,
      dataOrigin: options.data,
      dataSrc: options.src,
      agreement: options.agreement,
      theme: options.theme,
      calendar: options.calendar,
      secondaryCalendar: options.secondaryCalendar,
      noJsonLd: options.noJsonLd,
      stylesHref: styles === undefined ? undefined : (name) => perElement(stylesHref ?? basename(styles), name, several),
    });
    if (styles !== undefined) {
      for (const [name, css] of Object.entries(result.css)) write(perElement(styles, name as ElementName, several), css);
    }
    if (options.out !== undefined) write(options.out, result.html);
    else process.stdout.write(result.html);
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      process.stderr.write(`twin-city-elements: ${e.message}\n`);
      return 1;
    }
    if (!(e instanceof DatasetError)) throw e;
    if (e.issues.length) {
      process.stderr.write(`twin-city-elements: ${options.data ?? 'the dataset'} is not a valid dataset (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}):\n`);
      for (const issue of e.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    } else {
      process.stderr.write(`twin-city-elements: ${e.message}\n`);
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
