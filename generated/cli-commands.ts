// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import type { CliCommand } from '../src/cli/command-table.js';

/** Each resource's description, for the help. */
export const cliResources: Readonly<Record<string, string>> = {
  "customers": "A customer's saved cards.",
  "transactions": "Balance movements, for reconciliation and audit."
};

export const cliCommands: readonly CliCommand[] = [
  {
    "resource": "customers",
    "operationId": "listCustomerCards",
    "schema": "CardList",
    "kind": "call",
    "command": "list-cards",
    "method": "listCards",
    "summary": "List the cards attached to a customer",
    "arguments": [
      {
        "name": "customerId",
        "description": "The customer's id. Test-mode ids contain `_test_`."
      }
    ],
    "flags": [
      {
        "name": "limit",
        "description": "How many cards a page holds.",
        "default": "20"
      },
      {
        "name": "offset",
        "description": "How many cards to skip.",
        "default": "0"
      },
      {
        "name": "order",
        "description": "Sort order by creation time.",
        "default": "chronological"
      },
      {
        "name": "from",
        "description": "Only cards created at or after this time (RFC 3339, the time zone as Z or +hh:mm).",
        "default": "1970-01-01T00:00:00Z"
      },
      {
        "name": "to",
        "description": "Only cards created at or before this time (RFC 3339, the time zone as Z or +hh:mm).",
        "default": "now"
      }
    ],
    "listAll": "list-all-cards"
  },
  {
    "resource": "customers",
    "operationId": "listCustomerCards",
    "schema": "CardList",
    "kind": "listAll",
    "command": "list-all-cards",
    "method": "listAllCards",
    "summary": "every card of customers list-cards, exactly once, as of the first page (progress on stderr)",
    "arguments": [
      {
        "name": "customerId",
        "description": "The customer's id. Test-mode ids contain `_test_`."
      }
    ],
    "flags": [
      {
        "name": "order",
        "description": "Sort order by creation time.",
        "default": "chronological"
      },
      {
        "name": "from",
        "description": "Only cards created at or after this time (RFC 3339, the time zone as Z or +hh:mm).",
        "default": "1970-01-01T00:00:00Z"
      },
      {
        "name": "to",
        "description": "Only cards created at or before this time (RFC 3339, the time zone as Z or +hh:mm).",
        "default": "now"
      }
    ],
    "item": "Card"
  },
  {
    "resource": "transactions",
    "operationId": "retrieveTransaction",
    "schema": "Transaction",
    "kind": "call",
    "command": "retrieve",
    "method": "retrieve",
    "summary": "Retrieve one transaction",
    "arguments": [
      {
        "name": "transactionId",
        "description": "The transaction's id. Test-mode ids contain `_test_`."
      }
    ],
    "flags": []
  },
  {
    "resource": "transactions",
    "operationId": "retrieveTransaction",
    "schema": "Transaction",
    "kind": "many",
    "command": "retrieve-many",
    "method": "retrieveMany",
    "summary": "transactions retrieve for many ids, one row per id, with a status column (exit 6 when some failed)",
    "arguments": [
      {
        "name": "transactionIds",
        "description": "transaction ids; or --ids-file FILE, or one per line on standard input"
      }
    ],
    "flags": [],
    "key": "transaction"
  }
];
