-- CreateEnum
CREATE TYPE "FamilyBindingStatus" AS ENUM ('pending', 'active');

-- CreateEnum
CREATE TYPE "FamilyBindMethod" AS ENUM ('guardian', 'confirmed', 'station');

-- AlterTable: bindings made before this change were never confirmed by the person, so they start pending.
ALTER TABLE "family_member" ADD COLUMN     "bind_method" "FamilyBindMethod",
ADD COLUMN     "bound_at" TIMESTAMPTZ(3),
ADD COLUMN     "bound_by_resident_id" UUID,
ADD COLUMN     "bound_by_staff_id" UUID,
ADD COLUMN     "consent" JSONB,
ADD COLUMN     "status" "FamilyBindingStatus" NOT NULL DEFAULT 'pending';

-- CreateIndex
CREATE INDEX "family_member_id_number_hash_status_idx" ON "family_member"("id_number_hash", "status");
