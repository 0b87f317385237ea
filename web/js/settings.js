// Settings: daily auto-fetch, the ghosting threshold, the read-from day, the connected sheet, download my data, sign out everywhere, delete my account.
import { config } from "../config.js";
import { api } from "./api.js";
import { confirmDialog } from "./dialog.js";
import { SHEETS, h, notice, replace, safeUrl } from "./dom.js";

export function settingsView(app) {
  const user = app.user;
  const message = h("div", { class: "message", role: "status", "aria-live": "polite" });

  const autoFetch = h("input", { type: "checkbox", id: "auto-fetch", checked: user.auto_fetch });
  autoFetch.addEventListener("change", async () => {
    autoFetch.disabled = true;
    try {
      const settings = await api.patch("users/settings/", { auto_fetch: autoFetch.checked });
      app.user = { ...app.user, auto_fetch: settings.auto_fetch };
      replace(message, notice("success", settings.auto_fetch ? "Daily fetch is on." : "Daily fetch is off."));
    } catch (error) {
      autoFetch.checked = !autoFetch.checked;
      replace(message, notice("error", `Not saved: ${error.message}`));
    } finally {
      autoFetch.disabled = false;
    }
  });

  const sheetLink = safeUrl(user.sheet_url, [SHEETS]);
  const disconnect = h("button", { type: "button", class: "button", id: "disconnect-sheet" }, "Disconnect sheet");
  disconnect.addEventListener("click", async () => {
    const ok = await confirmDialog("Disconnect your sheet?", "Job Tracker stops writing to it. The sheet itself stays in your Google Drive; you can connect it or a new one again.", "Disconnect");
    if (!ok) return;
    try {
      await api.post("users/remove_sheet_id/");
      await app.refresh();
    } catch (error) {
      replace(message, notice("error", `Not disconnected: ${error.message}`));
    }
  });

  const download = h("button", { type: "button", class: "button", id: "download-data" }, "Download my data");
  download.addEventListener("click", async () => {
    download.disabled = true;
    replace(message, notice("loading", "Collecting your data…"));
    try {
      const data = await api.get("export.json");
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
      const anchor = h("a", { href: url, download: "job-tracker-data.json", hidden: true });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      replace(message, notice("success", `Downloaded ${data.applications.length} applications.`));
    } catch (error) {
      replace(message, notice("error", `Could not collect your data: ${error.message}`));
    } finally {
      download.disabled = false;
    }
  });

  const remove = h("button", { type: "button", class: "button danger", id: "delete-account" }, "Delete my account");
  remove.addEventListener("click", async () => {
    const ok = await confirmDialog("Delete your account?", "Every application, timeline and setting Job Tracker keeps for you is deleted and its Google access revoked. Your emails and your sheet stay in Google. This can't be undone.", "Delete my account");
    if (!ok) return;
    try {
      await api.delete("users/");
      app.signedOut("Your account and all its data were deleted.");
    } catch (error) {
      replace(message, notice("error", `Not deleted: ${error.message}`));
    }
  });

  const everywhere = h("button", { type: "button", class: "button", id: "sign-out-everywhere" }, "Sign out everywhere");
  everywhere.addEventListener("click", async () => {
    everywhere.disabled = true;
    try {
      await api.logoutEverywhere();
      app.signedOut("You are signed out on every device.");
    } catch (error) {
      replace(message, notice("error", `Not signed out: ${error.message}`));
      everywhere.disabled = false;
    }
  });

  return h(
    "section",
    { class: "settings-view" },
    h("h1", {}, "Settings"),
    message,
    h("section", { class: "card", "aria-labelledby": "fetching-title" },
      h("h2", { id: "fetching-title" }, "Fetching"),
      h("div", { class: "check" }, autoFetch, h("label", { for: "auto-fetch" }, "Fetch new mail every day")),
      h("p", { class: "muted" }, "When on, Job Tracker reads your new mail once a day and updates your sheet; you can always press “Fetch now”."),
      readingForm(message),
    ),
    h("section", { class: "card", "aria-labelledby": "sheet-title" },
      h("h2", { id: "sheet-title" }, "Your sheet"),
      sheetLink ? h("p", {}, h("a", { href: sheetLink, target: "_blank", rel: "noopener noreferrer", id: "sheet-link" }, "Open your sheet in Google Sheets")) : h("p", {}, "No sheet connected."),
      disconnect,
    ),
    h("section", { class: "card", "aria-labelledby": "data-title" },
      h("h2", { id: "data-title" }, "Your data"),
      h("p", {}, "A JSON file of your account, applications with their tags, notes and timelines, your fetches and the model calls made about your mail; or the applications as a CSV file for a spreadsheet. ", h("a", { href: "#/privacy" }, "What we store and why"), "."),
      download,
      " ",
      h("a", { class: "button", id: "download-csv", href: `${config.api}export.csv`, download: "job-tracker-data.csv" }, "Download as CSV"),
    ),
    h("section", { class: "card", "aria-labelledby": "sessions-title" },
      h("h2", { id: "sessions-title" }, "Signed-in devices"),
      h("p", {}, "Lost a device, or signed in on a computer that isn't yours? This ends every session, this one too."),
      everywhere,
    ),
    h("section", { class: "card danger-zone", "aria-labelledby": "delete-title" },
      h("h2", { id: "delete-title" }, "Delete account"),
      h("p", {}, "Deletes everything Job Tracker keeps about you and revokes its access to your Google account."),
      remove,
    ),
  );
}

