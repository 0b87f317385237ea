// Merging applications: a checkbox on each row and "Merge selected" (two or more into the first
// selected); the notice it leaves can undo the merge.
import { api } from "./api.js";
import { confirmDialog } from "./dialog.js";
import { h, notice, replace } from "./dom.js";
import { undoNotice } from "./undo.js";

export function mergeSelection(reload, liveMessage) {
  const selected = new Map(); // id -> job, in the order they were ticked: the first is kept
  const button = h("button", { type: "button", class: "button", id: "merge-selected", disabled: true, onclick: merge }, "Merge selected");
  const count = h("span", { class: "muted", id: "merge-count" }, "Tick two or more applications of one job to merge them.");
  const toolbar = h("div", { class: "merge-bar" }, button, count);

  function update() {
    button.disabled = selected.size < 2;
    replace(count, selected.size ? `${selected.size} selected` : "Tick two or more applications of one job to merge them.");
  }

  function checkbox(job) {
    const box = h("input", { type: "checkbox", class: "select", "aria-label": `Select ${job.company}, ${job.job_title || "untitled"}` });
    box.addEventListener("change", () => {
      if (box.checked) selected.set(job.id, job);
      else selected.delete(job.id);
      update();
    });
    return box;
  }

  async function merge() {
    const jobs = [...selected.values()];
    const kept = jobs[0];
    const confirmed = await confirmDialog(
      `Merge ${jobs.length} applications?`,
      `They become one application, “${kept.job_title || "untitled"}” at ${kept.company}, with all their emails on one timeline; the others' rows are cleared from your sheet. You can undo this.`,
      "Merge",
    );
    if (!confirmed) return;
    try {
      const result = await api.post("jobs/merge/", { job_ids: jobs.map((job) => job.id) });
      undoNotice(liveMessage, `Merged ${jobs.length} applications into ${result.job.company}.`, result.undo_token, reload);
      reload();
    } catch (error) {
      replace(liveMessage, notice("error", `Not merged: ${error.message}`));
    }
  }

  return {
    toolbar,
    checkbox,
    clear() {
      selected.clear();
      update();
    },
  };
}
