-- R-DSR-5: a customer whose processing is restricted (or who objected) keeps their data and gets no messages.
ALTER TABLE customers ADD COLUMN restricted_at timestamptz;
