// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
export const responseFields = {
  "CardList": [
    "object",
    "data",
    "limit",
    "offset",
    "total",
    "order",
    "location",
    "from",
    "to"
  ],
  "Card": [
    "object",
    "id",
    "livemode",
    "location",
    "deleted",
    "brand",
    "last_digits",
    "first_digits",
    "name",
    "expiration_month",
    "expiration_year",
    "bank",
    "country",
    "city",
    "postal_code",
    "state",
    "street1",
    "street2",
    "phone_number",
    "financing",
    "fingerprint",
    "tokenization_method",
    "security_code_check",
    "created_at"
  ],
  "Transaction": [
    "object",
    "id",
    "livemode",
    "location",
    "amount",
    "currency",
    "direction",
    "key",
    "origin",
    "transferable_at",
    "created_at"
  ],
  "Error": [
    "object",
    "location",
    "code",
    "message"
  ]
} as const;
