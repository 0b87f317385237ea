// Stats with hand-drawn SVG charts (smaller than any charting library): the funnel with its
// conversions, applications per week, replies by channel, and the ghosted applications. Every chart
// has its numbers as text too. All figures come from GET /stats/ (tracker/stats.py).
import { api } from "./api.js";
import { h, notice, replace, s, shortDate, statusBadge } from "./dom.js";

export function statsView() {
  const body = h("div", {}, notice("loading", "Loading your numbers…"));
  const view = h("section", { class: "stats-view" }, h("h1", {}, "Stats"), body);
  api
    .get("stats/")
    .then((stats) => replace(body, stats.total ? content(stats) : notice("empty", "No applications yet: the numbers appear after your first fetch.")))
    .catch((error) => replace(body, notice("error", `Could not load the stats: ${error.message}`)));
  return view;
}

const percent = (share) => (share === null || share === undefined ? "—" : `${Math.round(share * 100)}%`);
const days = (value) => (value === null || value === undefined ? "—" : String(value));

function content(stats) {
  const reply = stats.days_to_first_reply;
  const rejection = stats.days_to_rejection;
  return [
    h(
      "div",
      { class: "tiles" },
      tile("Applications", String(stats.total)),
      tile("Response rate", percent(stats.response_rate), "heard back at all"),
      tile("Days to first reply", days(reply.median), `median; 90% within ${days(reply.p90)}`),
      tile("Days to a rejection", days(rejection.median), `median; 90% within ${days(rejection.p90)}`),
      tile("Ghosted", String(stats.ghosted.count), `no reply for ${stats.ghosted.after_days}+ days`),
      tile("Offers", String(stats.by_status.offer || 0)),
    ),
    h("div", { class: "charts" },
      h("figure", { class: "card chart" }, h("figcaption", {}, h("h2", {}, "How far applications got")), funnel(stats.funnel)),
      h("figure", { class: "card chart" }, h("figcaption", {}, h("h2", {}, "Applications per week")), weeks(stats.applications_per_week)),
      h("figure", { class: "card chart" }, h("figcaption", {}, h("h2", {}, "Where applications went")), channels(stats.by_channel)),
    ),
    ghostedList(stats.ghosted),
    employers(stats.by_employer),
  ];
}

function tile(label, value, note) {
  return h("div", { class: "tile card" }, h("div", { class: "value" }, value), h("div", { class: "label" }, label), note ? h("div", { class: "muted" }, note) : null);
}

/** Reached a stage = got at least that far (a later rejection does not undo an interview). */
function funnel(stages) {
  const total = stages[0].reached;
  const width = 360;
  const rowHeight = 34;
  const svg = s("svg", { viewBox: `0 0 ${width} ${rowHeight * stages.length}`, role: "img", "aria-labelledby": "funnel-desc", class: "funnel" });
  svg.append(s("desc", { id: "funnel-desc" }, stages.map((x) => `${x.stage}: ${x.reached}`).join(", ")));
  stages.forEach(({ stage, reached, conversion }, index) => {
    const barWidth = total ? Math.max(2, (reached / total) * (width - 170)) : 2;
    const y = index * rowHeight;
    svg.append(
      s("text", { x: 0, y: y + 21, class: "axis" }, stage),
      s("rect", { x: 90, y: y + 6, width: barWidth, height: rowHeight - 12, rx: 3, class: `bar status-${stage}` }, s("title", {}, `${stage}: ${reached}`)),
      s("text", { x: 96 + barWidth, y: y + 21, class: "count" }, conversion === null ? String(reached) : `${reached} (${percent(conversion)})`),
    );
  });
  return [svg, dataTable(["Stage", "Applications", "Of the stage before"], stages.map((x) => [x.stage, x.reached, percent(x.conversion)]))];
}

function channels(rows) {
  if (!rows.length) return notice("empty", "No channels yet.");
  const shown = rows.slice(0, 8);
  const max = Math.max(...shown.map((row) => row.applications));
  const width = 360;
  const rowHeight = 28;
  const svg = s("svg", { viewBox: `0 0 ${width} ${rowHeight * shown.length}`, role: "img", "aria-labelledby": "channels-desc", class: "channels" });
  svg.append(s("desc", { id: "channels-desc" }, shown.map((row) => `${row.name}: ${row.applications} applications, ${row.replied} replied`).join("; ")));
  shown.forEach((row, index) => {
    const y = index * rowHeight;
    const full = Math.max(2, (row.applications / max) * (width - 190));
    const replied = (row.replied / max) * (width - 190);
    svg.append(
      s("text", { x: 0, y: y + 18, class: "axis" }, row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name),
      s("rect", { x: 120, y: y + 5, width: full, height: rowHeight - 10, rx: 3, class: "bar channel" }, s("title", {}, `${row.name}: ${row.applications}`)),
      s("rect", { x: 120, y: y + 5, width: replied, height: rowHeight - 10, rx: 3, class: "bar replied" }, s("title", {}, `${row.name}: ${row.replied} replied`)),
      s("text", { x: 126 + full, y: y + 18, class: "count" }, `${row.replied}/${row.applications}`),
    );
  });
  return [svg, dataTable(["Channel", "Applications", "Replied", "Interviews", "Ghosted"], rows.map((row) => [row.name, row.applications, row.replied, row.interviews, row.ghosted]))];
}

function ghostedList(ghosted) {
  const heading = h("h2", { id: "ghosted-title" }, `Ghosted: no reply for ${ghosted.after_days} days or more`);
  if (!ghosted.count) return h("section", { class: "card ghosted-list", "aria-labelledby": "ghosted-title" }, heading, notice("empty", "Nobody has gone quiet on you."));
  return h(
    "section",
    { class: "card ghosted-list", "aria-labelledby": "ghosted-title" },
    heading,
    h(
      "ul",
      { id: "ghosted" },
      ghosted.applications.map((item) =>
        h(
          "li",
          {},
          h("a", { href: `#/jobs/${encodeURIComponent(item.id)}` }, item.company),
          item.job_title ? ` · ${item.job_title}` : "",
          " ",
          statusBadge(item.status),
          h("span", { class: "ghosting" }, ` ${item.label}`),
          h("span", { class: "muted" }, ` (last email ${shortDate(item.last_email_at)})`),
        ),
      ),
    ),
  );
}

function employers(rows) {
  return h(
    "section",
    { class: "card", "aria-labelledby": "employers-title" },
    h("h2", { id: "employers-title" }, "By employer"),
    h(
      "div",
      { class: "table-scroll", tabindex: "0", role: "region", "aria-labelledby": "employers-title" },
      h(
        "table",
        { class: "compact", id: "by-employer" },
        h("thead", {}, h("tr", {}, ["Employer", "Applications", "Replied", "Interviews", "Offers", "Rejections", "Ghosted"].map((text) => h("th", { scope: "col" }, text)))),
        h("tbody", {}, rows.slice(0, 50).map((row) => h("tr", {}, h("th", { scope: "row" }, row.name), [row.applications, row.replied, row.interviews, row.offers, row.rejections, row.ghosted].map((n) => h("td", {}, String(n)))))),
      ),
    ),
  );
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
    h("table", {}, h("thead", {}, h("tr", {}, headings.map((text) => h("th", { scope: "col" }, text)))), h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((cell) => h("td", {}, String(cell))))))),
  );
}
