# The six functions (main.py's entry points), who may call them, and the daily schedule.

locals {
  # One line per entry point in main.py. Task handlers accept only internal traffic (Cloud Tasks and
  # Cloud Scheduler count as internal); auth and api only the load balancer (web.tf).
  functions = {
    auth       = { service = "auth", ingress = "ALLOW_INTERNAL_AND_GCLB", timeout = 60, max_instances = 10 }
    api        = { service = "api", ingress = "ALLOW_INTERNAL_AND_GCLB", timeout = 60, max_instances = 10 }
    fetch      = { service = "fetch", ingress = "ALLOW_INTERNAL_ONLY", timeout = 540, max_instances = 10 }
    worker     = { service = "worker", ingress = "ALLOW_INTERNAL_ONLY", timeout = 120, max_instances = 20 }
    sheet_sync = { service = "sheet-sync", ingress = "ALLOW_INTERNAL_ONLY", timeout = 120, max_instances = 5 }
    schedule   = { service = "schedule", ingress = "ALLOW_INTERNAL_ONLY", timeout = 1800, max_instances = 1 }
  }

  # A gen2 function's deterministic URL (https://SERVICE-PROJECT_NUMBER.REGION.run.app), so the
  # functions know each other's before they exist. The task handlers check the OIDC audience against
  # these exact strings, and Cloud Tasks and Cloud Scheduler mint tokens for the same strings.
  function_urls = {
    auth       = "https://auth-${data.google_project.this.number}.${var.region}.run.app/"
    api        = "https://api-${data.google_project.this.number}.${var.region}.run.app/"
    fetch      = "https://fetch-${data.google_project.this.number}.${var.region}.run.app/"
    worker     = "https://worker-${data.google_project.this.number}.${var.region}.run.app/"
    sheet_sync = "https://sheet-sync-${data.google_project.this.number}.${var.region}.run.app/"
    schedule   = "https://schedule-${data.google_project.this.number}.${var.region}.run.app/"
  }

  # What infra/settings.py reads (every name is a Settings field upper-cased); the same for all six.
  function_env = {
    GOOGLE_CLOUD_PROJECT         = var.project_id
    LOCATION                     = var.region
    LOG_LEVEL                    = "INFO" # our code's; the client libraries stay at WARNING
    GOOGLE_CLIENT_ID             = var.google_client_id
    FRONTEND_URL                 = "https://${var.domain}/"
    AUTH_CALLBACK_URL            = "https://${var.domain}/auth/google/callback/"
    ALLOWED_REDIRECT_ORIGINS     = "https://${var.domain}"
    CORS_ORIGINS                 = "https://${var.domain}"
    SESSION_TTL_SECONDS          = "604800"
    RUN_SWEEP_SECONDS            = "900"
    FETCH_PAGE_SIZE              = "500"
    FETCH_PAGES_PER_TASK         = "40"
    FETCH_LISTING_SECONDS        = "240" # a follow-up task lists the rest: well within fetch's 540 s
    FETCH_MIN_INTERVAL_SECONDS   = "60"
    QUEUE_MESSAGES               = google_cloud_tasks_queue.queue["messages"].name
    QUEUE_FETCHES                = google_cloud_tasks_queue.queue["fetches"].name
    QUEUE_SHEET_SYNCS            = google_cloud_tasks_queue.queue["sheet_syncs"].name
    TASKS_SERVICE_ACCOUNT        = google_service_account.tasks_invoker.email
    INVOKER_SERVICE_ACCOUNTS     = "${google_service_account.tasks_invoker.email},${google_service_account.scheduler_invoker.email}"
    VERIFY_OIDC                  = "true"
    FETCH_URL                    = local.function_urls["fetch"]
    WORKER_URL                   = local.function_urls["worker"]
    SHEET_SYNC_URL               = local.function_urls["sheet_sync"]
    SCHEDULE_URL                 = local.function_urls["schedule"]
    SCHEDULE_PAGE_SIZE           = var.schedule_page_size
    WORKER_MAX_ATTEMPTS          = var.messages_max_attempts
    SHEET_SYNC_DELAY_SECONDS     = "10"
    RUN_SHEET_SYNC_DELAY_SECONDS = "30"
    EXTRACTOR                    = var.extractor
    OPENAI_BASE_URL              = var.openai_base_url
    OPENAI_MODEL                 = var.openai_model
    OPENAI_TIMEOUT_SECONDS       = "20"
    OPENAI_MAX_RETRIES           = "2"
    CASCADE_THRESHOLD            = var.cascade_threshold
  }

  # The secrets each function mounts: those it may use that exist (openai-api-key only with a model).
  function_mounts = {
    for name, secrets in local.function_secrets : name => [for secret in secrets : secret if local.secrets[secret].enabled]
  }
}

