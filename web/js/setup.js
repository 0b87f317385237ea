// First run: connect a sheet (create one, or paste the URL of one the app made), then choose the date
// from which mail is read.
import { api } from "./api.js";
import { h, notice, replace } from "./dom.js";

function busy(form, on) {
  for (const control of form.querySelectorAll("button, input")) control.disabled = on;
}

function sheetStep(app) {
  const message = h("div", { class: "message" });
  const create = h(
    "button",
    {
      type: "button",
      class: "button primary",
      id: "create-sheet",
      onclick: async () => {
        busy(section, true);
        replace(message, notice("info", "Creating your sheet…"));
        try {
          await api.post("users/create_sheet/");
          await app.refresh();
        } catch (error) {
          busy(section, false);
          replace(message, notice("error", `Could not create the sheet: ${error.message}`));
        }
      },
    },
    "Create a new sheet",
  );
  const url = h("input", { id: "sheet-url", name: "google_sheet_url", type: "url", required: true, placeholder: "https://docs.google.com/spreadsheets/d/…", autocomplete: "off" });
  const form = h(
    "form",
    {
      class: "inline-form",
      onsubmit: async (event) => {
        event.preventDefault();
        busy(section, true);
        replace(message, notice("info", "Connecting…"));
        try {
          await api.post("users/update_user_sheet_id/", { google_sheet_url: url.value });
          await app.refresh();
        } catch (error) {
          busy(section, false);
          replace(message, notice("error", `Could not connect that sheet: ${error.message}`));
          url.focus();
        }
      },
    },
    h("label", { for: "sheet-url" }, "Or connect a sheet you already have (its URL)"),
    h("div", { class: "row" }, url, h("button", { type: "submit", class: "button" }, "Connect")),
  );
  const section = h(
    "section",
    { class: "card setup", "aria-labelledby": "setup-title" },
    h("p", { class: "step" }, "Step 1 of 2"),
    h("h1", { id: "setup-title" }, "Where should your applications go?"),
    h("p", {}, "Job Tracker keeps a Google Sheet with one row per application. It can only write to sheets it created, so creating one is easiest."),
    create,
    form,
    message,
  );
  return section;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function dateStep(app) {
  const today = new Date();
  const suggested = new Date(today.getTime() - 90 * 86400000);
  const input = h("input", { id: "start-date", name: "start_date", type: "date", required: true, value: isoDay(suggested), max: isoDay(today) });
  const message = h("div", { class: "message" });
  const form = h(
    "form",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        busy(form, true);
        try {
          await api.post("fetch_logs/add_log/", { last_fetch_date: `${input.value}T00:00:00Z` });
          await app.refresh();
        } catch (error) {
          busy(form, false);
          replace(message, notice("error", `Could not save the date: ${error.message}`));
        }
      },
    },
    h("label", { for: "start-date" }, "Read mail received on or after"),
    h("div", { class: "row" }, input, h("button", { type: "submit", class: "button primary", id: "save-start-date" }, "Start tracking")),
  );
  return h(
    "section",
    { class: "card setup", "aria-labelledby": "date-title" },
    h("p", { class: "step" }, "Step 2 of 2"),
    h("h1", { id: "date-title" }, "From when should we read your mail?"),
    h("p", {}, "Choose the day your job search began. Later fetches continue from where the last one stopped; you choose this only once."),
    form,
    message,
  );
}

export function setupView(app) {
  return app.user.sheet_id ? dateStep(app) : sheetStep(app);
}
