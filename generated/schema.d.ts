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
            /** @constant */
            object: "list";
            data: components["schemas"]["Card"][];
            limit: number;
            offset: number;
            total: number;
            order: components["schemas"]["ListOrder"] | null;
            location: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
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
            /** @constant */
            object: "card";
            id: string;
            livemode: boolean;
            location: string;
            deleted: boolean;
            /** @description Card network, e.g. Visa, MasterCard, JCB, American Express, UnionPay. */
            brand: string;
            last_digits: string;
            /**
             * @description The card's leading digits, only returned to some merchants; null otherwise. Added by Omise
             *     after 2019-05-29 shipped: older answers of this version do not carry it.
             */
            first_digits?: string | null;
            /** @description Card holder's name, as given when the card was tokenized. */
            name: string;
            expiration_month: number;
            expiration_year: number;
            /** @description Issuing bank, derived from the IIN; empty or null when unknown. */
            bank: string | null;
            /** @description Issuing country (ISO 3166-1 alpha-2, lowercase as sent), derived from the IIN. */
            country: string | null;
            city: string | null;
            postal_code: string | null;
            state: string | null;
            street1: string | null;
            street2: string | null;
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
            /** Format: date-time */
            created_at: string;
        };
        /** @description One movement of the account balance (API version 2019-05-29). All fields are always sent. */
        Transaction: {
            /** @constant */
            object: "transaction";
            id: string;
            livemode: boolean;
            location: string;
            /** @description In the smallest unit of the currency (satang for THB); `direction` gives the sign. */
            amount: number;
            /** @description ISO 4217 code, e.g. THB. */
            currency: string;
            /** @enum {string} */
            direction: "credit" | "debit";
            /** @description What caused the movement, e.g. charge.captured.net, refund.created. */
            key: string;
            /** @description Id of the object that caused it (a charge, refund, transfer, dispute or receipt). */
            origin: string;
            /** Format: date-time */
            transferable_at: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @description Every error the API returns has this shape. */
        Error: {
            /** @constant */
            object: "error";
            /**
             * Format: uri
             * @description Link to the documentation of this error code.
             */
            location: string;
            /** @description Machine-readable, e.g. bad_request, authentication_failure, not_found. */
            code: string;
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
