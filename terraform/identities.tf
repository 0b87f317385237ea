# Who may do what: one runtime service account per function with only its own roles, the two
# invokers whose OIDC tokens the task handlers accept, and the builders.

locals {
  # The secrets each function may mount (secrets.tf), read from the code: functions/*.py and what they
  # call. openai-api-key exists only when the extractor asks a model.
  function_secrets = {
    auth       = ["google-client-secret", "session-secret", "token-encryption-key"]
    api        = ["google-client-secret", "session-secret", "token-encryption-key"]
    fetch      = ["google-client-secret", "token-encryption-key"]
    worker     = ["google-client-secret", "token-encryption-key", "openai-api-key"]
    sheet_sync = ["google-client-secret", "token-encryption-key"]
    schedule   = []
  }
  # Which function adds tasks to which queue: api and schedule start fetches (schedule also the pages
  # of its daily round, on the same queue), fetch adds a task per message, editing (api), recording
  # (worker) and a sync that saw changes (sheet_sync) ask for syncs.
  queue_writers = {
    api_fetches            = { function = "api", queue = "fetches" }
    api_sheet_syncs        = { function = "api", queue = "sheet_syncs" }
    schedule_fetches       = { function = "schedule", queue = "fetches" }
    fetch_messages         = { function = "fetch", queue = "messages" }
    worker_sheet_syncs     = { function = "worker", queue = "sheet_syncs" }
    sheet_sync_sheet_syncs = { function = "sheet_sync", queue = "sheet_syncs" }
  }
}

resource "google_service_account" "function" {
  for_each     = local.function_secrets
  account_id   = "jt-${replace(each.key, "_", "-")}"
  display_name = "Job Tracker ${each.key} function (runtime)"
  depends_on   = [google_project_service.enabled]
}

resource "google_service_account" "tasks_invoker" {
  account_id   = "tasks-invoker"
  display_name = "Cloud Tasks: invokes fetch, worker, sheet_sync and schedule (its pages) with OIDC tokens"
  depends_on   = [google_project_service.enabled]
}

resource "google_service_account" "scheduler_invoker" {
  account_id   = "scheduler-invoker"
  display_name = "Cloud Scheduler: invokes the daily schedule function"
  depends_on   = [google_project_service.enabled]
}

# Every function reads and writes Firestore (the users' documents); Firestore has no finer role.
resource "google_project_iam_member" "function_firestore" {
  for_each = local.function_secrets
  project  = var.project_id
  role     = "roles/datastore.user"
  member   = "serviceAccount:${google_service_account.function[each.key].email}"
}

# Adding tasks: on the queues each function uses, not on the project.
resource "google_cloud_tasks_queue_iam_member" "enqueue" {
  for_each = local.queue_writers
  name     = google_cloud_tasks_queue.queue[each.value.queue].name
  location = var.region
  role     = "roles/cloudtasks.enqueuer"
  member   = "serviceAccount:${google_service_account.function[each.value.function].email}"
}

# fetch reads a message's pending task to tell whether this run owns it (tracker/fetching.py).
resource "google_cloud_tasks_queue_iam_member" "fetch_reads_messages" {
  name     = google_cloud_tasks_queue.queue["messages"].name
  location = var.region
  role     = "roles/cloudtasks.viewer"
  member   = "serviceAccount:${google_service_account.function["fetch"].email}"
}

# A function that adds tasks mints them with the invoker's identity, so it must act as it.
resource "google_service_account_iam_member" "act_as_tasks_invoker" {
  for_each           = toset([for writer in local.queue_writers : writer.function])
  service_account_id = google_service_account.tasks_invoker.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:${google_service_account.function[each.key].email}"
}

# --- Builders ----------------------------------------------------------------------------------

# Cloud Functions builds each function's image with this account, not the default compute one.
resource "google_service_account" "function_builder" {
  account_id   = "jt-function-builder"
  display_name = "Job Tracker: builds the function images"
  depends_on   = [google_project_service.enabled]
}

resource "google_project_iam_member" "function_builder" {
  for_each = toset(["roles/logging.logWriter", "roles/artifactregistry.writer"])
  project  = var.project_id
  role     = each.value
  member   = "serviceAccount:${google_service_account.function_builder.email}"
}

resource "google_storage_bucket_iam_member" "function_builder_reads_source" {
  bucket = google_storage_bucket.source.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.function_builder.email}"
}

# cloudbuild.yaml's deploy runs Terraform as this account. It manages every resource in this
# directory, so it needs the admin role of each kind; it is never a project owner.
resource "google_service_account" "deployer" {
  account_id   = "jt-deployer"
  display_name = "Job Tracker: Cloud Build runs tests and Terraform as this account"
  depends_on   = [google_project_service.enabled]
}

resource "google_project_iam_member" "deployer" {
  #checkov:skip=CKV_GCP_41:The deployer creates and binds the functions' service accounts, so it acts as them (iam.serviceAccountUser); nothing else holds the role project-wide.
  #checkov:skip=CKV_GCP_49:The deployer grants the roles listed in identities.tf (projectIamAdmin); it runs only from Cloud Build on the main branch.
  for_each = toset([
    "roles/artifactregistry.writer",
    "roles/cloudfunctions.developer",
    "roles/cloudscheduler.admin",
    "roles/cloudtasks.admin",
    "roles/compute.loadBalancerAdmin",
    "roles/compute.securityAdmin",
    "roles/datastore.owner",
    "roles/iam.serviceAccountAdmin",
    "roles/iam.serviceAccountUser",
    "roles/logging.configWriter",
    "roles/logging.logWriter",
    "roles/monitoring.editor",
    "roles/resourcemanager.projectIamAdmin",
    "roles/run.admin",
    "roles/secretmanager.admin",
    "roles/serviceusage.serviceUsageAdmin",
    "roles/storage.admin",
  ])
  project = var.project_id
  role    = each.value
  member  = "serviceAccount:${google_service_account.deployer.email}"
}
