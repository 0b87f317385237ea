// Adding an application by hand (one that never sent an email, or one the tracker missed).
import { api } from "./api.js";
import { h, notice, replace, statusSelect } from "./dom.js";

export function addForm(reload, liveMessage) {
  const company = h("input", { id: "add-company", name: "company", required: true, maxlength: 200 });
  const title = h("input", { id: "add-title", name: "job_title", required: true, maxlength: 200 });
  const status = statusSelect("add-status", "applied");
  const applied = h("input", { id: "add-applied", name: "applied_at", type: "date", value: new Date().toISOString().slice(0, 10) });
  const error = h("div", { class: "message" });
  const details = h("details", { class: "add card" });
  const form = h(
    "form",
    {
      id: "add-form",
      onsubmit: async (event) => {
        event.preventDefault();
        const body = { company: company.value.trim(), job_title: title.value.trim(), status: status.value };
        if (applied.value) body.applied_at = `${applied.value}T00:00:00Z`;
        try {
          await api.post("jobs/", body);
          replace(liveMessage, notice("success", `Added ${body.company}.`));
          form.reset();
          details.open = false;
          replace(error);
          reload();
        } catch (problem) {
          replace(error, notice("error", `Not added: ${problem.message}`));
        }
      },
    },
    h("div", { class: "grid" },
      h("div", { class: "field" }, h("label", { for: "add-company" }, "Company"), company),
      h("div", { class: "field" }, h("label", { for: "add-title" }, "Job title"), title),
      h("div", { class: "field" }, h("label", { for: "add-status" }, "Status"), status),
      h("div", { class: "field" }, h("label", { for: "add-applied" }, "Applied on"), applied),
    ),
    h("button", { type: "submit", class: "button primary" }, "Add application"),
    error,
  );
  details.append(h("summary", {}, "Add an application by hand"), form);
  return details;
}
