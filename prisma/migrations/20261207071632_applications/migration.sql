-- CreateEnum
CREATE TYPE "QueueKind" AS ENUM ('village', 'township', 'county_department', 'city_department');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'correction', 'accepted', 'special', 'finished', 'denied', 'rejected', 'withdrawn');

-- AlterEnum
ALTER TYPE "ScopeKind" ADD VALUE 'city_department';

-- CreateTable
CREATE TABLE "upload" (
    "id" UUID NOT NULL,
    "owner_kind" VARCHAR(16) NOT NULL,
    "owner_id" UUID NOT NULL,
    "mime" VARCHAR(32) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "file_name" VARCHAR(200),
    "storage_key" VARCHAR(200) NOT NULL,
    "preview_key" VARCHAR(200),
    "width" INTEGER,
    "height" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "key" VARCHAR(200) NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "application_draft" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "matter_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "step" VARCHAR(16) NOT NULL,
    "content_enc" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue" (
    "id" VARCHAR(48) NOT NULL,
    "kind" "QueueKind" NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "department_code" VARCHAR(16),
    "county_code" VARCHAR(6) NOT NULL,
    "name" VARCHAR(100) NOT NULL,

    CONSTRAINT "queue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL,
    "idempotency_scope" VARCHAR(80) NOT NULL,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "matter_id" UUID NOT NULL,
    "catalog_version" INTEGER NOT NULL,
    "matter_name" VARCHAR(120) NOT NULL,
    "department_code" VARCHAR(16) NOT NULL,
    "situation_id" VARCHAR(64),
    "owner_resident_id" UUID,
    "filed_as" VARCHAR(16) NOT NULL,
    "filed_by_resident_id" UUID,
    "filed_by_staff_id" UUID,
    "family_member_id" UUID,
    "consent" JSONB,
    "applicant_name" VARCHAR(64) NOT NULL,
    "applicant_id_enc" TEXT NOT NULL,
    "applicant_id_hash" VARCHAR(64) NOT NULL,
    "applicant_id_masked" VARCHAR(18) NOT NULL,
    "applicant_phone_enc" TEXT,
    "applicant_phone_masked" VARCHAR(11),
    "region_code" VARCHAR(12) NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "form_enc" TEXT NOT NULL,
    "form_masked" JSONB NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted',
    "queue_id" VARCHAR(48) NOT NULL,
    "route_reason_code" VARCHAR(24) NOT NULL,
    "route_reason" VARCHAR(300) NOT NULL,
    "delegation_id" UUID,
    "delegation_document" VARCHAR(64),
    "claimed_by" UUID,
    "claimed_at" TIMESTAMPTZ(3),
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_date" DATE NOT NULL,
    "accept_due" DATE NOT NULL,
    "acceptance_no" VARCHAR(40),
    "accepted_at" TIMESTAMPTZ(3),
    "clock_start_date" DATE,
    "deemed_accepted" BOOLEAN NOT NULL DEFAULT false,
    "promise_days" INTEGER NOT NULL,
    "instant" BOOLEAN NOT NULL,
    "due_date" DATE,
    "warn_date" DATE,
    "correction" JSONB,
    "ended_at" TIMESTAMPTZ(3),
    "outcome" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_material" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "material_id" VARCHAR(64) NOT NULL,
    "material_name" VARCHAR(120) NOT NULL,
    "upload_id" UUID NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_pause" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "procedure" VARCHAR(16),
    "expected_days" INTEGER,
    "start_date" DATE NOT NULL,
    "end_date" DATE,

    CONSTRAINT "application_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" BIGSERIAL NOT NULL,
    "application_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_id" VARCHAR(64),
    "actor_name" VARCHAR(100) NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "from_status" "ApplicationStatus",
    "to_status" "ApplicationStatus" NOT NULL,
    "note" VARCHAR(1000),
    "internal_note" VARCHAR(1000),
    "details" JSONB,
    "request_id" VARCHAR(64),

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holiday_year" (
    "year" INTEGER NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "notice" VARCHAR(200) NOT NULL,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "holiday_year_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "upload_owner_kind_owner_id_created_at_idx" ON "upload"("owner_kind", "owner_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_draft_resident_id_matter_id_key" ON "application_draft"("resident_id", "matter_id");

-- CreateIndex
CREATE INDEX "queue_county_code_kind_idx" ON "queue"("county_code", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "application_receipt_no_key" ON "application"("receipt_no");

-- CreateIndex
CREATE UNIQUE INDEX "application_acceptance_no_key" ON "application"("acceptance_no");

-- CreateIndex
CREATE INDEX "application_owner_resident_id_submitted_at_idx" ON "application"("owner_resident_id", "submitted_at");

-- CreateIndex
CREATE INDEX "application_queue_id_status_due_date_idx" ON "application"("queue_id", "status", "due_date");

-- CreateIndex
CREATE INDEX "application_claimed_by_idx" ON "application"("claimed_by");

-- CreateIndex
CREATE UNIQUE INDEX "application_idempotency_scope_idempotency_key_key" ON "application"("idempotency_scope", "idempotency_key");

-- CreateIndex
CREATE INDEX "application_material_application_id_idx" ON "application_material"("application_id");

-- CreateIndex
CREATE INDEX "application_material_upload_id_idx" ON "application_material"("upload_id");

-- CreateIndex
CREATE INDEX "application_pause_application_id_idx" ON "application_pause"("application_id");

-- CreateIndex
CREATE INDEX "application_event_application_id_id_idx" ON "application_event"("application_id", "id");

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_material" ADD CONSTRAINT "application_material_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_pause" ADD CONSTRAINT "application_pause_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The case timeline and the audit trail are append-only: PostgreSQL itself refuses to change or remove a row
CREATE FUNCTION refuse_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER application_event_append_only BEFORE UPDATE OR DELETE ON "application_event"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();

CREATE TRIGGER application_event_no_truncate BEFORE TRUNCATE ON "application_event"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();

-- Sequences of the 办件编号 and the 受理 number: never rolled back, so concurrent submissions do not wait on each other
CREATE SEQUENCE application_receipt_seq;
CREATE SEQUENCE application_acceptance_seq;
