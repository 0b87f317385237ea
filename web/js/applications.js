// The applications table: sort, filter by status or tag, search by company, paging, inline edit (tags and
// notes too), add by hand, delete with confirm, the source email in Gmail, the needs-review flag, the
// "To review" list, merging the selected rows and "Sync sheet now".
import { addForm } from "./add_application.js";
import { api } from "./api.js";
import { confirmDialog } from "./dialog.js";
import { GMAIL, STATUSES, h, notice, replace, safeUrl, shortDate, statusBadge, statusSelect } from "./dom.js";
import { fetchPanel } from "./fetch.js";
import { mergeSelection } from "./merge.js";
import { reviewPanel } from "./review.js";
import { syncSheetButton } from "./sync_sheet.js";

const PAGE_SIZE = 20;
const COLUMNS = [
  { key: "select", label: "Select" },
  { key: "company", label: "Company", sort: "company" },
  { key: "job_title", label: "Job title" },
  { key: "status", label: "Status", sort: "status" },
  { key: "applied_at", label: "Applied", sort: "applied_at" },
  { key: "updated_at", label: "Last update", sort: "updated_at" },
  { key: "actions", label: "Actions" },
];

const ORDERINGS = [
  ["-updated_at", "Last update, newest first"],
  ["updated_at", "Last update, oldest first"],
  ["-applied_at", "Applied, newest first"],
  ["applied_at", "Applied, oldest first"],
  ["company", "Company, A to Z"],
  ["-company", "Company, Z to A"],
  ["status", "Status, applied to offer"],
  ["-status", "Status, offer to applied"],
];

