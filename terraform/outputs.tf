output "web_ip" {
  description = "Point the domain's DNS A record here; the certificate is issued once it resolves."
  value       = google_compute_global_address.web.address
}

output "web_url" {
  description = "The web app: the page, /auth/ and /api/ on one origin."
  value       = "https://${var.domain}/"
}

output "oauth_redirect_uri" {
  description = "The redirect URI to register on the OAuth client (docs/OPERATIONS.md)."
  value       = local.function_env["AUTH_CALLBACK_URL"]
}

output "function_urls" {
  description = "Each function's own URL; the task handlers accept tokens for exactly these."
  value       = local.function_urls
}

output "source_bucket" {
  description = "Where make deploy uploads the zipped function source."
  value       = google_storage_bucket.source.name
}

output "web_bucket" {
  description = "Where make deploy copies web/."
  value       = google_storage_bucket.web.name
}

output "deployer_email" {
  description = "The service account Cloud Build runs cloudbuild.yaml as."
  value       = google_service_account.deployer.email
}

output "tasks_invoker_email" {
  description = "Service account whose OIDC tokens the task handlers accept."
  value       = google_service_account.tasks_invoker.email
}
