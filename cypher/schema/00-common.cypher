// Schema shared by every service. Each statement is idempotent, so the schema job runs on every
// install and upgrade; nothing here drops data.
CREATE CONSTRAINT processed_event_key IF NOT EXISTS
FOR (e:ProcessedEvent) REQUIRE e.key IS UNIQUE;
