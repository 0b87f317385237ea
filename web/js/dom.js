// Building the page without ever parsing a string as HTML: the API's data (company names, subjects,
// senders come from strangers' email) is only ever inserted as text.

/** h("a", {href: url, class: "x", onclick: fn}, "text", child) -> an element. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...flatten(children));
  return element;
}

const SVG = "http://www.w3.org/2000/svg";

/** The same for SVG elements (charts). */
export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  setAttributes(element, attributes);
  element.append(...flatten(children));
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function flatten(children) {
  return children
    .flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** Replace an element's children. */
export function replace(element, ...children) {
  element.replaceChildren(...flatten(children));
}

/** A link to a URL only if it is on one of the allowed origins (no javascript: or data: from the API). */
export function safeUrl(url, origins) {
  try {
    const parsed = new URL(url);
    return origins.includes(parsed.origin) ? parsed.href : null;
  } catch {
    return null;
  }
}

export const GMAIL = "https://mail.google.com";
export const SHEETS = "https://docs.google.com";

/** "2026-11-03T10:00:00+00:00" -> "3 Nov 2026"; "" for null. */
export function shortDate(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export const STATUSES = ["applied", "assessment", "interview", "offer", "rejected", "withdrawn"];

export function statusBadge(status) {
  return h("span", { class: `badge status-${STATUSES.includes(status) ? status : "unknown"}` }, status);
}

/** A <select> of the statuses; `label` names it when no <label> does. */
export function statusSelect(id, value, label) {
  return h(
    "select",
    { id, name: "status", "aria-label": label },
    STATUSES.map((status) => h("option", { value: status, selected: status === value }, status)),
  );
}

/** A message in a live region, for loading / empty / error states. */
export function notice(kind, ...children) {
  return h("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, ...children);
}

/** Move focus to a newly shown screen's heading, so keyboard and screen-reader users follow along. */
export function focusHeading(root) {
  const heading = root.querySelector("h1, h2");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
  }
}
