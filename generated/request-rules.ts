// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
export const requestRules = {
  "listCustomerCards": {
    "method": "GET",
    "route": "/customers/{id}/cards",
    "params": {
      "path": {
        "id": {
          "type": "string",
          "pattern": "^cust(_test)?_[0-9a-z]+$",
          "required": true
        }
      },
      "query": {
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20,
          "required": false
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "default": 0,
          "required": false
        },
        "order": {
          "type": "string",
          "enum": [
            "chronological",
            "reverse_chronological"
          ],
          "default": "chronological",
          "required": false
        },
        "from": {
          "type": "string",
          "format": "date-time",
          "required": false
        },
        "to": {
          "type": "string",
          "format": "date-time",
          "required": false
        }
      }
    }
  },
  "retrieveTransaction": {
    "method": "GET",
    "route": "/transactions/{id}",
    "params": {
      "path": {
        "id": {
          "type": "string",
          "pattern": "^trxn(_test)?_[0-9a-z]+$",
          "required": true
        }
      },
      "query": {}
    }
  }
} as const;
