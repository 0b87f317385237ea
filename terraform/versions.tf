terraform {
  required_version = ">= 1.5"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 6.10, < 7.0"
    }
  }
  # State lives in a bucket that `make deploy` creates before the first `terraform init`
  # (a backend can't create its own bucket): terraform init -backend-config=bucket=PROJECT-tfstate
  backend "gcs" {
    prefix = "job-tracker"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}
