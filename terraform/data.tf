# Firestore: the database, recoverable to any minute of the last 7 days and backed up daily.

resource "google_firestore_database" "default" {
  #checkov:skip=CKV_GCP_138:Google-managed encryption at rest; a customer-managed key would add a KMS key ring to run and rotate for no requirement we have.
  name                              = "(default)"
  location_id                       = var.region
  type                              = "FIRESTORE_NATIVE"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_ENABLED"
  delete_protection_state           = "DELETE_PROTECTION_ENABLED"
  deletion_policy                   = "ABANDON"
  depends_on                        = [google_project_service.enabled]
}

resource "google_firestore_backup_schedule" "daily" {
  database  = google_firestore_database.default.name
  retention = "${var.backup_retention_days * 86400}s"
  daily_recurrence {}
}

# Spent OAuth states delete themselves once they can no longer be replayed.
resource "google_firestore_field" "oauth_state_ttl" {
  database   = google_firestore_database.default.name
  collection = "oauth_states"
  field      = "expire_at"
  ttl_config {}
}

# A deleted account's tombstone (infra/firestore_accounts.py) outlives any task's retries, then goes.
resource "google_firestore_field" "tombstone_ttl" {
  database   = google_firestore_database.default.name
  collection = "deleted_users"
  field      = "expire_at"
  ttl_config {}
}

# The user's retention period (tracker/retention.py): a processed marker and a model-call log entry
# carry `expire_at`, written from the user's setting, and delete themselves then. (Events keep their
# status: only their subject expires, erased by the fetch, since a TTL deletes whole documents.)
resource "google_firestore_field" "marker_ttl" {
  database   = google_firestore_database.default.name
  collection = "messages"
  field      = "expire_at"
  ttl_config {}
}

resource "google_firestore_field" "model_call_ttl" {
  database   = google_firestore_database.default.name
  collection = "model_calls"
  field      = "expire_at"
  ttl_config {}
}

# The sheet layout's row shards (infra/firestore_accounts.py) map each application to its row and what
# was written there: never queried, so their entries are not indexed (a shard holds ~1,250 of them
# per 20,000 applications; Firestore allows 40,000 index entries a document).
resource "google_firestore_field" "sheet_rows_unindexed" {
  for_each   = toset(["rows", "written"])
  database   = google_firestore_database.default.name
  collection = "sheet"
  field      = each.value
  index_config {}
}

# /jobs/ (FirestoreApplicationStore.query_applications): a status filter, a company prefix (a range
# on company_key, which Firestore orders on first) and a sort by one field in either direction.
# tests/unit/test_terraform.py derives every shape from the store and checks each has its index.
locals {
  application_indexes = {
    status_updated_asc       = [["status", "ASCENDING"], ["updated_at", "ASCENDING"]]
    status_updated_desc      = [["status", "ASCENDING"], ["updated_at", "DESCENDING"]]
    status_applied_asc       = [["status", "ASCENDING"], ["applied_at", "ASCENDING"]]
    status_applied_desc      = [["status", "ASCENDING"], ["applied_at", "DESCENDING"]]
    status_company_asc       = [["status", "ASCENDING"], ["company_key", "ASCENDING"]]
    status_company_desc      = [["status", "ASCENDING"], ["company_key", "DESCENDING"]]
    status_rank_asc          = [["status", "ASCENDING"], ["status_rank", "ASCENDING"]]
    status_rank_desc         = [["status", "ASCENDING"], ["status_rank", "DESCENDING"]]
    company_updated_asc      = [["company_key", "ASCENDING"], ["updated_at", "ASCENDING"]]
    company_updated_desc     = [["company_key", "ASCENDING"], ["updated_at", "DESCENDING"]]
    company_applied_asc      = [["company_key", "ASCENDING"], ["applied_at", "ASCENDING"]]
    company_applied_desc     = [["company_key", "ASCENDING"], ["applied_at", "DESCENDING"]]
    company_rank_asc         = [["company_key", "ASCENDING"], ["status_rank", "ASCENDING"]]
    company_rank_desc        = [["company_key", "ASCENDING"], ["status_rank", "DESCENDING"]]
    status_company_updated_a = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["updated_at", "ASCENDING"]]
    status_company_updated_d = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["updated_at", "DESCENDING"]]
    status_company_applied_a = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["applied_at", "ASCENDING"]]
    status_company_applied_d = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["applied_at", "DESCENDING"]]
    status_company_rank_a    = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["status_rank", "ASCENDING"]]
    status_company_rank_d    = [["status", "ASCENDING"], ["company_key", "ASCENDING"], ["status_rank", "DESCENDING"]]
  }
}

resource "google_firestore_index" "applications" {
  for_each    = local.application_indexes
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
