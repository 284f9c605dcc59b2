// The JSON Schema of dataset version 1, converted from the valibot schema (the one source of truth). Pure: no Node
// API, so that both the build (scripts/json-schema.mjs, which writes and checks dist/twin-dataset.schema.json) and
// the Storybook page on the data format (stories/data-format.mdx) convert the same schema with the same settings.
import { toJsonSchema } from '@valibot/to-json-schema';

/** The checks valibot cannot express in JSON Schema, said as closely as JSON Schema can. */
const actions = {
  date: {
    description: 'A historical date: 2025-12-14, 1244-11, 1207, ~1185 (approximate), 1247? (uncertain), 1246/1247 (between), or { value, calendar: "julian" | "gregorian" }.',
  },
  url: {
    description: 'An http(s) or mailto link, or a relative one; other schemes (javascript:, data:) are refused.',
    pattern: '^(?:\\s*(?:https?|mailto):|(?!\\s*[A-Za-z][A-Za-z0-9+.-]*:))',
  },
  text: {
    description:
      'A text, or texts keyed by BCP 47 language tag: { "en": "Khoy", "fa": "خوی", "az": "Xoy", "az-Arab": "خوی" }. ' +
      '"az" is Azerbaijani in Latin letters; "az-Arab" (or "azb") Azerbaijani in the Perso-Arabic script, as in Iran. ' +
      'A reader gets its language, else the same language in another form, else English; a reader of az-Arab, az-IR ' +
      'or azb gets az-Arab, else Persian (the same script), else English, never the Latin-script "az" text.',
  },
};

/** The JSON Schema document for `DatasetSchema` (from src/data/schema.ts). */
export function datasetJsonSchema(DatasetSchema) {
  const schema = toJsonSchema(DatasetSchema, {
    typeMode: 'input',
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      // JSON has no NaN or Infinity: every JSON number is finite.
      if (valibotAction.type === 'finite') return jsonSchema;
      if (valibotAction.type !== 'check') return undefined;
      const extra = actions[valibotAction.message];
      if (!extra) throw new Error(`No JSON Schema form for the check "${valibotAction.message}"`);
      return { ...jsonSchema, ...extra };
    },
  });
  return {
    $schema: schema.$schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:twin-city-elements:dataset:1',
    title: 'twin-city-elements dataset, version 1',
    description: 'A sister-city relationship: cities, places, people, organisations, agreements, timeline events and sources.',
    ...schema,
  };
}
