// One application's timeline: every email recorded for it (each linked to Gmail) and every change made
// by hand, in the app or in the sheet, oldest first; the ticked emails can be split out into an
// application of their own (and the split undone).
import { api } from "./api.js";
import { GMAIL, h, notice, replace, safeUrl, shortDate, statusBadge } from "./dom.js";
import { undoNotice } from "./undo.js";

export function timelineView(jobId) {
  const heading = h("h1", {}, "Timeline");
  const body = h("div", {}, notice("loading", "Loading the timeline…"));
  const message = h("div", { class: "message", role: "status", "aria-live": "polite" });
  const view = h("section", { class: "timeline-view" }, h("p", {}, h("a", { href: "#/" }, "← All applications")), heading, message, body);
  load();
  return view;

  function splitter(events) {
    const chosen = new Set();
    const button = h("button", { type: "button", class: "button", id: "split-selected", disabled: true, onclick: split }, "Split into a new application");
    const hint = h("span", { class: "muted" }, "Tick the emails that belong to another application.");

    function checkbox(item) {
      const box = h("input", { type: "checkbox", class: "select", "aria-label": `Select the email “${item.subject || "no subject"}”` });
      box.addEventListener("change", () => {
        if (box.checked) chosen.add(item.message_id);
        else chosen.delete(item.message_id);
        button.disabled = chosen.size === 0 || chosen.size === events.length;
      });
      return box;
    }

    async function split() {
      try {
        const result = await api.post(`jobs/${encodeURIComponent(jobId)}/split/`, { message_ids: [...chosen] });
        const moved = chosen.size === 1 ? "1 email" : `${chosen.size} emails`;
        undoNotice(message, `Moved ${moved} to a new application, “${result.new_job.job_title || "untitled"}” at ${result.new_job.company}.`, result.undo_token, load);
        load();
      } catch (error) {
        replace(message, notice("error", `Not split: ${error.message}`));
      }
    }

    return { checkbox, bar: events.length > 1 ? h("div", { class: "merge-bar" }, button, hint) : null };
  }

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
        job.ghosting ? notice("info", h("strong", {}, "Ghosted? "), job.ghosting.label) : null,
        ...timeline(events.results),
      );
    } catch (error) {
      replace(body, notice("error", error.status === 404 ? "This application does not exist (it may have been deleted)." : `Could not load the timeline: ${error.message}`));
    }
  }

  function timeline(items) {
    if (items.length === 0) return [notice("empty", "No emails recorded for this application (it was added by hand).")];
    const emails = items.filter((item) => item.kind !== "manual_edit");
    const split = splitter(emails);
    const box = (item) => (emails.length > 1 && item.kind !== "manual_edit" ? split.checkbox(item) : null);
    return [split.bar, h("ol", { class: "timeline", id: "timeline" }, items.map((item) => event(item, box(item))))];
  }
}

function event(item, checkbox) {
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
    h("div", { class: "when" }, checkbox, checkbox ? " " : null, h("time", { datetime: item.received_at || "" }, shortDate(item.received_at)), " ", statusBadge(item.status)),
    h("div", { class: "subject" }, item.subject || "(no subject)"),
    h("div", { class: "muted sender" }, "From ", item.sender),
    link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, "Open in Gmail") : null,
  );
}
