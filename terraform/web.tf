# One origin for the page, /auth/ and /api/ (docs/decisions/2026-12-deploy-one-origin.md): an
# external HTTPS load balancer with the page in a backend bucket and the two public functions behind
# serverless network endpoint groups. The paths match devstack's local proxy (2026-12-one-origin.md):
#   /auth/...  -> auth, path unchanged     /api/...  -> api, without /api     else -> web/

resource "google_compute_global_address" "web" {
  name       = "job-tracker-web"
  depends_on = [google_project_service.enabled]
}

resource "google_compute_managed_ssl_certificate" "web" {
  name = "job-tracker-web"
  managed {
    domains = [var.domain]
  }
  depends_on = [google_project_service.enabled]
}

resource "google_compute_ssl_policy" "web" {
  name            = "job-tracker-web"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
  depends_on      = [google_project_service.enabled]
}

resource "google_compute_region_network_endpoint_group" "function" {
  for_each              = var.deploy_functions ? toset(["auth", "api"]) : toset([])
  name                  = "job-tracker-${each.key}"
  region                = var.region
  network_endpoint_type = "SERVERLESS"
  cloud_run {
    service = google_cloudfunctions2_function.job_tracker[each.key].service_config[0].service
  }
}

# Per-address throttling in front of the functions: sign-in and the API are cheap to call and
# each call costs Firestore reads.
resource "google_compute_security_policy" "functions" {
  name = "job-tracker-functions"
  rule {
    action   = "throttle"
    priority = 1000
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    rate_limit_options {
      conform_action = "allow"
      exceed_action  = "deny(429)"
      enforce_on_key = "IP"
      rate_limit_threshold {
        count        = 300
        interval_sec = 60
      }
    }
    description = "At most 300 requests a minute per address."
  }
  rule {
    action   = "deny(403)"
    priority = 900
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('cve-canary')"
      }
    }
    description = "Log4Shell probes (CVE-2021-44228): nothing here runs Java, but they are never legitimate."
  }
  rule {
    action   = "allow"
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    description = "Everything else."
  }
  advanced_options_config {
    log_level = "NORMAL"
  }
  depends_on = [google_project_service.enabled]
}

resource "google_compute_backend_service" "function" {
  for_each              = var.deploy_functions ? toset(["auth", "api"]) : toset([])
  name                  = "job-tracker-${each.key}"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  security_policy       = google_compute_security_policy.functions.id
  backend {
    group = google_compute_region_network_endpoint_group.function[each.key].id
  }
  log_config {
    enable      = true
    sample_rate = 1.0
  }
}

# The page's security headers, as devstack/web_proxy.py sends them (docs/decisions/2026-12-one-origin.md).
resource "google_compute_backend_bucket" "web" {
  name        = "job-tracker-web"
  bucket_name = google_storage_bucket.web.name
  enable_cdn  = true
  cdn_policy {
    cache_mode = "USE_ORIGIN_HEADERS"
  }
  custom_response_headers = [
    "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options: nosniff",
    "Referrer-Policy: same-origin",
    "X-Frame-Options: DENY",
    "Cross-Origin-Opener-Policy: same-origin",
    "Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "Strict-Transport-Security: max-age=31536000",
  ]
}

resource "google_compute_url_map" "web" {
  name            = "job-tracker-web"
  default_service = google_compute_backend_bucket.web.id
  host_rule {
    hosts        = [var.domain]
    path_matcher = "one-origin"
  }
  path_matcher {
    name            = "one-origin"
    default_service = google_compute_backend_bucket.web.id
    dynamic "route_rules" {
      for_each = var.deploy_functions ? [1] : []
      content {
        priority = 1
        service  = google_compute_backend_service.function["auth"].id
        match_rules {
          prefix_match = "/auth/"
        }
      }
    }
    dynamic "route_rules" {
      for_each = var.deploy_functions ? [1] : []
      content {
        priority = 2
        service  = google_compute_backend_service.function["api"].id
        match_rules {
          prefix_match = "/api/"
        }
        route_action {
          url_rewrite {
            path_prefix_rewrite = "/"
          }
        }
      }
    }
  }
}

resource "google_compute_target_https_proxy" "web" {
  name             = "job-tracker-web"
  url_map          = google_compute_url_map.web.id
  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]
  ssl_policy       = google_compute_ssl_policy.web.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "job-tracker-https"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  ip_address            = google_compute_global_address.web.id
  port_range            = "443"
  target                = google_compute_target_https_proxy.web.id
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "http_redirect" {
  name = "job-tracker-http-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "http_redirect" {
  name    = "job-tracker-http-redirect"
  url_map = google_compute_url_map.http_redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "job-tracker-http"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  ip_address            = google_compute_global_address.web.id
  port_range            = "80"
  target                = google_compute_target_http_proxy.http_redirect.id
}
