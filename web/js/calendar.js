// Dates that matter: the next interviews, assessments and deadlines read from the mail (GET /agenda/),
// and the private calendar feed address to subscribe to in Google Calendar or any calendar app.
import { config } from "../config.js";
import { api } from "./api.js";
import { h, notice, replace } from "./dom.js";

const KINDS = { interview: "Interview", assessment: "Assessment", deadline: "Deadline" };

export function calendarView(app) {
  const list = h("div", {}, notice("loading", "Loading your next events…"));
  const feed = h("div", { id: "calendar-feed" });
  const view = h(
    "section",
    { class: "calendar-view" },
    h("h1", {}, "Calendar"),
    h("section", { class: "card", "aria-labelledby": "upcoming-title" }, h("h2", { id: "upcoming-title" }, "Next events"), list),
    h("section", { class: "card", "aria-labelledby": "feed-title" }, h("h2", { id: "feed-title" }, "Calendar feed"), feed),
  );
  api
    .get("agenda/")
    .then((agenda) => replace(list, agenda.count ? upcomingList(agenda.results) : notice("empty", "No interviews or deadlines ahead.")))
    .catch((error) => replace(list, notice("error", `Could not load your next events: ${error.message}`)));
  showFeed(feed, app, null);
  return view;
}

/** "Tue 16 Jun 2026, 14:00" in the reader's own time zone, which is the one they will be at. */
export function localTime(iso) {
  const date = new Date(iso);
  return date.toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
}

function upcomingList(items) {
  return h(
    "ol",
    { class: "agenda", id: "agenda" },
    items.map((item) =>
      h(
        "li",
        {},
        h("time", { datetime: item.starts_at }, localTime(item.starts_at)),
        " ",
        h("span", { class: `badge kind-${item.kind in KINDS ? item.kind : "other"}` }, KINDS[item.kind] || item.kind),
        " ",
        h("a", { href: `#/jobs/${encodeURIComponent(item.job_id)}` }, item.company),
        item.job_title ? ` · ${item.job_title}` : "",
      ),
    ),
  );
}

function showFeed(feed, app, created) {
  const message = h("div", { class: "message", role: "status", "aria-live": "polite" });
  const hasFeed = Boolean(app.user?.calendar_feed) || Boolean(created);
  const explain = h(
    "p",
    {},
    "A private address your calendar app can subscribe to: every interview, assessment and deadline read from your mail. Anyone with the address can read it, so keep it to yourself; revoke it any time.",
  );
  const children = [explain];
  if (created) {
    const url = new URL(config.api + created, location.origin).href;
    children.push(
      h("label", { for: "feed-url" }, "Subscribe to this address (shown once: copy it now)"),
      h("input", { id: "feed-url", type: "text", readonly: true, value: url, class: "wide", onfocus: (event) => event.target.select() }),
      h("p", {}, h("a", { href: url, id: "calendar-link", download: "job-tracker.ics" }, "Download the calendar file")),
    );
  } else if (hasFeed) {
    children.push(notice("info", "A calendar feed address exists. Make a new one to see it again (the old one then stops working)."));
  }
  children.push(
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "button primary", id: "new-feed", onclick: () => make() }, hasFeed ? "Make a new address" : "Make a calendar address"),
      hasFeed ? h("button", { type: "button", class: "button", id: "revoke-feed", onclick: () => revoke() }, "Revoke the address") : null,
    ),
    message,
  );
  replace(feed, children);

  async function make() {
    try {
      const answer = await api.post("users/calendar_feed/");
      if (app.user) app.user.calendar_feed = true;
      showFeed(feed, app, answer.path);
      feed.querySelector("#feed-url")?.focus();
    } catch (error) {
      replace(message, notice("error", `Could not make the address: ${error.message}`));
    }
  }

  async function revoke() {
    try {
      await api.delete("users/calendar_feed/");
      if (app.user) app.user.calendar_feed = false;
      showFeed(feed, app, null);
      replace(feed.querySelector(".message"), notice("info", "The calendar address was revoked: it no longer works."));
    } catch (error) {
      replace(message, notice("error", `Could not revoke the address: ${error.message}`));
    }
  }
}
