// What Job Tracker stores, and why.
import { h } from "./dom.js";

export function privacyView() {
  const item = (what, why) => h("li", {}, h("strong", {}, what), " ", why);
  return h(
    "section",
    { class: "privacy-view prose" },
    h("h1", {}, "Privacy: what we store and why"),
    h("p", {}, "Job Tracker keeps only what it needs to keep your applications and your sheet up to date."),
    h("h2", {}, "What we store"),
    h(
      "ul",
      {},
      item("Your Google account's email, name and id,", "to know it is you when you sign in."),
      item("Google's refresh token, encrypted,", "so that fetches (and the daily fetch, if on) can read new mail without you. Deleting your account revokes it."),
      item("One record per application:", "company, job title, status, dates, the sheet row, and whether you edited it."),
      item("One timeline entry per job email:", "its subject, sender, date, the status read from it and a link to it in Gmail. We do not keep the bodies of your emails. The subject is erased after the number of days you choose in Settings (a year unless you change it)."),
      item("A marker per email read,", "so no email is read twice; it records only whether it was about an application, and is deleted after the same number of days."),
      item("A log of every call to a language model, if the tracker uses one:", "when, which email, how many tokens and which fields came back, never the email's text or the answer; you can read it in your data download. Deleted after the same number of days."),
      item("Your fetches, start date, sheet id and settings,", "to continue where the last fetch stopped."),
    ),
    h("h2", {}, "What we do not do"),
    h(
      "ul",
      {},
      h("li", {}, "We only read mail (Gmail read-only access) and write only to sheets Job Tracker created or you connected."),
      h("li", {}, "We do not sell or share your data. If the tracker is set to use a language model, the text of uncertain emails is sent to it to read the employer, title and status, without quoted replies, signature contact lines, phone numbers, addresses or link paths."),
    ),
    h("h2", {}, "Your choices"),
    h(
      "ul",
      {},
      h("li", {}, "Turn the daily fetch off, disconnect your sheet, download all your data or delete your account on the Settings page."),
      h("li", {}, "Deleting your account deletes everything above and revokes Job Tracker's Google access; your emails and sheet stay in your Google account."),
    ),
    h("p", {}, h("a", { href: "#/" }, "Back to Job Tracker")),
  );
}
