// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import type { ResponseTable } from '../src/testing/response-table.js';

export const responses: ResponseTable = {
  "listCustomerCards": {
    "200": {
      "schema": "CardList",
      "examples": {
        "cards": {
          "object": "list",
          "data": [
            {
              "object": "card",
              "id": "card_test_5fz0ol9ivcxnqmxljdq",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_5fz0ol9ivcxnqmxljdq",
              "deleted": false,
              "brand": "Visa",
              "last_digits": "4242",
              "first_digits": null,
              "name": "Somchai Prasert",
              "expiration_month": 12,
              "expiration_year": 2030,
              "bank": "JPMORGAN CHASE BANK N.A.",
              "country": "us",
              "city": "Bangkok",
              "postal_code": "10320",
              "state": null,
              "street1": null,
              "street2": null,
              "phone_number": null,
              "financing": "credit",
              "fingerprint": "7jGh9VWw5Dvm/8Zrh9wY/e3VXhdWyg8k8xD1+8sHGhU=",
              "tokenization_method": null,
              "security_code_check": true,
              "created_at": "2024-03-01T04:12:10Z"
            },
            {
              "object": "card",
              "id": "card_test_5fz0olb0ehmmu1n8q6w",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_5fz0olb0ehmmu1n8q6w",
              "deleted": false,
              "brand": "MasterCard",
              "last_digits": "4444",
              "first_digits": "555555",
              "name": "Somchai Prasert",
              "expiration_month": 6,
              "expiration_year": 2029,
              "bank": "",
              "country": "th",
              "city": null,
              "postal_code": null,
              "state": null,
              "street1": null,
              "street2": null,
              "phone_number": null,
              "financing": "",
              "fingerprint": "aH0U6I0pxxu9T2i+7XhRO4VrX2a5Kf0hAEMc6sHDOb0=",
              "tokenization_method": "googlepay",
              "security_code_check": true,
              "created_at": "2024-05-17T09:30:00Z"
            },
            {
              "object": "card",
              "id": "card_test_5fz0olcpjr0z0oqsuxb",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_5fz0olcpjr0z0oqsuxb",
              "deleted": false,
              "brand": "JCB",
              "last_digits": "0000",
              "first_digits": null,
              "name": "Somchai Prasert",
              "expiration_month": 1,
              "expiration_year": 2028,
              "bank": null,
              "country": "jp",
              "city": "Chiang Mai",
              "postal_code": "50200",
              "state": "Chiang Mai",
              "street1": "1 Nimmanhaemin Road",
              "street2": "Suthep",
              "phone_number": "+66812345678",
              "financing": "debit",
              "fingerprint": "Rj2Oq0y2aK5mWv+jz2I3oV5n8k8bQbGz3q1V+1YkNfM=",
              "tokenization_method": null,
              "security_code_check": false,
              "created_at": "2024-08-02T15:45:30Z"
            }
          ],
          "limit": 20,
          "offset": 0,
          "total": 3,
          "order": "chronological",
          "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards",
          "from": "1970-01-01T00:00:00Z",
          "to": "2024-11-24T10:00:00Z"
        },
        "jcb": {
          "object": "list",
          "data": [
            {
              "object": "card",
              "id": "card_test_5fz0olcpjr0z0oqsuxb",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_5fz0olcpjr0z0oqsuxb",
              "deleted": false,
              "brand": "JCB",
              "last_digits": "0000",
              "first_digits": null,
              "name": "Somchai Prasert",
              "expiration_month": 1,
              "expiration_year": 2028,
              "bank": null,
              "country": "jp",
              "city": "Chiang Mai",
              "postal_code": "50200",
              "state": "Chiang Mai",
              "street1": "1 Nimmanhaemin Road",
              "street2": "Suthep",
              "phone_number": "+66812345678",
              "financing": "debit",
              "fingerprint": "Rj2Oq0y2aK5mWv+jz2I3oV5n8k8bQbGz3q1V+1YkNfM=",
              "tokenization_method": null,
              "security_code_check": false,
              "created_at": "2024-08-02T15:45:30Z"
            }
          ],
          "limit": 20,
          "offset": 0,
          "total": 1,
          "order": "reverse_chronological",
          "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards",
          "from": "2024-08-01T00:00:00Z",
          "to": "2024-11-24T10:00:00Z"
        },
        "empty": {
          "object": "list",
          "data": [],
          "limit": 20,
          "offset": 0,
          "total": 0,
          "order": "chronological",
          "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards",
          "from": "1970-01-01T00:00:00Z",
          "to": "2024-11-24T10:00:00Z"
        },
        "recorded_2019": {
          "object": "list",
          "from": "1970-01-01T00:00:00Z",
          "to": "2019-05-24T09:23:25Z",
          "offset": 0,
          "limit": 20,
          "total": 1,
          "order": "chronological",
          "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards",
          "data": [
            {
              "object": "card",
              "id": "card_test_5fzbq7abcdefghijklm",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_5fzbq7abcdefghijklm",
              "created_at": "2019-05-22T05:10:51Z",
              "deleted": false,
              "street1": null,
              "street2": null,
              "city": "Bangkok",
              "state": null,
              "postal_code": "10320",
              "country": "gb",
              "phone_number": null,
              "financing": "credit",
              "bank": "EXAMPLE BANK PLC",
              "last_digits": "4242",
              "brand": "Visa",
              "expiration_month": 5,
              "expiration_year": 2030,
              "fingerprint": "kq3Tz8m0Vd2YbXwRr5pLh7Nc1sGf4JuE9aOiQyWxZt0=",
              "name": "SOMCHAI PRASERT",
              "security_code_check": true
            }
          ]
        },
        "recorded_2025": {
          "object": "list",
          "data": [
            {
              "object": "card",
              "id": "card_test_63440mabcdefghijklm",
              "livemode": false,
              "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards/card_test_63440mabcdefghijklm",
              "deleted": false,
              "street1": null,
              "street2": null,
              "city": "Bangkok",
              "state": null,
              "phone_number": null,
              "postal_code": "10320",
              "country": "",
              "financing": "",
              "bank": "",
              "brand": "Visa",
              "fingerprint": "Qm8vXc2Lr5Tn1Yh7Jd4Kp0Ws9Gb3Ez6Fa2Uo8Ni5Rl4=",
              "first_digits": null,
              "last_digits": "4242",
              "name": "Somchai Prasert",
              "expiration_month": 11,
              "expiration_year": 2030,
              "security_code_check": true,
              "tokenization_method": null,
              "created_at": "2025-03-20T09:12:01Z"
            }
          ],
          "limit": 20,
          "offset": 0,
          "total": 1,
          "location": "/customers/cust_test_5fz0olfpy32zadv96ek/cards",
          "order": "chronological",
          "from": "1970-01-01T00:00:00Z",
          "to": "2025-03-20T10:28:57Z"
        }
      }
    },
    "400": {
      "schema": "Error",
      "examples": {
        "bad_request": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#bad-request",
          "code": "bad_request",
          "message": "limit must be an integer between 1 and 100"
        },
        "bad_offset": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#bad-request",
          "code": "bad_request",
          "message": "offset must be an integer greater than or equal to 0"
        },
        "bad_order": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#bad-request",
          "code": "bad_request",
          "message": "order must be one of chronological, reverse_chronological"
        },
        "bad_date": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#bad-request",
          "code": "bad_request",
          "message": "from must be a date and time in ISO 8601 format (RFC 3339: a time zone as Z or +hh:mm), e.g. 2024-01-31T23:59:59Z"
        },
        "from_after_to": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#bad-request",
          "code": "bad_request",
          "message": "from must be earlier than to"
        }
      }
    },
    "401": {
      "schema": "Error",
      "examples": {
        "authentication_failure": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#authentication-failure",
          "code": "authentication_failure",
          "message": "authentication failed"
        }
      }
    },
    "404": {
      "schema": "Error",
      "examples": {
        "not_found": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#not-found",
          "code": "not_found",
          "message": "customer cust_test_5fz0olfpy32zadv96ek was not found"
        }
      }
    },
    "429": {
      "schema": null,
      "examples": {}
    },
    "500": {
      "schema": "Error",
      "examples": {
        "internal_error": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#internal-error",
          "code": "internal_error",
          "message": "request could not be completed due to an internal error"
        }
      }
    },
    "503": {
      "schema": "Error",
      "examples": {
        "service_unavailable": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#service-unavailable",
          "code": "service_unavailable",
          "message": "service is temporarily unavailable, please retry"
        }
      }
    }
  },
  "retrieveTransaction": {
    "200": {
      "schema": "Transaction",
      "examples": {
        "credit": {
          "object": "transaction",
          "id": "trxn_test_5fz0ol7mmqw6cj8h5xq",
          "livemode": false,
          "location": "/transactions/trxn_test_5fz0ol7mmqw6cj8h5xq",
          "amount": 96094,
          "currency": "THB",
          "direction": "credit",
          "key": "charge.captured.net",
          "origin": "chrg_test_5fz0ol3bn1mdrc3t0kq",
          "transferable_at": "2024-03-08T04:12:10Z",
          "created_at": "2024-03-01T04:12:10Z"
        },
        "debit": {
          "object": "transaction",
          "id": "trxn_test_5fz0olkxj5z7r3ka2d1",
          "livemode": false,
          "location": "/transactions/trxn_test_5fz0olkxj5z7r3ka2d1",
          "amount": 25000,
          "currency": "THB",
          "direction": "debit",
          "key": "refund.created",
          "origin": "rfnd_test_5fz0olj9d3nqz6wx0bv",
          "transferable_at": "2024-03-02T11:00:00Z",
          "created_at": "2024-03-02T11:00:00Z"
        }
      }
    },
    "401": {
      "schema": "Error",
      "examples": {
        "authentication_failure": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#authentication-failure",
          "code": "authentication_failure",
          "message": "authentication failed"
        }
      }
    },
    "404": {
      "schema": "Error",
      "examples": {
        "not_found": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#not-found",
          "code": "not_found",
          "message": "transaction trxn_test_5fz0ol7mmqw6cj8h5xq was not found"
        }
      }
    },
    "429": {
      "schema": null,
      "examples": {}
    },
    "500": {
      "schema": "Error",
      "examples": {
        "internal_error": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#internal-error",
          "code": "internal_error",
          "message": "request could not be completed due to an internal error"
        }
      }
    },
    "503": {
      "schema": "Error",
      "examples": {
        "service_unavailable": {
          "object": "error",
          "location": "https://www.omise.co/api-errors#service-unavailable",
          "code": "service_unavailable",
          "message": "service is temporarily unavailable, please retry"
        }
      }
    }
  }
};
