-- AlterTable
ALTER TABLE "matter_draft" ALTER COLUMN "item_code" SET DATA TYPE VARCHAR(80);

-- AlterTable
ALTER TABLE "published_matter" ALTER COLUMN "item_code" SET DATA TYPE VARCHAR(80);
