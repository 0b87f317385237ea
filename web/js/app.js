// The page: who is signed in decides the screen; the rest is a hash route (#/, #/jobs/<id>, #/stats,
// #/calendar, #/notifications, #/settings, #/privacy), so the static files need no server-side routing.
import { api, signInUrl } from "./api.js";
import { applicationsView } from "./applications.js";
import { calendarView } from "./calendar.js";
import { notificationsView, showUnread } from "./notifications.js";
import { focusHeading, h, notice, replace } from "./dom.js";
import { privacyView } from "./privacy.js";
import { settingsView } from "./settings.js";
import { setupView } from "./setup.js";
import { statsView } from "./stats.js";
import { timelineView } from "./timeline.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
const account = document.getElementById("account");
const banner = document.getElementById("banner");

const LOGIN_ERRORS = {
  access_denied: "You declined access on Google's page, so Job Tracker can't read your job emails. Sign in again to allow it.",
};
// What each permission the app needs is for, by the scope's short name (functions/auth.py).
const SCOPE_PURPOSES = {
  "gmail.readonly": "read your job emails (“View your email messages and settings”)",
  "drive.file": "keep your sheet up to date (“See, edit, create and delete only the specific Google Drive files you use with this app”)",
};

function missingScopesText(names) {
  const purposes = (names || "").split(" ").filter(Boolean).map((name) => SCOPE_PURPOSES[name] || name);
  return `Google did not give Job Tracker permission to ${purposes.join(" and to ")}. Sign in again and leave ${purposes.length > 1 ? "those boxes" : "that box"} ticked on Google's page.`;
}

export const app = {
  user: null,
  /** Reload the user (after connecting a sheet, choosing a date…) and show the right screen. */
  async refresh() {
    this.user = await api.get("users/");
    render();
  },
  signedOut(message) {
    this.user = null;
    history.replaceState(null, "", location.pathname); // no hashchange: that would redraw without the message
    showSignIn(null, message);
  },
};

function showSignIn(loginError, message, missingScopes) {
  nav.hidden = true;
  replace(account);
  replace(banner);
  document.title = "Sign in · Job Tracker";
  const errorText =
    loginError === "missing_scopes"
      ? missingScopesText(missingScopes)
      : loginError && (LOGIN_ERRORS[loginError] || `Google sign-in failed (${loginError}). Try again.`);
  const view = h(
    "section",
    { class: "signin card" },
    h("h1", {}, "Keep track of every job application"),
    h("p", {}, "Job Tracker reads the job-application emails in your Gmail, keeps one record per application with its history, and keeps a Google Sheet up to date for you."),
    message ? notice("info", message) : null,
    errorText ? notice("error", errorText) : null,
    h("a", { class: "button primary", href: signInUrl(), id: "sign-in" }, "Sign in with Google"),
    h("p", { class: "muted" }, "Read-only access to your mail; the sheet is one the app creates. ", h("a", { href: "#/privacy" }, "What we store and why"), "."),
  );
  if (location.hash === "#/privacy") replace(main, privacyView());
  else replace(main, view);
  focusHeading(main);
}

function showAccount(user) {
  replace(
    account,
    h("span", { class: "who" }, user.email),
    h("button", { type: "button", class: "link", id: "sign-out", onclick: signOut }, "Sign out"),
  );
  if (user.reconnect_needed) {
    replace(
      banner,
      h(
        "div",
        { class: "banner warning", role: "alert" },
        h("strong", {}, "Google access has ended. "),
        "Job Tracker can't read new mail until you reconnect. ",
        h("a", { href: signInUrl(), id: "reconnect" }, "Reconnect Google"),
      ),
    );
  } else {
    replace(banner);
  }
}

async function signOut() {
  try {
    await api.logout();
  } finally {
    app.signedOut("You are signed out.");
  }
}

function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [name, id] = hash.split("/");
  return { name: name || "applications", id };
}

async function render() {
  const user = app.user;
  if (!user) return;
  showAccount(user);
  showUnread(user);
  const route = currentRoute();
  const needsSetup = !user.sheet_id || user.first_time_user;
  nav.hidden = needsSetup;
  for (const link of nav.querySelectorAll("a")) {
    const active = link.dataset.route === route.name || (route.name === "jobs" && link.dataset.route === "applications");
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  let view;
  if (route.name === "privacy") view = privacyView();
  else if (needsSetup) view = setupView(app);
  else if (route.name === "jobs" && route.id) view = timelineView(route.id);
  else if (route.name === "stats") view = statsView();
  else if (route.name === "calendar") view = calendarView(app);
  else if (route.name === "notifications") view = notificationsView(app);
  else if (route.name === "settings") view = settingsView(app);
  else view = applicationsView(app);
  replace(main, view);
  document.title = `${main.querySelector("h1")?.textContent || "Job Tracker"} · Job Tracker`;
  focusHeading(main);
}

async function start() {
  const params = new URLSearchParams(location.search);
  const loginError = params.get("login_error");
  const missingScopes = params.get("missing_scopes");
  if (params.size) history.replaceState(null, "", location.pathname + location.hash);
  window.addEventListener("hashchange", () => (app.user ? render() : showSignIn(null)));
  window.addEventListener("session-ended", () => {
    if (app.user) app.signedOut("Your session ended: sign in again.");
  });
  try {
    app.user = await api.get("users/");
  } catch (error) {
    if (error.status === 401) return showSignIn(loginError, undefined, missingScopes);
    replace(main, h("h1", {}, "Job Tracker"), notice("error", `Job Tracker could not start: ${error.message}`));
    return;
  }
  render();
}

start();
