# Job Tracker: the inventory of what runs in Google Cloud. One block per real thing.

# --- Identities -------------------------------------------------------------------------------

resource "google_service_account" "functions" {
  account_id   = "job-tracker-functions"
  display_name = "Job Tracker functions (runtime)"
}

resource "google_service_account" "tasks_invoker" {
  account_id   = "tasks-invoker"
  display_name = "Cloud Tasks: invokes fetch, worker and sheet_sync with OIDC tokens"
}

resource "google_service_account" "scheduler_invoker" {
  account_id   = "scheduler-invoker"
  display_name = "Cloud Scheduler: invokes the daily schedule function"
}

resource "google_project_iam_member" "functions_firestore" {
  project = var.project_id
  role    = "roles/datastore.user"
  member  = "serviceAccount:${google_service_account.functions.email}"
}

resource "google_project_iam_member" "functions_enqueue" {
  project = var.project_id
  role    = "roles/cloudtasks.enqueuer"
  member  = "serviceAccount:${google_service_account.functions.email}"
}

# The functions create tasks that carry the invoker's OIDC identity.
resource "google_service_account_iam_member" "functions_act_as_tasks_invoker" {
  service_account_id = google_service_account.tasks_invoker.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:${google_service_account.functions.email}"
}

# --- Data -------------------------------------------------------------------------------------

resource "google_firestore_database" "default" {
  name        = "(default)"
  location_id = var.region
  type        = "FIRESTORE_NATIVE"
}

# Spent OAuth states delete themselves once they can no longer be replayed.
resource "google_firestore_field" "oauth_state_ttl" {
  database   = google_firestore_database.default.name
  collection = "oauth_states"
  field      = "expire_at"
  ttl_config {}
}

# Composite indexes for /jobs/ filtered by status or searched by company, in each sort order.
resource "google_firestore_index" "applications" {
  for_each = {
    status_updated   = [["status", "ASCENDING"], ["updated_at", "DESCENDING"]]
    status_applied   = [["status", "ASCENDING"], ["applied_at", "DESCENDING"]]
    status_company   = [["status", "ASCENDING"], ["company_key", "ASCENDING"]]
    status_rank      = [["status", "ASCENDING"], ["status_rank", "DESCENDING"]]
    company_updated  = [["company_key", "ASCENDING"], ["updated_at", "DESCENDING"]]
    company_applied  = [["company_key", "ASCENDING"], ["applied_at", "DESCENDING"]]
    company_rank     = [["company_key", "ASCENDING"], ["status_rank", "DESCENDING"]]
    status_company_u = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["updated_at", "DESCENDING"]]
  }
  database    = google_firestore_database.default.name
  collection  = "applications"
  query_scope = "COLLECTION"
  dynamic "fields" {
    for_each = each.value
    content {
      field_path = fields.value[0]
      order      = fields.value[1]
    }
  }
}

# --- Secrets (values are added by an operator with gcloud, never in Terraform state) ------------

resource "google_secret_manager_secret" "app" {
  for_each  = toset(["google-client-secret", "session-secret", "token-encryption-key", "openai-api-key"])
  secret_id = each.value
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_iam_member" "functions_read" {
  for_each  = google_secret_manager_secret.app
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.functions.email}"
}

# --- Queues (rates: docs/queues.md) ---------------------------------------------------------------

resource "google_cloud_tasks_queue" "messages" {
  name     = "messages"
  location = var.region
  rate_limits {
    max_dispatches_per_second = 20
    max_concurrent_dispatches = 20
  }
  retry_config {
    max_attempts  = 8
    min_backoff   = "2s"
    max_backoff   = "300s"
    max_doublings = 5
  }
}

resource "google_cloud_tasks_queue" "fetches" {
  name     = "fetches"
  location = var.region
  rate_limits {
    max_dispatches_per_second = 5
    max_concurrent_dispatches = 10
  }
  retry_config {
    max_attempts = 8
    min_backoff  = "10s"
    max_backoff  = "600s"
  }
}

