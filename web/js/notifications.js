// What changed since the user last looked: new applications, status changes, interviews scheduled,
// applications gone quiet (GET /notifications/); "Mark all as read" clears the count in the menu.
import { api } from "./api.js";
import { h, notice, replace, shortDate } from "./dom.js";

const KINDS = { new_application: "New", status_changed: "Status", interview_scheduled: "Interview", ghosted: "Ghosted" };

export function notificationsView(app) {
  const body = h("div", {}, notice("loading", "Loading your notifications…"));
  const message = h("div", { class: "message", role: "status", "aria-live": "polite" });
  const view = h("section", { class: "notifications-view" }, h("h1", {}, "Notifications"), message, body);
  load();
  return view;

  async function load() {
    try {
      const feed = await api.get("notifications/");
      replace(body, feed.count ? list(feed) : notice("empty", "Nothing yet: notifications appear after a fetch finds something."));
    } catch (error) {
      replace(body, notice("error", `Could not load your notifications: ${error.message}`));
    }
  }

  function list(feed) {
    return [
      h("p", {}, feed.unread ? `${feed.unread} new since you last looked.` : "You have seen everything."),
      feed.unread ? h("button", { type: "button", class: "button", id: "mark-read", onclick: markRead }, "Mark all as read") : null,
      h(
        "ul",
        { class: "notifications", id: "notifications" },
        feed.results.map((item) =>
          h(
            "li",
            { class: item.unread ? "unread" : "" },
            h("span", { class: `badge kind-${item.kind}` }, KINDS[item.kind] || item.kind),
            " ",
            h("a", { href: `#/jobs/${encodeURIComponent(item.job_id)}` }, item.text),
            " ",
            h("time", { class: "muted", datetime: item.at }, shortDate(item.at)),
            item.unread ? h("span", { class: "visually-hidden" }, " (new)") : null,
          ),
        ),
      ),
    ];
  }

  async function markRead() {
    try {
      await api.post("notifications/read/");
      if (app.user) app.user.unread_notifications = 0;
      showUnread(app.user);
      replace(message, notice("info", "All notifications marked as read."));
      load();
    } catch (error) {
      replace(message, notice("error", `Could not mark them read: ${error.message}`));
    }
  }
}

/** The menu's link says how many notifications are new. */
export function showUnread(user) {
  const link = document.querySelector('#nav a[data-route="notifications"]');
  if (!link) return;
  const count = user?.unread_notifications || 0;
  replace(link, "Notifications", count ? h("span", { class: "count", id: "unread-count" }, ` (${count})`) : null);
}
