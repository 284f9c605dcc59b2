// TimelineJS3 on the municipal page, in the place of our timeline: the default dataset's 16 events, inline in the
// page (bench/lighthouse.mjs writes them in TimelineJS3's format), in Persian, with no web font (its default font
// is a Google Fonts style sheet) and every file from the page's own server.
const events = JSON.parse(document.getElementById('peer-events').textContent);
new window.TL.Timeline('peer-timeline', events, {
  language: 'fa',
  font: null,
  script_path: new URL('/assets/timelinejs/js/', location.href).href,
  hash_bookmark: false,
});
