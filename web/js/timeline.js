// One application's timeline: every email recorded for it (each linked to Gmail) and every change made
// by hand, in the app or in the sheet, oldest first.
import { api } from "./api.js";
import { GMAIL, h, notice, replace, safeUrl, shortDate, statusBadge } from "./dom.js";

export function timelineView(jobId) {
  const heading = h("h1", {}, "Timeline");
  const body = h("div", {}, notice("loading", "Loading the timeline…"));
  const view = h("section", { class: "timeline-view" }, h("p", {}, h("a", { href: "#/" }, "← All applications")), heading, body);
  load();
  return view;

  async function load() {
    try {
      const id = encodeURIComponent(jobId);
      const [job, events] = await Promise.all([api.get(`jobs/${id}/`), api.get(`jobs/${id}/events/`)]);
      replace(heading, job.company);
      replace(
        body,
        h(
          "p",
          { class: "job-summary" },
          job.job_title || "Untitled role",
          " · ",
          statusBadge(job.status),
          job.applied_at ? ` · applied ${shortDate(job.applied_at)}` : "",
        ),
        job.needs_review ? notice("info", h("strong", {}, "Needs review: "), job.needs_review) : null,
        events.count === 0
          ? notice("empty", "No emails recorded for this application (it was added by hand).")
          : h("ol", { class: "timeline", id: "timeline" }, events.results.map(event)),
      );
    } catch (error) {
      replace(body, notice("error", error.status === 404 ? "This application does not exist (it may have been deleted)." : `Could not load the timeline: ${error.message}`));
    }
  }
}

function event(item) {
  if (item.kind === "manual_edit") {
    return h(
      "li",
      { class: "manual-edit" },
      h("div", { class: "when" }, h("time", { datetime: item.received_at || "" }, shortDate(item.received_at)), " ", item.status ? statusBadge(item.status) : null),
      h("div", { class: "subject" }, item.subject),
    );
  }
  const link = safeUrl(item.email_link, [GMAIL]);
  return h(
    "li",
    {},
    h("div", { class: "when" }, h("time", { datetime: item.received_at || "" }, shortDate(item.received_at)), " ", statusBadge(item.status)),
    h("div", { class: "subject" }, item.subject || "(no subject)"),
    h("div", { class: "muted sender" }, "From ", item.sender),
    link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, "Open in Gmail") : null,
  );
}