resource "google_cloudfunctions2_function" "job_tracker" {
  #checkov:skip=CKV_GCP_124:Task handlers are ALLOW_INTERNAL_ONLY; auth and api are ALLOW_INTERNAL_AND_GCLB, the least that lets the load balancer (the one origin) reach them (local.functions).
  for_each = var.deploy_functions ? local.functions : {}
  name     = each.value.service
  location = var.region

  build_config {
    runtime         = "python311"
    entry_point     = each.key
    service_account = google_service_account.function_builder.id
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = var.source_object
      }
    }
  }

  service_config {
    service_account_email            = google_service_account.function[each.key].email
    available_memory                 = "512Mi"
    timeout_seconds                  = each.value.timeout
    max_instance_count               = each.value.max_instances
    max_instance_request_concurrency = 1
    ingress_settings                 = each.value.ingress
    all_traffic_on_latest_revision   = true
    environment_variables            = local.function_env
    dynamic "secret_environment_variables" {
      for_each = local.function_mounts[each.key]
      content {
        key        = local.secrets[secret_environment_variables.value].env
        project_id = var.project_id
        secret     = google_secret_manager_secret.app[secret_environment_variables.value].secret_id
        version    = lookup(var.secret_versions, secret_environment_variables.value, "latest")
      }
    }
  }

  depends_on = [
    google_project_iam_member.function_builder,
    google_storage_bucket_iam_member.function_builder_reads_source,
    google_secret_manager_secret_iam_member.function_reads,
  ]
}

# auth and api are public: the api checks the session cookie itself. Their ingress admits only the
# load balancer, so the one origin is the only way in.
resource "google_cloud_run_service_iam_member" "public" {
  #checkov:skip=CKV_GCP_102:auth and api serve the web app to anyone; ingress limits them to the load balancer and the api checks the session.
  for_each = var.deploy_functions ? toset(["auth", "api"]) : toset([])
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# The task handlers admit their invoker through IAM and check its OIDC token again (functions/oidc.py).
# schedule is one too: each page of the daily round is a task to it.
resource "google_cloud_run_service_iam_member" "tasks_invoker" {
  for_each = var.deploy_functions ? toset(["fetch", "worker", "sheet_sync", "schedule"]) : toset([])
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.tasks_invoker.email}"
}

resource "google_cloud_run_service_iam_member" "scheduler_invoker" {
  count    = var.deploy_functions ? 1 : 0
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker["schedule"].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.scheduler_invoker.email}"
}

# The daily fetch. The token's audience is SCHEDULE_URL itself, the one string schedule.py accepts.
resource "google_cloud_scheduler_job" "daily_fetch" {
  name             = "daily-fetch"
  region           = var.region
  schedule         = "0 6 * * *"
  time_zone        = "Etc/UTC"
  attempt_deadline = "1800s"
  http_target {
    http_method = "POST"
    uri         = local.function_urls["schedule"]
    oidc_token {
      service_account_email = google_service_account.scheduler_invoker.email
      audience              = local.function_urls["schedule"]
    }
  }
  retry_config {
    retry_count = 1
  }
  depends_on = [google_project_service.enabled]
}
