output "function_urls" {
  description = "URL of each function; the frontend calls auth and api (FETCH_URL, WORKER_URL, ... come from here)."
  value       = { for name, f in google_cloudfunctions2_function.job_tracker : name => f.service_config[0].uri }
}

output "tasks_invoker_email" {
  description = "Service account whose OIDC tokens the task handlers accept."
  value       = google_service_account.tasks_invoker.email
}
