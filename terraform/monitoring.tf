# What an operator is told about: log-based metrics over the functions' JSON logs (infra/logging.py
# writes `event` for the ones counted here) and alert policies on them and on the queues' backlog.

resource "google_monitoring_notification_channel" "email" {
  count        = var.alert_email == "" ? 0 : 1
  display_name = "Job Tracker operators"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
  depends_on = [google_project_service.enabled]
}

locals {
  notification_channels = google_monitoring_notification_channel.email[*].id
  # Log-based counters, by the `event` the code logs (ids only in their labels, never addresses).
  log_metrics = {
    task_failures = {
      description = "A task handler's error: an attempt Cloud Tasks will retry, or a message recorded as failed on its last attempt."
      filter      = "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=(\"fetch\" OR \"worker\" OR \"sheet-sync\" OR \"schedule\") AND severity>=ERROR"
    }
    llm_fallbacks = {
      description = "An email the model was asked about and the rules answered instead (timeout, rate limit, invalid answer)."
      filter      = "resource.type=\"cloud_run_revision\" AND jsonPayload.event=\"llm_fallback\""
    }
    reconnect_needed = {
      description = "A user whose Google grant was revoked or expired: their fetches stop until they sign in again."
      filter      = "resource.type=\"cloud_run_revision\" AND jsonPayload.event=\"reconnect_needed\""
    }
  }
}

resource "google_logging_metric" "counter" {
  for_each    = local.log_metrics
  name        = "job_tracker/${each.key}"
  description = each.value.description
  filter      = each.value.filter
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }
  depends_on = [google_project_service.enabled]
}

resource "google_monitoring_alert_policy" "task_failures" {
  display_name          = "Job Tracker: task handlers failing"
  combiner              = "OR"
  notification_channels = local.notification_channels
  conditions {
    display_name = "more than 20 task errors in 10 minutes"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.counter["task_failures"].name}\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = 20
      duration        = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    content = "docs/OPERATIONS.md: read the worker's logs, then retry or let the run finish."
  }
}

resource "google_monitoring_alert_policy" "llm_fallbacks" {
  display_name          = "Job Tracker: the model is failing, the rules answer instead"
  combiner              = "OR"
  notification_channels = local.notification_channels
  conditions {
    display_name = "more than 50 fallbacks in 15 minutes"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.counter["llm_fallbacks"].name}\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = 50
      duration        = "0s"
      aggregations {
        alignment_period     = "900s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    content = "Rate limits (lower messages_max_dispatches_per_second, docs/queues.md) or an invalid OpenAI key (rotate openai-api-key, docs/OPERATIONS.md)."
  }
}

resource "google_monitoring_alert_policy" "reconnect_needed" {
  display_name          = "Job Tracker: users must reconnect Google"
  combiner              = "OR"
  notification_channels = local.notification_channels
  conditions {
    display_name = "more than 10 users in an hour"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.counter["reconnect_needed"].name}\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = 10
      duration        = "0s"
      aggregations {
        alignment_period     = "3600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    content = "Many at once: the OAuth client secret was rotated or the app's verification lapsed (docs/OPERATIONS.md, OAuth client)."
  }
}

resource "google_monitoring_alert_policy" "queue_backlog" {
  display_name          = "Job Tracker: a queue is backing up"
  combiner              = "OR"
  notification_channels = local.notification_channels
  conditions {
    display_name = "a queue holds too many tasks for 30 minutes"
    condition_threshold {
      filter          = "metric.type=\"cloudtasks.googleapis.com/queue/depth\" AND resource.type=\"cloud_tasks_queue\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.queue_backlog_alert
      duration        = "1800s"
      aggregations {
        alignment_period   = "300s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }
  documentation {
    content = "docs/OPERATIONS.md: a queue's backlog; pause it if a fault is feeding it."
  }
  depends_on = [google_project_service.enabled]
}

# The calendar feed's address is its only key (docs/decisions/2026-12-calendar-feed-and-ghosting.md):
# request logs (Cloud Run's, the load balancer's) would record it, so those entries are not kept.
resource "google_logging_project_exclusion" "calendar_feed_requests" {
  name        = "calendar-feed-requests"
  description = "Requests for the private calendar feed, /api/calendar/<token>.ics: the token is in the URL."
  filter      = "httpRequest.requestUrl:\"/calendar/\""
  depends_on  = [google_project_service.enabled]
}
