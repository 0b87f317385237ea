# --- The project and where it runs -------------------------------------------------------------

variable "project_id" {
  type        = string
  description = "The Google Cloud project that runs Job Tracker."
}

variable "region" {
  type        = string
  description = "Region of the functions, the queues, the scheduler job and the Firestore database."
  default     = "us-central1"
}

variable "domain" {
  type        = string
  description = "The web app's host name (e.g. jobs.example.com): one origin for the page, /auth/ and /api/. Its DNS A record points at the web_ip output."
}

variable "deploy_functions" {
  type        = bool
  description = "False on a first deploy's first apply: everything but the functions, so that secret versions can be added before a function mounts them (make deploy)."
  default     = true
}

variable "source_object" {
  type        = string
  description = "Object name of the zipped function source in the source bucket (make deploy uploads it, named by its content hash)."
  default     = ""
}

variable "alert_email" {
  type        = string
  description = "Where alerts are sent; empty: alerts only show in Cloud Monitoring."
  default     = ""
}

# --- Google sign-in ---------------------------------------------------------------------------

variable "google_client_id" {
  type        = string
  description = "OAuth 2.0 web client id of the consent screen (not a secret; docs/OPERATIONS.md says how to make one)."
}

# --- Extraction ---------------------------------------------------------------------------------

variable "extractor" {
  type        = string
  description = "rules (no model, no key), cascade (rules first, the model where they are unsure) or llm. cascade and llm need the openai-api-key secret."
  default     = "rules"
  validation {
    condition     = contains(["rules", "cascade", "llm"], var.extractor)
    error_message = "extractor must be rules, cascade or llm."
  }
}

variable "openai_base_url" {
  type        = string
  description = "An OpenAI-compatible endpoint; empty: OpenAI's."
  default     = ""
}

variable "openai_model" {
  type        = string
  description = "The model the cascade and llm extractors ask."
  default     = "gpt-4o-mini"
}

variable "cascade_threshold" {
  type        = number
  description = "The cascade asks the model about emails whose rules confidence is below this (docs/decisions/2026-12-cascade-threshold.md)."
  default     = 0.9
}

# --- Secrets -------------------------------------------------------------------------------------

variable "secret_versions" {
  type        = map(string)
  description = "Secret Manager version each function mounts, by secret id (default latest). Pinning a new number rolls every function onto it: the step that key rotation needs (docs/OPERATIONS.md)."
  default     = {}
}

# --- Queues: rates from docs/queues.md ------------------------------------------------------

variable "messages_max_dispatches_per_second" {
  type        = number
  description = "messages queue: worker tasks started per second (Gmail 5 units each; OpenAI tier 1 needs 6, docs/queues.md)."
  default     = 40
}

variable "messages_max_concurrent_dispatches" {
  type        = number
  description = "messages queue: worker tasks running at once (at most 100: infra/firestore_accounts.py MAX_IN_FLIGHT)."
  default     = 40
}

variable "messages_max_attempts" {
  type        = number
  description = "messages queue: attempts per message; the worker records a permanent failure on the last one (WORKER_MAX_ATTEMPTS)."
  default     = 8
}

variable "fetches_max_dispatches_per_second" {
  type        = number
  description = "fetches queue: users' fetches started per second (the daily schedule spreads users at this rate)."
  default     = 5
}

variable "fetches_max_concurrent_dispatches" {
  type        = number
  description = "fetches queue: fetches running at once."
  default     = 10
}

variable "schedule_page_size" {
  type        = number
  description = "Users per page of the daily round: each page is one task on the fetches queue that starts their fetches (SCHEDULE_PAGE_SIZE)."
  default     = 500
}

variable "sheet_syncs_max_dispatches_per_second" {
  type        = number
  description = "sheet-syncs queue: sheet writes per second (Sheets allows 300 writes a minute per project)."
  default     = 1
}

variable "sheet_syncs_max_concurrent_dispatches" {
  type        = number
  description = "sheet-syncs queue: syncs running at once."
  default     = 5
}

# --- Data protection and alerting -----------------------------------------------------------

variable "backup_retention_days" {
  type        = number
  description = "How long the daily Firestore backup is kept (at most 98 days)."
  default     = 14
}

variable "queue_backlog_alert" {
  type        = number
  description = "Alert when a queue holds more tasks than this for 30 minutes."
  default     = 50000
}
