# Cloud Tasks queues; their rates are variables whose defaults docs/queues.md derives from the quotas.

locals {
  queues = {
    messages = {
      name                      = "messages"
      max_dispatches_per_second = var.messages_max_dispatches_per_second
      max_concurrent_dispatches = var.messages_max_concurrent_dispatches
      max_attempts              = var.messages_max_attempts
      min_backoff               = "2s"
      max_backoff               = "300s"
      max_doublings             = 5
      log_sampling_ratio        = 0.1 # one log line per task attempt: 20 a second at full rate
    }
    fetches = {
      name                      = "fetches"
      max_dispatches_per_second = var.fetches_max_dispatches_per_second
      max_concurrent_dispatches = var.fetches_max_concurrent_dispatches
      max_attempts              = 8
      min_backoff               = "10s"
      max_backoff               = "600s"
      max_doublings             = 5
      log_sampling_ratio        = 1.0
    }
    sheet_syncs = {
      name                      = "sheet-syncs"
      max_dispatches_per_second = var.sheet_syncs_max_dispatches_per_second
      max_concurrent_dispatches = var.sheet_syncs_max_concurrent_dispatches
      max_attempts              = 10
      min_backoff               = "5s"
      max_backoff               = "300s"
      max_doublings             = 5
      log_sampling_ratio        = 1.0
    }
  }
}

resource "google_cloud_tasks_queue" "queue" {
  for_each = local.queues
  name     = each.value.name
  location = var.region
  rate_limits {
    max_dispatches_per_second = each.value.max_dispatches_per_second
    max_concurrent_dispatches = each.value.max_concurrent_dispatches
  }
  retry_config {
    max_attempts  = each.value.max_attempts
    min_backoff   = each.value.min_backoff
    max_backoff   = each.value.max_backoff
    max_doublings = each.value.max_doublings
  }
  stackdriver_logging_config {
    sampling_ratio = each.value.log_sampling_ratio
  }
  depends_on = [google_project_service.enabled]
}
