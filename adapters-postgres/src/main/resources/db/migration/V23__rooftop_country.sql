-- A rooftop's country (ISO 3166-1 alpha-2): phone numbers entered for it without a country code are read there.
-- Every rooftop so far gives a US state code, so existing ones are in the US.
ALTER TABLE rooftops ADD COLUMN country char(2) NOT NULL DEFAULT 'US' CHECK (country ~ '^[A-Z]{2}$');
