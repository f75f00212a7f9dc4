-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'skipped', 'dead');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('open', 'called', 'replied');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('pending', 'upheld', 'rejected');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('complaint', 'suggestion');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('open', 'answered');

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "event" VARCHAR(32) NOT NULL,
    "dedupe_key" VARCHAR(160) NOT NULL,
    "resident_id" UUID,
    "application_id" UUID,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscribe_consent" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "template" VARCHAR(32) NOT NULL,
    "application_id" UUID,
    "granted_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "used_for" UUID,

    CONSTRAINT "subscribe_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "stars" INTEGER NOT NULL,
    "efficiency" INTEGER NOT NULL,
    "guide_accuracy" INTEGER NOT NULL,
    "convenience" INTEGER NOT NULL,
    "usability" INTEGER NOT NULL,
    "comment" VARCHAR(500),
    "region_code" VARCHAR(12) NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "queue_id" VARCHAR(48) NOT NULL,
    "rated_at" TIMESTAMPTZ(3) NOT NULL,
    "re_stars" INTEGER,
    "re_comment" VARCHAR(500),
    "re_rated_at" TIMESTAMPTZ(3),
    "excluded_at" TIMESTAMPTZ(3),

    CONSTRAINT "rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_follow_up" (
    "id" UUID NOT NULL,
    "rating_id" UUID NOT NULL,
    "queue_id" VARCHAR(48) NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'open',
    "call_back_due" DATE NOT NULL,
    "reply_due" DATE NOT NULL,
    "called_at" TIMESTAMPTZ(3),
    "call_note" VARCHAR(500),
    "replied_at" TIMESTAMPTZ(3),
    "reply" VARCHAR(1000),
    "handled_by" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rating_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_appeal" (
    "id" UUID NOT NULL,
    "rating_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'pending',
    "decided_by" VARCHAR(64),
    "decision" VARCHAR(500),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rating_appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "matter_id" UUID,
    "application_id" UUID,
    "text" VARCHAR(1000) NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'open',
    "due_date" DATE NOT NULL,
    "answer" VARCHAR(1000),
    "answered_by" VARCHAR(64),
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_setting" (
    "key" VARCHAR(64) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_message_application_id_idx" ON "outbox_message"("application_id");

-- CreateIndex
CREATE INDEX "subscribe_consent_resident_id_template_used_at_idx" ON "subscribe_consent"("resident_id", "template", "used_at");

-- CreateIndex
CREATE UNIQUE INDEX "rating_application_id_key" ON "rating"("application_id");

-- CreateIndex
CREATE INDEX "rating_county_code_rated_at_idx" ON "rating"("county_code", "rated_at");

-- CreateIndex
CREATE INDEX "rating_queue_id_rated_at_idx" ON "rating"("queue_id", "rated_at");

-- CreateIndex
CREATE UNIQUE INDEX "rating_follow_up_rating_id_key" ON "rating_follow_up"("rating_id");

-- CreateIndex
CREATE INDEX "rating_follow_up_queue_id_status_idx" ON "rating_follow_up"("queue_id", "status");

-- CreateIndex
CREATE INDEX "rating_follow_up_county_code_status_idx" ON "rating_follow_up"("county_code", "status");

-- CreateIndex
CREATE INDEX "rating_appeal_status_created_at_idx" ON "rating_appeal"("status", "created_at");

-- CreateIndex
CREATE INDEX "rating_appeal_rating_id_idx" ON "rating_appeal"("rating_id");

-- CreateIndex
CREATE INDEX "complaint_county_code_status_due_date_idx" ON "complaint"("county_code", "status", "due_date");

-- CreateIndex
CREATE INDEX "complaint_resident_id_created_at_idx" ON "complaint"("resident_id", "created_at");

-- AddForeignKey
ALTER TABLE "rating_follow_up" ADD CONSTRAINT "rating_follow_up_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating_appeal" ADD CONSTRAINT "rating_appeal_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
