// The REST API, on this origin (docs/decisions/2026-12-one-origin.md). State-changing calls echo the
// __Host-csrf_token cookie in the X-CSRF-Token header.
import { config } from "../config.js";

export class ApiError extends Error {
  constructor(status, code, detail, retryAfter = null) {
    super(detail || `the server answered ${status}`);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter; // seconds, from a 429's or 503's Retry-After; null when not said
  }
}

// Retry-After is a number of seconds or an HTTP date.
function retryAfterSeconds(response) {
  const value = response.headers.get("Retry-After");
  if (!value) return null;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : null;
}

const CSRF_COOKIE = "__Host-csrf_token=";

function csrfToken() {
  const match = document.cookie.split("; ").find((part) => part.startsWith(CSRF_COOKIE));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length)) : "";
}

async function call(base, method, path, body) {
  const headers = { Accept: "application/json" };
  if (method !== "GET") headers["X-CSRF-Token"] = csrfToken();
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(base + path.replace(/^\//, ""), {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "Can't reach Job Tracker: check your connection and try again.");
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.status === 401 && base === config.api) {
    // The session ended (expired, or signed out in another tab): the page shows the sign-in screen.
    window.dispatchEvent(new CustomEvent("session-ended"));
  }
  if (!response.ok) {
    const detail = data?.detail || `the server answered ${response.status}`;
    throw new ApiError(response.status, data?.error || "error", detail, retryAfterSeconds(response));
  }
  return data;
}

export const api = {
  get: (path) => call(config.api, "GET", path),
  post: (path, body) => call(config.api, "POST", path, body),
  patch: (path, body) => call(config.api, "PATCH", path, body),
  delete: (path) => call(config.api, "DELETE", path),
  logout: () => call(config.auth, "POST", "logout/"),
  logoutEverywhere: () => call(config.auth, "POST", "logout_everywhere/"),
};

export function signInUrl() {
  const url = new URL(config.auth + "google/login/", location.origin);
  url.searchParams.set("redirect_uri", location.origin + "/");
  return url.href;
}
