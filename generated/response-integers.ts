// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
export const responseIntegers: Readonly<Record<string, readonly (readonly string[])[]>> = {"CardList":[["data","*","expiration_month"],["data","*","expiration_year"],["limit"],["offset"],["total"]],"Card":[["expiration_month"],["expiration_year"]],"Transaction":[["amount"]]};
