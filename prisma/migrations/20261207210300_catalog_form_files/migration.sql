-- CreateTable
CREATE TABLE "catalog_form_file" (
    "sha256" CHAR(64) NOT NULL,
    "content_type" VARCHAR(80) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_form_file_pkey" PRIMARY KEY ("sha256")
);
