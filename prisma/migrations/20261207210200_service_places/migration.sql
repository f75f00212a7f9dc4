-- CreateTable
CREATE TABLE "township_centre" (
    "township_code" VARCHAR(9) NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "address" VARCHAR(200),
    "hours" VARCHAR(200),
    "phone" VARCHAR(40),
    "updated_by" VARCHAR(64),
    "updated_at" TIMESTAMPTZ(3),

    CONSTRAINT "township_centre_pkey" PRIMARY KEY ("township_code")
);

-- CreateTable
CREATE TABLE "village_station" (
    "village_code" VARCHAR(12) NOT NULL,
    "township_code" VARCHAR(9) NOT NULL,
    "county_code" VARCHAR(6) NOT NULL,
    "has_station" BOOLEAN NOT NULL,
    "served_by" VARCHAR(12) NOT NULL,
    "seeded_by_rule" BOOLEAN NOT NULL DEFAULT true,
    "address" VARCHAR(200),
    "hours" VARCHAR(200),
    "phone" VARCHAR(40),
    "updated_by" VARCHAR(64),
    "updated_at" TIMESTAMPTZ(3),

    CONSTRAINT "village_station_pkey" PRIMARY KEY ("village_code")
);

-- CreateTable
CREATE TABLE "department_contact" (
    "county_code" VARCHAR(6) NOT NULL,
    "department_code" VARCHAR(16) NOT NULL,
    "phone" VARCHAR(40) NOT NULL,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "department_contact_pkey" PRIMARY KEY ("county_code","department_code")
);

-- CreateIndex
CREATE INDEX "township_centre_county_code_idx" ON "township_centre"("county_code");

-- CreateIndex
CREATE INDEX "village_station_township_code_idx" ON "village_station"("township_code");

-- CreateIndex
CREATE INDEX "village_station_county_code_idx" ON "village_station"("county_code");
