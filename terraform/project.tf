# Job Tracker: what runs in Google Cloud, one block per real thing. This file: the project's APIs and
# its buckets. identities.tf: who may do what. data.tf: Firestore. secrets.tf, queues.tf,
# functions.tf, web.tf (the one origin), monitoring.tf.

data "google_project" "this" {}

# Every API the deployment and the functions call; an empty project has none of them.
resource "google_project_service" "enabled" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "cloudbuild.googleapis.com",
    "cloudfunctions.googleapis.com",
    "cloudresourcemanager.googleapis.com",
    "cloudscheduler.googleapis.com",
    "cloudtasks.googleapis.com",
    "compute.googleapis.com",
    "firestore.googleapis.com",
    "gmail.googleapis.com",
    "iam.googleapis.com",
    "iamcredentials.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "run.googleapis.com",
    "secretmanager.googleapis.com",
    "serviceusage.googleapis.com",
    "sheets.googleapis.com",
    "storage.googleapis.com",
  ])
  service            = each.value
  disable_on_destroy = false
}

# The zipped function source, one object per content hash (make deploy uploads it).
resource "google_storage_bucket" "source" {
  #checkov:skip=CKV_GCP_62:Access logs of a bucket only the deployer writes and Cloud Build reads add nothing; Cloud Audit Logs record its admin activity.
  name                        = "${var.project_id}-job-tracker-source"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    condition {
      age = 90
    }
    action {
      type = "Delete"
    }
  }
  depends_on = [google_project_service.enabled]
}

# The static web page (web/), served by the load balancer's backend bucket (web.tf).
resource "google_storage_bucket" "web" {
  #checkov:skip=CKV_GCP_62:The page's requests are logged by the load balancer (log_config in web.tf), which is the only way browsers reach it.
  #checkov:skip=CKV_GCP_114:A backend bucket serves only objects that allUsers may read; this one holds nothing but the public page.
  name                        = "${var.project_id}-job-tracker-web"
  location                    = var.region
  uniform_bucket_level_access = true
  versioning {
    enabled = true
  }
  depends_on = [google_project_service.enabled]
}

resource "google_storage_bucket_iam_member" "web_public" {
  #checkov:skip=CKV_GCP_28:The bucket holds the public web page only (index.html, scripts, styles); the load balancer serves it to anyone.
  bucket = google_storage_bucket.web.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
