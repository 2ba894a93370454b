-- The first answer to a POST sent with an Idempotency-Key (service-kit IdempotencyKeys), written in the same
-- transaction as the effect it answers, so that a replay can never see an effect without its answer or the
-- reverse. Scoped by caller (token subject) and endpoint (method and concrete path): one client's key never
-- collides with another's. The row is claimed (status and body still null) before the effect runs and completed
-- after it, in one transaction: a concurrent request with the same key waits on the claim and then replays the
-- committed answer, so nobody else ever sees a row without its answer. Unqualified: it lands in the service's
-- own schema.
CREATE TABLE idempotency_key (
    caller           text        NOT NULL,
    endpoint         text        NOT NULL,
    idempotency_key  text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash     text        NOT NULL,
    status           integer     CHECK (status BETWEEN 200 AND 299),
    body             text,
    location         text,
    etag             text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, endpoint, idempotency_key),
    CHECK ((status IS NULL) = (body IS NULL))
);
