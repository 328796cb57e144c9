CREATE TABLE permits (
  id bigserial PRIMARY KEY,
  address text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);
