// vis-timeline on the municipal page, in the place of our timeline: the default dataset's 16 events, inline in the
// page (bench/lighthouse.mjs writes them as vis-timeline items), right to left.
const items = JSON.parse(document.getElementById('peer-events').textContent);
new window.vis.Timeline(document.getElementById('peer-timeline'), new window.vis.DataSet(items), { rtl: true });
