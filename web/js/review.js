// "To review": the records the tracker is unsure of, each beside its email (subject, sender, date,
// Gmail link), with Confirm (it is right) and Fix (correct company, title or status).
import { api } from "./api.js";
import { GMAIL, h, notice, replace, safeUrl, shortDate, statusBadge, statusSelect } from "./dom.js";

/** The panel (hidden while nothing needs review) and `reload`, which the table calls once it has loaded. */
export function reviewPanel(onChange, liveMessage) {
  const panel = h("section", { class: "review card", id: "review", "aria-labelledby": "review-title", hidden: true });

  let latest = 0; // only the last answer is shown (the table asks again after each load)

  async function load() {
    const request = ++latest;
    let page;
    try {
      page = await api.get("jobs/?needs_review=true&page_size=20");
    } catch (error) {
      if (request !== latest) return;
      panel.hidden = false;
      replace(panel, notice("error", `Could not load the records to review: ${error.message}`));
      return;
    }
    const items = await Promise.all(page.results.map(withEmail));
    if (request !== latest) return;
    panel.hidden = page.count === 0;
    if (page.count === 0) return replace(panel);
    replace(
      panel,
      h("h2", { id: "review-title" }, `To review (${page.count})`),
      h("p", { class: "muted" }, "The tracker is unsure of these records. Check each against its email."),
      h("ul", { class: "review-list" }, items.map(item)),
    );
  }

  async function withEmail(job) {
    try {
      const events = await api.get(`jobs/${encodeURIComponent(job.id)}/events/`);
      const emails = events.results.filter((item) => item.kind !== "manual_edit");
      return { job, email: emails[emails.length - 1] || null };
    } catch {
      return { job, email: null };
    }
  }

  function item({ job, email }) {
    const li = h("li", { class: "review-item", dataset: { id: job.id } });
    const link = email && safeUrl(email.email_link, [GMAIL]);
    const record = h(
      "div",
      { class: "review-record" },
      h("strong", { class: "company" }, job.company),
      " · ",
      job.job_title || h("span", { class: "muted" }, "no title"),
      " · ",
      statusBadge(job.status),
      h("span", { class: "review-reason" }, h("span", { "aria-hidden": "true" }, "⚑ "), job.needs_review),
    );
    const mail = email
      ? h(
          "div",
          { class: "review-email" },
          h("div", { class: "subject" }, email.subject || "(no subject)"),
          h("div", { class: "muted sender" }, "From ", email.sender, " · ", h("time", { datetime: email.received_at || "" }, shortDate(email.received_at))),
          link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, "Open in Gmail", h("span", { class: "visually-hidden" }, ` (${job.company})`)) : null,
        )
      : h("div", { class: "review-email muted" }, "No email (added by hand).");
    const buttons = h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "button small primary", onclick: () => confirm(job) }, "Confirm", h("span", { class: "visually-hidden" }, ` ${job.company}`)),
      h("button", { type: "button", class: "button small", onclick: () => fix(li, job) }, "Fix", h("span", { class: "visually-hidden" }, ` ${job.company}`)),
    );
    replace(li, h("div", { class: "review-pair" }, record, mail), buttons);
    return li;
  }

  async function confirm(job) {
    try {
      await api.post(`jobs/${encodeURIComponent(job.id)}/confirm/`);
      replace(liveMessage, notice("success", `Confirmed ${job.company}.`));
      changed();
    } catch (error) {
      replace(liveMessage, notice("error", `Not confirmed: ${error.message}`));
    }
  }

  function fix(li, job) {
    const id = `fix-${job.id}`;
    const company = h("input", { id: `${id}-company`, value: job.company, maxlength: 200, required: true, "aria-label": "Company" });
    const title = h("input", { id: `${id}-title`, value: job.job_title, maxlength: 200, "aria-label": "Job title" });
    const status = statusSelect(`${id}-status`, job.status, "Status");
    const error = h("div", { class: "message" });
    const form = h(
      "form",
      {
        class: "fix-form",
        onsubmit: async (event) => {
          event.preventDefault();
          const changes = {};
          if (company.value.trim() && company.value.trim() !== job.company) changes.company = company.value.trim();
          if (title.value.trim() && title.value.trim() !== job.job_title) changes.job_title = title.value.trim();
          if (status.value !== job.status) changes.status = status.value;
          if (!Object.keys(changes).length) return confirm(job);
          try {
            await api.post(`jobs/${encodeURIComponent(job.id)}/fix/`, changes);
            replace(liveMessage, notice("success", `Fixed ${changes.company || job.company}.`));
            changed();
          } catch (problem) {
            replace(error, notice("error", `Not fixed: ${problem.message}`));
          }
        },
      },
      h("div", { class: "edit-fields" }, company, title, status),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button small primary" }, "Save fix"), h("button", { type: "button", class: "button small", onclick: load }, "Cancel")),
      error,
    );
    replace(li, form);
    company.focus();
  }

  function changed() {
    load();
    onChange();
  }

  return { panel, reload: load };
}
