variable "project_id" {
  type        = string
  description = "The Google Cloud project that runs Job Tracker."
}

variable "region" {
  type        = string
  description = "Region of the functions, the queues and the scheduler job."
  default     = "us-central1"
}

variable "source_bucket" {
  type        = string
  description = "Bucket holding the zipped function source that Cloud Build uploads."
}

variable "source_object" {
  type        = string
  description = "Object name of the zipped function source in source_bucket."
}

variable "frontend_origin" {
  type        = string
  description = "Origin of the static web frontend (scheme://host), allowed for CORS and login redirects."
}

variable "google_client_id" {
  type        = string
  description = "OAuth 2.0 web client id of the consent screen (not a secret)."
}
