// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
export interface paths {
    "/customers/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cards attached to a customer
         * @description Returns one page of the customer's cards. Pages are chosen with `offset` and `limit`; `total`
         *     in the answer says how many cards match, so a caller knows when it has read the last page.
         */
        get: operations["listCustomerCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve one transaction
         * @description Returns one movement of the account's balance, as used for reconciliation and audit.
         */
        get: operations["retrieveTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A customer's id, `cust_...` (`cust_test_...` in test mode).
         * @example cust_test_5fz0olfpy32zadv96ek
         */
        CustomerId: string;
        /**
         * @description A transaction's id, `trxn_...` (`trxn_test_...` in test mode).
         * @example trxn_test_5fz0ol7mmqw6cj8h5xq
         */
        TransactionId: string;
        /**
         * @description Sort order by creation time; `chronological` (oldest first) is the API's default.
         * @default chronological
         * @enum {string}
         */
        ListOrder: "chronological" | "reverse_chronological";
        /** @description A page of cards. `data` holds at most `limit` cards; `total` counts every match. */
        CardList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The cards of this page, at most `limit`, in `order`. */
            data: components["schemas"]["Card"][];
            /** @description The most cards a page holds, as asked (the API's default is 20). */
            limit: number;
            /** @description How many cards of the window come before this page. */
            offset: number;
            /** @description How many cards the window holds in all, on every page: the end is reached when `offset` plus the cards read reaches it. */
            total: number;
            /** @description The order the cards come in, as asked; null when a list was read without one. */
            order: components["schemas"]["ListOrder"] | null;
            /** @description The path of the list: `/customers/{id}/cards`. */
            location: string;
            /**
             * Format: date-time
             * @description The start of the window the list covers (UTC); the epoch when none was asked for.
             */
            from: string;
            /**
             * Format: date-time
             * @description The end of the window the list covers (UTC); the time of the request when none was asked for.
             */
            to: string;
        };
        /**
         * @description A card saved on a customer (API version 2019-05-29).
         *
         *     Why these fields are required, optional or nullable, checked against the bodies Omise's own
         *     SDKs recorded from the real API: the API serializes every field the version had when it
         *     shipped on every response, writing null for what it does not know, so those fields are
         *     required (a missing one means a different API version, which the `Omise-Version` header rules
         *     out). Two fields came later without a new version: `first_digits` (around July 2019) and
         *     `tokenization_method` (2022). A genuine 2019-05-29 card recorded on 2019-05-24 has neither, one
         *     recorded in 2025 has both as null, so both are optional and nullable. Nullable are the fields
         *     real cards come back without: the billing address fields (`street1`, `street2`, `city`,
         *     `state`, `postal_code`, `phone_number`), which tokenization does not ask for; `first_digits`,
         *     shown only to some merchants; `bank` and `country`, derived from the card's IIN and unknown for
         *     some ranges; `tokenization_method`, null unless the card came from a wallet. Strings the API
         *     derives may also be empty (`bank`, `country`, `financing`), so they carry no minimum length.
         *     Everything the card cannot exist without (id, brand, last digits, expiry, fingerprint,
         *     creation time) is non-nullable. Unknown extra fields are allowed so that a field Omise adds
         *     later does not break validation.
         */
        Card: {
            /**
             * @description Always `card`.
             * @constant
             */
            object: "card";
            /** @description The card's id, `card_...` (`card_test_...` in test mode). */
            id: string;
            /** @description Whether the card is of live mode (false in test mode). */
            livemode: boolean;
            /** @description The path of the card: `/customers/{customer}/cards/{card}`. */
            location: string;
            /** @description Whether the card was deleted from the customer (Omise keeps a deleted card's data). */
            deleted: boolean;
            /** @description Card network, e.g. Visa, MasterCard, JCB, American Express, UnionPay. */
            brand: string;
            /** @description The card number's last four digits. */
            last_digits: string;
            /**
             * @description The card's leading digits, only returned to some merchants; null otherwise. Added by Omise
             *     after 2019-05-29 shipped: older answers of this version do not carry it.
             */
            first_digits?: string | null;
            /** @description Card holder's name, as given when the card was tokenized. */
            name: string;
            /** @description The month the card expires, 1 to 12. */
            expiration_month: number;
            /** @description The year the card expires, four digits. */
            expiration_year: number;
            /** @description Issuing bank, derived from the IIN; empty or null when unknown. */
            bank: string | null;
            /** @description Issuing country (ISO 3166-1 alpha-2, lowercase as sent), derived from the IIN. */
            country: string | null;
            /** @description The billing address's city, when it was given. */
            city: string | null;
            /** @description The billing address's postal code, when it was given. */
            postal_code: string | null;
            /** @description The billing address's state or province, when it was given. */
            state: string | null;
            /** @description The billing address's first street line, when it was given. */
            street1: string | null;
            /** @description The billing address's second street line, when it was given. */
            street2: string | null;
            /** @description The cardholder's phone number, when it was given. */
            phone_number: string | null;
            /**
             * @description Funding type; empty when the issuer does not say.
             * @enum {string}
             */
            financing: "credit" | "debit" | "prepaid" | "";
            /** @description Same value for the same card number within an account. */
            fingerprint: string;
            /**
             * @description How the card was tokenized by a wallet (e.g. applepay, googlepay); null for cards entered
             *     directly. Added by Omise in 2022 without a new version: older answers do not carry it.
             */
            tokenization_method?: string | null;
            /**
             * @deprecated
             * @description Deprecated by Omise; kept because the API still sends it.
             */
            security_code_check: boolean;
            /**
             * Format: date-time
             * @description When the card was saved (UTC, RFC 3339).
             */
            created_at: string;
        };
        /** @description One movement of the account balance (API version 2019-05-29). All fields are always sent. */
        Transaction: {
            /**
             * @description Always `transaction`.
             * @constant
             */
            object: "transaction";
            /** @description The transaction's id, `trxn_...` (`trxn_test_...` in test mode). */
            id: string;
            /** @description Whether the transaction is of live mode (false in test mode). */
            livemode: boolean;
            /** @description The path of the transaction: `/transactions/{id}`. */
            location: string;
            /** @description In the smallest unit of the currency (satang for THB); `direction` gives the sign. */
            amount: number;
            /** @description ISO 4217 code, e.g. THB. */
            currency: string;
            /**
             * @description `credit` adds `amount` to the balance, `debit` takes it away.
             * @enum {string}
             */
            direction: "credit" | "debit";
            /** @description What caused the movement, e.g. charge.captured.net, refund.created. */
            key: string;
            /** @description Id of the object that caused it (a charge, refund, transfer, dispute or receipt). */
            origin: string;
            /**
             * Format: date-time
             * @description When the amount can be transferred out of the account (UTC, RFC 3339).
             */
            transferable_at: string;
            /**
             * Format: date-time
             * @description When the movement was recorded (UTC, RFC 3339).
             */
            created_at: string;
        };
        /** @description Every error the API returns has this shape. */
        Error: {
            /**
             * @description Always `error`.
             * @constant
             */
            object: "error";
            /**
             * Format: uri
             * @description Link to the documentation of this error code.
             */
            location: string;
            /** @description Machine-readable, e.g. bad_request, authentication_failure, not_found. */
            code: string;
            /** @description What went wrong, in Omise's words. */
            message: string;
        };
    };
    responses: {
        /**
         * @description Too many requests. Omise limits the rate of requests per IP address and per account (no
         *     numbers are published), and asks that no more than 10 parallel workers call the API. Omise
         *     documents this status only, not a body nor a Retry-After header, so neither is described
         *     here. Slow down and retry with exponential backoff (honouring Retry-After if one is sent).
         */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A parameter is malformed or out of range. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or malformed Authorization, a public key, or a wrong secret key. */
        AuthenticationFailure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API failed; retry with exponential backoff. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API is unavailable for a moment; retry with exponential backoff. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The API version the answer is shaped by. Without it the account's default version applies, so
         *     clients pin it; this contract describes `2019-05-29`.
         */
        OmiseVersion: "2019-05-29";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCustomerCards: {
        parameters: {
            query?: {
                /** @description How many cards a page holds. */
                limit?: number;
                /** @description How many cards to skip. */
                offset?: number;
                /** @description Sort order by creation time. */
                order?: components["schemas"]["ListOrder"];
                /** @description Only cards created at or after this time (RFC 3339, the time zone as Z or +hh:mm). The API's default is 1970-01-01T00:00:00Z. */
                from?: string;
                /** @description Only cards created at or before this time (RFC 3339, the time zone as Z or +hh:mm). The API's default is now. */
                to?: string;
            };
            header?: {
                /**
                 * @description The API version the answer is shaped by. Without it the account's default version applies, so
                 *     clients pin it; this contract describes `2019-05-29`.
                 */
                "Omise-Version"?: components["parameters"]["OmiseVersion"];
            };
            path: {
                /** @description The customer's id. Test-mode ids contain `_test_`. */
                id: components["schemas"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the customer's cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AuthenticationFailure"];
            /** @description No such customer for this key (wrong id, deleted customer, another account, or a test/live mix-up). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer is shaped by. Without it the account's default version applies, so
                 *     clients pin it; this contract describes `2019-05-29`.
                 */
                "Omise-Version"?: components["parameters"]["OmiseVersion"];
            };
            path: {
                /** @description The transaction's id. Test-mode ids contain `_test_`. */
                id: components["schemas"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            401: components["responses"]["AuthenticationFailure"];
            /** @description No such transaction for this key (wrong id, another account, or a test/live mix-up). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
