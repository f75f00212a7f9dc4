-- CreateEnum
CREATE TYPE "PowerSource" AS ENUM ('delegated', 'entrusted', 'authorized');

-- CreateEnum
CREATE TYPE "DelegationTarget" AS ENUM ('townships', 'all_townships', 'villages');

-- CreateTable
CREATE TABLE "department" (
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "short_name" VARCHAR(16) NOT NULL,
    "body_name" VARCHAR(64) NOT NULL,
    "window" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "matter_draft" (
    "id" UUID NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "item_code" VARCHAR(50) NOT NULL,
    "department_code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "status" VARCHAR(8) NOT NULL DEFAULT '在用',
    "content" JSONB NOT NULL,
    "missing" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "origin" VARCHAR(16) NOT NULL DEFAULT 'seed',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "matter_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_version" (
    "version" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by" VARCHAR(64),
    "note" VARCHAR(500) NOT NULL,
    "republish_of" INTEGER,
    "counts" JSONB NOT NULL,

    CONSTRAINT "catalog_version_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "published_matter" (
    "version" INTEGER NOT NULL,
    "matter_id" UUID NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "item_code" VARCHAR(50) NOT NULL,
    "department_code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "level" INTEGER NOT NULL,
    "type" VARCHAR(2) NOT NULL,
    "handheld" BOOLEAN NOT NULL,
    "township" BOOLEAN NOT NULL,
    "village" BOOLEAN NOT NULL,
    "topics" TEXT[],
    "status" VARCHAR(8) NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "published_matter_pkey" PRIMARY KEY ("version","matter_id")
);

-- CreateTable
CREATE TABLE "delegation" (
    "id" UUID NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "matter_id" UUID NOT NULL,
    "target" "DelegationTarget" NOT NULL,
    "township_codes" TEXT[],
    "power_source" "PowerSource" NOT NULL,
    "document_no" VARCHAR(64) NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_until" DATE,
    "taken_up" BOOLEAN NOT NULL DEFAULT true,
    "recall_document" VARCHAR(64),
    "recall_reason" VARCHAR(500),
    "recalled_at" TIMESTAMPTZ(3),
    "created_by" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "matter_draft_key_key" ON "matter_draft"("key");

-- CreateIndex
CREATE UNIQUE INDEX "matter_draft_item_code_key" ON "matter_draft"("item_code");

-- CreateIndex
CREATE INDEX "matter_draft_department_code_idx" ON "matter_draft"("department_code");

-- CreateIndex
CREATE INDEX "published_matter_version_department_code_idx" ON "published_matter"("version", "department_code");

-- CreateIndex
CREATE INDEX "published_matter_matter_id_idx" ON "published_matter"("matter_id");

-- CreateIndex
CREATE INDEX "delegation_county_code_matter_id_idx" ON "delegation"("county_code", "matter_id");

-- AddForeignKey
ALTER TABLE "published_matter" ADD CONSTRAINT "published_matter_version_fkey" FOREIGN KEY ("version") REFERENCES "catalog_version"("version") ON DELETE RESTRICT ON UPDATE CASCADE;
