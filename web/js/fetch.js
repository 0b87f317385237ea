// "Fetch now": start a fetch and follow it with a progress bar until it ends; a page loaded while a
// fetch runs follows that one.
import { api } from "./api.js";
import { h, notice, replace } from "./dom.js";

const POLL_MS = 500;

// "in 45 seconds", "in 60 minutes", "in 2 hours": whole units, rounded up; minutes up to 90.
function tooSoon(wait) {
  const seconds = Math.max(1, wait);
  const [count, unit] = seconds < 60 ? [seconds, "second"] : seconds <= 5400 ? [Math.ceil(seconds / 60), "minute"] : [Math.ceil(seconds / 3600), "hour"];
  return `You fetched a moment ago. You can fetch again in ${count} ${unit}${count === 1 ? "" : "s"}.`;
}

export function fetchPanel(onFinished) {
  const button = h("button", { type: "button", class: "button primary", id: "fetch-now" }, "Fetch now");
  const bar = h("progress", { id: "fetch-progress", max: 1, value: 0, "aria-labelledby": "fetch-status" });
  const status = h("p", { id: "fetch-status", role: "status", "aria-live": "polite" });
  const progress = h("div", { class: "fetch-progress", hidden: true }, bar);
  const panel = h("div", { class: "fetch-panel" }, button, progress, status);

  function show(run) {
    const listed = run.listed || 0;
    bar.max = Math.max(listed, 1);
    bar.value = Math.min(run.processed || 0, bar.max);
    const found = `${run.applications} about applications`;
    replace(status, run.state === "queued" ? "Waiting to start…" : `Read ${run.processed} of ${listed} emails, ${found}`);
  }

  async function follow(taskId) {
    for (;;) {
      const run = await api.get(`fetches/${encodeURIComponent(taskId)}/`);
      show(run);
      if (run.state === "done") {
        bar.max = Math.max(run.listed, 1);
        bar.value = bar.max;
        replace(status, notice("success", `Done: read ${run.processed} new emails, ${run.applications} about applications (${run.new_applications} new).`));
        return true;
      }
      if (run.state === "failed") {
        replace(status, notice("error", `The fetch stopped: ${run.error || "unknown error"}.`));
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  // Follows the run whose id `start()` gives, the button off meanwhile: one fetch at a time. Asked
  // again too soon after the last fetch (429), it says when it can fetch again and waits until then.
  async function track(start) {
    button.disabled = true;
    progress.hidden = false;
    let waitSeconds = 0;
    try {
      const ok = await follow(await start());
      if (ok) onFinished();
    } catch (error) {
      progress.hidden = true;
      if (error.status === 429) {
        waitSeconds = error.retryAfter ?? 60;
        replace(status, notice("info", tooSoon(waitSeconds)));
      } else {
        replace(status, notice("error", `Could not fetch: ${error.message}`));
      }
    } finally {
      if (waitSeconds > 0) setTimeout(() => { button.disabled = false; }, waitSeconds * 1000);
      else button.disabled = false;
    }
  }

  button.addEventListener("click", () => {
    bar.removeAttribute("value"); // indeterminate until the listing is known
    replace(status, "Starting…");
    track(async () => (await api.post("jobs/fetch_emails/")).task_id);
  });

  // A fetch still queued or running when the page was loaded (a reload, the daily one): follow it again.
  api.get("fetches/current/").then(
    (run) => {
      if (!run || button.disabled) return;
      show(run);
      track(async () => run.id);
    },
    () => {}, // nothing to resume is no error: the button still starts a fetch
  );
  return panel;
}
