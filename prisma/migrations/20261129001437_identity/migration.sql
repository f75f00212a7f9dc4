-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('clerk', 'township_lead', 'county_admin', 'city_admin');

-- CreateEnum
CREATE TYPE "ScopeKind" AS ENUM ('village', 'township', 'county_department', 'county', 'city');

-- CreateTable
CREATE TABLE "resident" (
    "id" UUID NOT NULL,
    "openid" VARCHAR(128) NOT NULL,
    "unionid" VARCHAR(128),
    "session_key_enc" TEXT,
    "name" VARCHAR(64),
    "id_number_enc" TEXT,
    "id_number_hash" VARCHAR(64),
    "id_number_masked" VARCHAR(18),
    "phone_enc" TEXT,
    "phone_hash" VARCHAR(64),
    "phone_masked" VARCHAR(11),
    "region_code" VARCHAR(12),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_member" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "relation" VARCHAR(16) NOT NULL,
    "id_number_enc" TEXT NOT NULL,
    "id_number_hash" VARCHAR(64) NOT NULL,
    "id_number_masked" VARCHAR(18) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_account" (
    "id" UUID NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(64) NOT NULL,
    "role" "StaffRole" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_scope" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "kind" "ScopeKind" NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "department_code" VARCHAR(32),

    CONSTRAINT "staff_scope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_token" (
    "id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "resident_id" UUID,
    "staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_id" VARCHAR(64),
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32),
    "subject_id" VARCHAR(64),
    "details" JSONB,
    "request_id" VARCHAR(64),

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" VARCHAR(200) NOT NULL,
    "window_start" TIMESTAMPTZ(0) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "resident_openid_key" ON "resident"("openid");

-- CreateIndex
CREATE UNIQUE INDEX "resident_id_number_hash_key" ON "resident"("id_number_hash");

-- CreateIndex
CREATE INDEX "resident_region_code_idx" ON "resident"("region_code");

-- CreateIndex
CREATE INDEX "resident_phone_hash_idx" ON "resident"("phone_hash");

-- CreateIndex
CREATE UNIQUE INDEX "family_member_resident_id_id_number_hash_key" ON "family_member"("resident_id", "id_number_hash");

-- CreateIndex
CREATE UNIQUE INDEX "staff_account_username_key" ON "staff_account"("username");

-- CreateIndex
CREATE INDEX "staff_scope_region_code_idx" ON "staff_scope"("region_code");

-- CreateIndex
CREATE UNIQUE INDEX "staff_scope_staff_id_kind_region_code_department_code_key" ON "staff_scope"("staff_id", "kind", "region_code", "department_code");

-- CreateIndex
CREATE UNIQUE INDEX "auth_token_token_hash_key" ON "auth_token"("token_hash");

-- CreateIndex
CREATE INDEX "auth_token_resident_id_idx" ON "auth_token"("resident_id");

-- CreateIndex
CREATE INDEX "auth_token_staff_id_idx" ON "auth_token"("staff_id");

-- CreateIndex
CREATE INDEX "audit_event_subject_type_subject_id_idx" ON "audit_event"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE INDEX "rate_limit_bucket_window_start_idx" ON "rate_limit_bucket"("window_start");

-- AddForeignKey
ALTER TABLE "resident" ADD CONSTRAINT "resident_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_scope" ADD CONSTRAINT "staff_scope_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_scope" ADD CONSTRAINT "staff_scope_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_token" ADD CONSTRAINT "auth_token_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_token" ADD CONSTRAINT "auth_token_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
