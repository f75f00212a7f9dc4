-- CreateEnum
CREATE TYPE "QuerySource" AS ENUM ('search', 'chat');

-- CreateEnum
CREATE TYPE "ChatChannel" AS ENUM ('app', 'wechat');

-- CreateEnum
CREATE TYPE "ChatAuthor" AS ENUM ('resident', 'assistant', 'clerk');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('open', 'answered');

-- AlterTable
ALTER TABLE "search_query" ADD COLUMN     "low_confidence" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" "QuerySource" NOT NULL DEFAULT 'search';

-- CreateTable
CREATE TABLE "chat_session" (
    "id" UUID NOT NULL,
    "channel" "ChatChannel" NOT NULL,
    "resident_id" UUID,
    "wechat_openid" VARCHAR(128),
    "focus_matter_id" UUID,
    "pending" JSONB,
    "failed_turns" INTEGER NOT NULL DEFAULT 0,
    "turn_count" INTEGER NOT NULL DEFAULT 0,
    "wechat_inbound_at" TIMESTAMPTZ(3),
    "wechat_replies_sent" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chat_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_turn" (
    "session_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "author" "ChatAuthor" NOT NULL,
    "text" VARCHAR(4000) NOT NULL,
    "replies" JSONB,
    "intent" VARCHAR(32),
    "matter_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chat_turn_pkey" PRIMARY KEY ("session_id","seq")
);

-- CreateTable
CREATE TABLE "consultation_ticket" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "resident_id" UUID,
    "queue_id" VARCHAR(48) NOT NULL,
    "matter_id" UUID,
    "reason" VARCHAR(16) NOT NULL,
    "question" VARCHAR(500) NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'open',
    "answer" VARCHAR(2000),
    "answered_by_id" UUID,
    "answered_by" VARCHAR(64),
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "consultation_ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wechat_push_message" (
    "msg_key" VARCHAR(160) NOT NULL,
    "openid" VARCHAR(128) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "wechat_push_message_pkey" PRIMARY KEY ("msg_key")
);

-- CreateTable
CREATE TABLE "wechat_access_token" (
    "app_id" VARCHAR(64) NOT NULL,
    "token" VARCHAR(512) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "wechat_access_token_pkey" PRIMARY KEY ("app_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "chat_session_wechat_openid_key" ON "chat_session"("wechat_openid");

-- CreateIndex
CREATE INDEX "chat_session_resident_id_updated_at_idx" ON "chat_session"("resident_id", "updated_at");

-- CreateIndex
CREATE INDEX "consultation_ticket_queue_id_status_created_at_idx" ON "consultation_ticket"("queue_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "consultation_ticket_session_id_idx" ON "consultation_ticket"("session_id");

-- CreateIndex
CREATE INDEX "wechat_push_message_received_at_idx" ON "wechat_push_message"("received_at");

-- AddForeignKey
ALTER TABLE "chat_turn" ADD CONSTRAINT "chat_turn_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "chat_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_ticket" ADD CONSTRAINT "consultation_ticket_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "chat_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_ticket" ADD CONSTRAINT "consultation_ticket_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
