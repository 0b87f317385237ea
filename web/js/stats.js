// Stats with hand-drawn SVG charts (smaller than any charting library): the funnel, applications per
// week and the response rate. Every chart has its numbers as text too.
import { api } from "./api.js";
import { h, notice, replace, s } from "./dom.js";

const FUNNEL = ["applied", "assessment", "interview", "offer"];

export function statsView() {
  const body = h("div", {}, notice("loading", "Loading your numbers…"));
  const view = h("section", { class: "stats-view" }, h("h1", {}, "Stats"), body);
  api
    .get("stats/")
    .then((stats) => replace(body, stats.total ? content(stats) : notice("empty", "No applications yet: the numbers appear after your first fetch.")))
    .catch((error) => replace(body, notice("error", `Could not load the stats: ${error.message}`)));
  return view;
}

function content(stats) {
  const rate = stats.response_rate === null ? "—" : `${Math.round(stats.response_rate * 100)}%`;
  const median = stats.median_days_to_first_response;
  return [
    h(
      "div",
      { class: "tiles" },
      tile("Applications", String(stats.total)),
      tile("Response rate", rate, "heard back at all"),
      tile("Days to first reply", median === null ? "—" : String(median), "median"),
      tile("Offers", String(stats.by_status.offer || 0)),
    ),
    h("div", { class: "charts" },
      h("figure", { class: "card chart" }, h("figcaption", {}, h("h2", {}, "How far applications got")), funnel(stats.by_status)),
      h("figure", { class: "card chart" }, h("figcaption", {}, h("h2", {}, "Applications per week")), weeks(stats.applications_per_week)),
    ),
  ];
}

function tile(label, value, note) {
  return h("div", { class: "tile card" }, h("div", { class: "value" }, value), h("div", { class: "label" }, label), note ? h("div", { class: "muted" }, note) : null);
}

/** Reached a stage = is at it or past it now (rejected and withdrawn count as applied only). */
function funnel(byStatus) {
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const reached = FUNNEL.map((stage, index) => [stage, index === 0 ? total : FUNNEL.slice(index).reduce((sum, later) => sum + (byStatus[later] || 0), 0)]);
  const width = 320;
  const rowHeight = 34;
  const svg = s("svg", { viewBox: `0 0 ${width} ${rowHeight * FUNNEL.length}`, role: "img", "aria-labelledby": "funnel-desc", class: "funnel" });
  svg.append(s("desc", { id: "funnel-desc" }, reached.map(([stage, n]) => `${stage}: ${n}`).join(", ")));
  reached.forEach(([stage, count], index) => {
    const barWidth = total ? Math.max(2, (count / total) * (width - 120)) : 2;
    const y = index * rowHeight;
    svg.append(
      s("text", { x: 0, y: y + 21, class: "axis" }, stage),
      s("rect", { x: 90, y: y + 6, width: barWidth, height: rowHeight - 12, rx: 3, class: `bar status-${stage}` }, s("title", {}, `${stage}: ${count}`)),
      s("text", { x: 96 + barWidth, y: y + 21, class: "count" }, String(count)),
    );
  });
  return [svg, dataTable(["Stage", "Applications"], reached)];
}

/** "2026-W05" -> the Monday that starts that ISO week (UTC). */
function mondayOf(label) {
  const [year, week] = label.split("-W").map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86400000 + (week - 1) * 7 * 86400000);
}

function isoWeek(date) {
  const thursday = new Date(date.getTime() + (4 - (date.getUTCDay() || 7)) * 86400000);
  const week = Math.ceil(((thursday - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Every week from the first to the last, quiet weeks as 0 (the API lists only weeks with applications). */
function everyWeek(perWeek) {
  const labels = Object.keys(perWeek).sort();
  if (!labels.length) return [];
  const last = mondayOf(labels[labels.length - 1]).getTime();
  const entries = [];
  for (let monday = mondayOf(labels[0]).getTime(); monday <= last && entries.length < 156; monday += 7 * 86400000) {
    const label = isoWeek(new Date(monday));
    entries.push([label, perWeek[label] || 0]);
  }
  return entries;
}

function weeks(perWeek) {
  const entries = everyWeek(perWeek);
  if (!entries.length) return notice("empty", "No application dates yet.");
  const max = Math.max(...entries.map(([, n]) => n));
  const height = 140;
  const barWidth = Math.max(6, Math.min(28, 600 / entries.length - 4));
  const width = entries.length * (barWidth + 4) + 30;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height + 20}`, role: "img", "aria-labelledby": "weeks-desc", class: "weeks" });
  svg.append(s("desc", { id: "weeks-desc" }, `Applications per ISO week, most in one week: ${max}`));
  svg.append(s("text", { x: 0, y: 12, class: "axis" }, String(max)), s("text", { x: 0, y: height, class: "axis" }, "0"));
  entries.forEach(([week, count], index) => {
    const barHeight = Math.max(1, (count / max) * (height - 20));
    const x = 30 + index * (barWidth + 4);
    svg.append(s("rect", { x, y: height - barHeight, width: barWidth, height: barHeight, class: "bar week" }, s("title", {}, `${week}: ${count}`)));
  });
  svg.append(s("text", { x: 30, y: height + 16, class: "axis" }, entries[0][0]), s("text", { x: width, y: height + 16, class: "axis end" }, entries[entries.length - 1][0]));
  return [svg, dataTable(["Week", "Applications"], entries)];
}

function dataTable(headings, rows) {
  return h(
    "details",
    { class: "data" },
    h("summary", {}, "Show the numbers"),
    h("table", {}, h("thead", {}, h("tr", {}, headings.map((text) => h("th", { scope: "col" }, text)))), h("tbody", {}, rows.map(([a, b]) => h("tr", {}, h("td", {}, a), h("td", {}, String(b)))))),
  );
}