export function applicationsView(app) {
  const query = { page: 1, ordering: "-updated_at", status: "", company: "", tag: "" };
  const results = h("div", { class: "results" }, notice("loading", "Loading your applications…"));
  const liveMessage = h("div", { class: "message", role: "status", "aria-live": "polite" });

  let latest = 0; // answers can arrive out of order (a search, then a sort): only the last one is shown

  let shown = ""; // the page of results on screen, to tell whether a sheet sync changed it

  function listPath() {
    const params = new URLSearchParams({ page: query.page, page_size: PAGE_SIZE, ordering: query.ordering });
    if (query.status) params.set("status", query.status);
    if (query.company) params.set("company", query.company);
    if (query.tag) params.set("tag", query.tag);
    return `jobs/?${params}`;
  }

  /** Show the table again if its page changed since it was shown (a sheet sync landed); true if so. */
  async function reloadIfChanged() {
    const page = await api.get(listPath());
    if (JSON.stringify(page.results) === shown) return false;
    await load();
    return true;
  }

  async function load() {
    const request = ++latest;
    merging.clear();
    results.setAttribute("aria-busy", "true");
    try {
      const page = await api.get(listPath());
      if (request !== latest) return;
      shown = JSON.stringify(page.results);
      replace(results, table(page));
      review.reload(); // after the table (the list to review is secondary): a fetch or an edit may change it
    } catch (error) {
      if (request !== latest) return;
      if (error.status === 404 && query.page > 1) {
        query.page -= 1; // the last page emptied (a delete): show the one before
        return load();
      }
      replace(results, notice("error", `Could not load your applications: ${error.message}`), h("button", { type: "button", class: "button", onclick: load }, "Try again"));
    } finally {
      results.removeAttribute("aria-busy");
    }
  }

  function sortButton(column) {
    const active = query.ordering.replace(/^-/, "") === column.sort;
    const descending = query.ordering.startsWith("-");
    return h(
      "button",
      {
        type: "button",
        class: "sort",
        onclick: () => {
          query.ordering = active && !descending ? `-${column.sort}` : column.sort;
          sortSelect.value = query.ordering;
          query.page = 1;
          load();
        },
      },
      column.label,
      h("span", { "aria-hidden": "true" }, active ? (descending ? " ▼" : " ▲") : ""),
    );
  }

  function header() {
    return h(
      "thead",
      {},
      h(
        "tr",
        {},
        COLUMNS.map((column) => {
          const active = column.sort && query.ordering.replace(/^-/, "") === column.sort;
          const sort = active ? (query.ordering.startsWith("-") ? "descending" : "ascending") : undefined;
          return h("th", { scope: "col", "aria-sort": sort, class: `col-${column.key}` }, column.sort ? sortButton(column) : column.label);
        }),
      ),
    );
  }

  function table(page) {
    if (page.count === 0) {
      const filtered = query.status || query.company || query.tag;
      return notice(
        "empty",
        filtered ? "No applications match these filters." : "No applications yet. Press “Fetch now” to read your mail, or add one by hand.",
      );
    }
    const pages = Math.max(1, Math.ceil(page.count / PAGE_SIZE));
    return h(
      "div",
      {},
      h(
        "div",
        { class: "table-wrap" },
        h("table", { class: "applications", id: "applications" }, h("caption", { class: "visually-hidden" }, "Your applications"), header(), h("tbody", {}, page.results.map(row))),
      ),
      h(
        "nav",
        { class: "pager", "aria-label": "Pages" },
        h("button", { type: "button", class: "button", id: "previous-page", disabled: query.page <= 1, onclick: () => { query.page -= 1; load(); } }, "Previous"),
        h("span", { id: "page-info" }, `Page ${query.page} of ${pages} · ${page.count} applications`),
        h("button", { type: "button", class: "button", id: "next-page", disabled: !page.next, onclick: () => { query.page += 1; load(); } }, "Next"),
      ),
    );
  }

  function row(job) {
    const link = safeUrl(job.email_link, [GMAIL]);
    const tr = h(
      "tr",
      { dataset: { id: job.id } },
      h("td", { class: "col-select" }, merging.checkbox(job)),
      h(
        "td",
        { class: "col-company", "data-label": "Company" },
        h("span", { class: "company" }, job.company),
        job.needs_review ? h("span", { class: "flag", title: "Needs review" }, h("span", { "aria-hidden": "true" }, "⚑ "), "Review: ", job.needs_review) : null,
        job.tags.length ? h("ul", { class: "tags", "aria-label": "Tags" }, job.tags.map((tag) => h("li", {}, h("button", { type: "button", class: "tag", onclick: () => filterByTag(tag) }, tag, h("span", { class: "visually-hidden" }, ": show only this tag"))))) : null,
        job.notes ? h("p", { class: "notes muted" }, job.notes) : null,
      ),
      h("td", { class: "col-job_title", "data-label": "Job title" }, job.job_title || h("span", { class: "muted" }, "—")),
      h("td", { class: "col-status", "data-label": "Status" }, statusBadge(job.status), job.ghosting ? h("span", { class: "ghosting" }, job.ghosting.label) : null),
      h("td", { "data-label": "Applied" }, shortDate(job.applied_at)),
      h("td", { "data-label": "Last update" }, shortDate(job.updated_at)),
      h(
        "td",
        { class: "col-actions actions" },
        h("a", { href: `#/jobs/${encodeURIComponent(job.id)}`, class: "button small" }, "Timeline", h("span", { class: "visually-hidden" }, ` of ${job.company}`)),
        link ? h("a", { href: link, class: "button small", target: "_blank", rel: "noopener noreferrer" }, "Email", h("span", { class: "visually-hidden" }, ` from ${job.company} in Gmail`)) : null,
        h("button", { type: "button", class: "button small edit", onclick: () => edit(tr, job) }, "Edit", h("span", { class: "visually-hidden" }, ` ${job.company}`)),
        h("button", { type: "button", class: "button small danger delete", onclick: () => remove(job) }, "Delete", h("span", { class: "visually-hidden" }, ` ${job.company}`)),
      ),
    );
    return tr;
  }

  function edit(tr, job) {
    const id = `edit-${job.id}`;
    const company = h("input", { id: `${id}-company`, name: "company", value: job.company, required: true, maxlength: 200, "aria-label": "Company" });
    const title = h("input", { id: `${id}-title`, name: "job_title", value: job.job_title, maxlength: 200, "aria-label": "Job title" });
    const status = statusSelect(`${id}-status`, job.status, "Status");
    const tags = h("input", { id: `${id}-tags`, name: "tags", value: job.tags.join(", "), "aria-label": "Tags, separated by commas", placeholder: "Tags, separated by commas" });
    const notes = h("textarea", { id: `${id}-notes`, name: "notes", maxlength: 2000, rows: 2, "aria-label": "Notes", placeholder: "Notes" }, job.notes);
    const error = h("div", { class: "message" });
    const form = h(
      "form",
      {
        class: "edit-form",
        id: `${id}-form`,
        onsubmit: async (event) => {
          event.preventDefault();
          const changes = {};
          if (company.value.trim() !== job.company) changes.company = company.value.trim();
          if (title.value.trim() !== job.job_title && title.value.trim()) changes.job_title = title.value.trim();
          if (status.value !== job.status) changes.status = status.value;
          const newTags = tags.value.split(",").map((tag) => tag.trim()).filter(Boolean);
          if (newTags.join(", ").toLowerCase() !== job.tags.join(", ")) changes.tags = newTags;
          if (notes.value.trim() !== job.notes) changes.notes = notes.value;
          if (!Object.keys(changes).length) return load();
          try {
            await api.patch(`jobs/${encodeURIComponent(job.id)}/`, changes);
            replace(liveMessage, notice("success", `Saved ${changes.company || job.company}.`));
            load();
          } catch (problem) {
            replace(error, notice("error", `Not saved: ${problem.message}`));
          }
        },
      },
      h("div", { class: "edit-fields" }, company, title, status),
      h("div", { class: "edit-fields" }, tags, notes),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button small primary" }, "Save"), h("button", { type: "button", class: "button small", onclick: load }, "Cancel")),
      error,
    );
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") load(); // cancel, as the Cancel button does
    });
    replace(tr, h("td", { colspan: COLUMNS.length }, form));
    company.focus();
  }

  async function remove(job) {
    const confirmed = await confirmDialog(
      `Delete ${job.company}?`,
      `The application “${job.job_title || "untitled"}” at ${job.company} and its timeline are deleted here and its row is cleared from your sheet. Your emails stay in Gmail.`,
      "Delete",
    );
    if (!confirmed) return;
    try {
      await api.delete(`jobs/${encodeURIComponent(job.id)}/`);
      replace(liveMessage, notice("success", `Deleted ${job.company}.`));
      load();
    } catch (error) {
      replace(liveMessage, notice("error", `Not deleted: ${error.message}`));
    }
  }

  const search = h("input", { id: "search", type: "search", name: "company", placeholder: "Company name", autocomplete: "off" });
  let searchTimer = null;
  search.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      query.company = search.value.trim();
      query.page = 1;
      load();
    }, 250);
  });
  const statusFilter = h(
    "select",
    { id: "status-filter", name: "status" },
    h("option", { value: "" }, "All statuses"),
    STATUSES.map((status) => h("option", { value: status }, status)),
  );
  statusFilter.addEventListener("change", () => {
    query.status = statusFilter.value;
    query.page = 1;
    load();
  });

  const tagFilter = h("input", { id: "tag-filter", type: "search", name: "tag", placeholder: "Any tag", autocomplete: "off" });
  let tagTimer = null;
  tagFilter.addEventListener("input", () => {
    clearTimeout(tagTimer);
    tagTimer = setTimeout(() => filterByTag(tagFilter.value.trim()), 250);
  });
  function filterByTag(tag) {
    tagFilter.value = tag;
    query.tag = tag.toLowerCase();
    query.page = 1;
    load();
  }

  // The same orderings as the column headers, for phones (where the table is cards, without headers).
  const sortSelect = h(
    "select",
    { id: "sort", name: "ordering" },
    ORDERINGS.map(([value, label]) => h("option", { value, selected: value === query.ordering }, label)),
  );
  sortSelect.addEventListener("change", () => {
    query.ordering = sortSelect.value;
    query.page = 1;
    load();
  });

  const review = reviewPanel(load, liveMessage);
  const merging = mergeSelection(() => {
    load();
    review.reload();
  }, liveMessage);

  const view = h(
    "section",
    { class: "applications-view" },
    h(
      "div",
      { class: "title-row" },
      h("h1", {}, "Applications"),
      h("div", { class: "title-actions" }, app.user.sheet_id ? syncSheetButton(reloadIfChanged, liveMessage) : null, fetchPanel(load)),
    ),
    h(
      "div",
      { class: "filters", role: "search" },
      h("div", { class: "field" }, h("label", { for: "search" }, "Search"), search),
      h("div", { class: "field" }, h("label", { for: "status-filter" }, "Status"), statusFilter),
      h("div", { class: "field" }, h("label", { for: "tag-filter" }, "Tag"), tagFilter),
      h("div", { class: "field" }, h("label", { for: "sort" }, "Sort by"), sortSelect),
    ),
    addForm(load, liveMessage),
    review.panel,
    liveMessage,
    merging.toolbar,
    results,
  );
  load();
  return view;
}
