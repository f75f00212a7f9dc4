-- CreateTable
CREATE TABLE "search_query" (
    "id" UUID NOT NULL,
    "text" VARCHAR(100) NOT NULL,
    "result_count" INTEGER NOT NULL,
    "top_matter_id" UUID,
    "clicked_matter_id" UUID,
    "catalog_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "clicked_at" TIMESTAMPTZ(3),

    CONSTRAINT "search_query_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_alias" (
    "id" UUID NOT NULL,
    "matter_id" UUID NOT NULL,
    "alias" VARCHAR(30) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_alias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_query_result_count_created_at_idx" ON "search_query"("result_count", "created_at");

-- CreateIndex
CREATE INDEX "search_alias_created_at_idx" ON "search_alias"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "search_alias_matter_id_alias_key" ON "search_alias"("matter_id", "alias");
