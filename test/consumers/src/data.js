// README, "For developers: npm": the data layer, no element. The dataset is the README's "small but complete" example.
import { validateDataset } from 'twin-city-elements/data.js';

const dataset = {
  version: 1,
  id: 'lakeside-hilltown',
  cities: [
    { id: 'lakeside', name: { en: 'Lakeside', tr: 'Gölkıyı' }, country: 'TR', location: { lat: 38.4, lon: 27.1 } },
    { id: 'hilltown', name: { en: 'Hilltown', fa: 'تپه‌شهر' }, country: 'IR', location: { lat: 35.7, lon: 51.4 } },
  ],
  people: [{ id: 'mayor-a', name: 'A. Example', city: 'lakeside', title: { en: 'Mayor of Lakeside' } }],
  agreements: [
    {
      id: 'mou-2024', kind: 'memorandum-of-understanding', status: 'signed',
      title: { en: 'Lakeside–Hilltown memorandum' }, date: '2024-05-02', place: 'lakeside',
      parties: ['lakeside', 'hilltown'], participants: [{ person: 'mayor-a', role: 'signatory' }],
      areas: [{ id: 'culture', label: { en: 'Culture' } }], sources: ['minutes'],
    },
  ],
  events: [{ id: 'signing', date: '2024-05-02', kind: 'agreement', title: 'The memorandum is signed', places: ['lakeside'], sources: ['minutes'] }],
  sources: [{ id: 'minutes', title: 'Council minutes', url: 'https://example.org/minutes' }],
};
const wrong = validateDataset({ ...dataset, events: [{ ...dataset.events[0], date: '2025-13-40' }] });
window.twinConsumer = {
  valid: validateDataset(dataset).ok,
  wrong: wrong.ok ? [] : wrong.issues.map((issue) => issue.path),
};
