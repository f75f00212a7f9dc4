-- The matter status becomes an enum: existing rows keep their value (在用 · 暂停 · 取消) and nothing is dropped
-- CreateEnum
CREATE TYPE "MatterStatus" AS ENUM ('在用', '暂停', '取消');

-- AlterTable
ALTER TABLE "matter_draft" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "matter_draft" ALTER COLUMN "status" TYPE "MatterStatus" USING "status"::"MatterStatus";
ALTER TABLE "matter_draft" ALTER COLUMN "status" SET DEFAULT '在用';

-- AlterTable
ALTER TABLE "published_matter" ALTER COLUMN "status" TYPE "MatterStatus" USING "status"::"MatterStatus";

-- CreateTable
CREATE TABLE "seed_state" (
    "name" VARCHAR(32) NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "seeded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "seed_state_pkey" PRIMARY KEY ("name")
);
