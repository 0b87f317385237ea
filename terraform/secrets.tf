# Secrets: Terraform creates them empty and grants each function the ones it mounts; their values
# never pass through Terraform (state, variables, plans). make deploy adds versions with gcloud
# between its two applies (docs/OPERATIONS.md, "First deploy"): generated ones for the session
# and token keys, the operator's files for the OAuth client secret and the OpenAI key.

locals {
  # Secret id -> the environment variable the code reads it from (infra/secrets.py SECRET_FIELDS),
  # and whether this deployment has it: only an extractor that asks a model needs an OpenAI key.
  secrets = {
    google-client-secret = { env = "GOOGLE_CLIENT_SECRET", enabled = true }
    session-secret       = { env = "SESSION_SECRET", enabled = true }
    token-encryption-key = { env = "TOKEN_ENCRYPTION_KEY", enabled = true }
    openai-api-key       = { env = "OPENAI_API_KEY", enabled = var.extractor != "rules" }
  }
}

resource "google_secret_manager_secret" "app" {
  #checkov:skip=CKV_GCP_128:Google-managed encryption; a customer-managed key would add a KMS key ring for no requirement we have.
  for_each  = { for id, secret in local.secrets : id => secret if secret.enabled }
  secret_id = each.key
  replication {
    auto {}
  }
  depends_on = [google_project_service.enabled]
}

resource "google_secret_manager_secret_iam_member" "function_reads" {
  for_each = merge([
    for function, secrets in local.function_mounts : { for secret in secrets : "${function}/${secret}" => { function = function, secret = secret } }
  ]...)
  secret_id = google_secret_manager_secret.app[each.value.secret].id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.function[each.value.function].email}"
}