resource "google_cloud_tasks_queue" "sheet_syncs" {
  name     = "sheet-syncs"
  location = var.region
  rate_limits {
    max_dispatches_per_second = 1
    max_concurrent_dispatches = 5
  }
  retry_config {
    max_attempts = 10
    min_backoff  = "5s"
    max_backoff  = "300s"
  }
}

# --- Functions --------------------------------------------------------------------------------

data "google_project" "this" {}

locals {
  # Gen2 function URLs are deterministic, so the functions can know each other's without a cycle.
  url = { for name in keys(local.functions) : name => "https://${replace(name, "_", "-")}-${data.google_project.this.number}.${var.region}.run.app/" }
  functions = {
    auth       = { public = true }
    api        = { public = true }
    fetch      = { public = false }
    worker     = { public = false }
    sheet_sync = { public = false }
    schedule   = { public = false }
  }
  secret_env = {
    GOOGLE_CLIENT_SECRET = "google-client-secret"
    SESSION_SECRET       = "session-secret"
    TOKEN_ENCRYPTION_KEY = "token-encryption-key"
    OPENAI_API_KEY       = "openai-api-key"
  }
}

resource "google_cloudfunctions2_function" "job_tracker" {
  for_each = local.functions
  name     = replace(each.key, "_", "-")
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = each.key
    source {
      storage_source {
        bucket = var.source_bucket
        object = var.source_object
      }
    }
  }

  service_config {
    service_account_email = google_service_account.functions.email
    available_memory      = "512Mi"
    timeout_seconds       = each.key == "fetch" ? 540 : 120
    max_instance_count    = each.key == "worker" ? 20 : 5
    ingress_settings      = "ALLOW_ALL"
    environment_variables = {
      GOOGLE_CLOUD_PROJECT     = var.project_id
      LOCATION                 = var.region
      GOOGLE_CLIENT_ID         = var.google_client_id
      FRONTEND_URL             = "${var.frontend_origin}/"
      CORS_ORIGINS             = var.frontend_origin
      ALLOWED_REDIRECT_ORIGINS = var.frontend_origin
      TASKS_SERVICE_ACCOUNT    = google_service_account.tasks_invoker.email
      INVOKER_SERVICE_ACCOUNTS = "${google_service_account.tasks_invoker.email},${google_service_account.scheduler_invoker.email}"
      FETCH_URL                = local.url["fetch"]
      WORKER_URL               = local.url["worker"]
      SHEET_SYNC_URL           = local.url["sheet_sync"]
      SCHEDULE_URL             = local.url["schedule"]
      AUTH_CALLBACK_URL        = "${local.url["auth"]}auth/google/callback/"
    }
    dynamic "secret_environment_variables" {
      for_each = local.secret_env
      content {
        key        = secret_environment_variables.key
        project_id = var.project_id
        secret     = secret_environment_variables.value
        version    = "latest"
      }
    }
  }
}

# Public functions check the session themselves; the task handlers only admit their invokers.
resource "google_cloud_run_service_iam_member" "public" {
  for_each = { for name, f in local.functions : name => f if f.public }
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

resource "google_cloud_run_service_iam_member" "tasks_invoker" {
  for_each = toset(["fetch", "worker", "sheet_sync"])
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.tasks_invoker.email}"
}

resource "google_cloud_run_service_iam_member" "scheduler_invoker" {
  location = var.region
  service  = google_cloudfunctions2_function.job_tracker["schedule"].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.scheduler_invoker.email}"
}

# --- Schedule ---------------------------------------------------------------------------------

resource "google_cloud_scheduler_job" "daily_fetch" {
  name      = "daily-fetch"
  region    = var.region
  schedule  = "0 6 * * *"
  time_zone = "Etc/UTC"
  http_target {
    http_method = "POST"
    uri         = google_cloudfunctions2_function.job_tracker["schedule"].service_config[0].uri
    oidc_token {
      service_account_email = google_service_account.scheduler_invoker.email
      audience              = google_cloudfunctions2_function.job_tracker["schedule"].service_config[0].uri
    }
  }
}
