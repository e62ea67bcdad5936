// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import type { OperationTable } from '../src/operations/table.js';

export const operations = {
  "listCustomerCards": {
    "id": "listCustomerCards",
    "resource": "customers",
    "method": "listCards",
    "path": "/customers/{id}/cards",
    "pathArguments": [
      {
        "name": "id",
        "argument": "customerId",
        "noun": "customer",
        "rule": {
          "type": "string",
          "pattern": "^cust(_test)?_[0-9a-z]+$",
          "required": true
        }
      }
    ],
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
    },
    "schema": "CardList",
    "list": {
      "method": "listAllCards",
      "item": "Card",
      "noun": "card"
    }
  },
  "retrieveTransaction": {
    "id": "retrieveTransaction",
    "resource": "transactions",
    "method": "retrieve",
    "path": "/transactions/{id}",
    "pathArguments": [
      {
        "name": "id",
        "argument": "transactionId",
        "noun": "transaction",
        "rule": {
          "type": "string",
          "pattern": "^trxn(_test)?_[0-9a-z]+$",
          "required": true
        }
      }
    ],
    "query": {},
    "schema": "Transaction",
    "byId": {
      "many": "retrieveMany",
      "argument": "transactionIds",
      "key": "transaction"
    }
  }
} as const satisfies OperationTable;

/**
 * The same table, as the generic code reads it: by any operationId.
 * @alias operations, typed for lookups by name
 */
export const operationTable: OperationTable = operations;