/** The ghosting threshold and the read-from day, loaded from and saved to /users/settings/. */
function readingForm(message) {
  const today = new Date().toISOString().slice(0, 10);
  const ghosting = h("input", { type: "number", id: "ghosting-days", name: "ghosting_days", min: 1, max: 365, step: 1, required: true, inputmode: "numeric" });
  const readFrom = h("input", { type: "date", id: "read-from", name: "read_from", min: "2004-01-01", max: today });
  const retention = h("input", { type: "number", id: "retention-days", name: "retention_days", min: 30, max: 3650, step: 1, required: true, inputmode: "numeric" });
  const save = h("button", { type: "submit", class: "button", id: "save-settings", disabled: true }, "Save");
  const form = h(
    "form",
    { class: "settings-form", id: "settings-form" },
    h("label", { for: "ghosting-days" }, "Count an application as ghosted after this many days without a reply"),
    ghosting,
    h("label", { for: "read-from" }, "Read mail received on or after"),
    readFrom,
    h("p", { class: "muted" }, "An earlier day makes the next fetch read from there again; mail already read is not read twice."),
    h("label", { for: "retention-days" }, "Keep each email's subject for this many days"),
    retention,
    h("p", { class: "muted" }, "After that its subject, the record that it was read and the log of any AI call about it are erased; the application and its status stay."),
    save,
  );
  let saved = null;
  function show(settings) {
    saved = settings;
    ghosting.value = String(settings.ghosting_days);
    readFrom.value = settings.read_from || "";
    retention.value = String(settings.retention_days);
    save.disabled = false;
  }
  api.get("users/settings/").then(show, (error) => replace(message, notice("error", `Could not load your settings: ${error.message}`)));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const changes = {};
    if (Number(ghosting.value) !== saved.ghosting_days) changes.ghosting_days = Number(ghosting.value);
    if (readFrom.value && readFrom.value !== saved.read_from) changes.read_from = readFrom.value;
    if (Number(retention.value) !== saved.retention_days) changes.retention_days = Number(retention.value);
    if (!Object.keys(changes).length) return replace(message, notice("info", "Nothing to save."));
    save.disabled = true;
    try {
      show(await api.patch("users/settings/", changes));
      replace(message, notice("success", "Settings saved."));
    } catch (error) {
      replace(message, notice("error", `Not saved: ${error.message}`));
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
