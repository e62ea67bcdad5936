// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import type { components } from './schema.js';

export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
}

export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: ValidationIssue[] | null;
}

export declare const validateCustomerId: ValidateFunction<components['schemas']['CustomerId']>;
export declare const validateTransactionId: ValidateFunction<components['schemas']['TransactionId']>;
export declare const validateListOrder: ValidateFunction<components['schemas']['ListOrder']>;
export declare const validateCardList: ValidateFunction<components['schemas']['CardList']>;
export declare const validateCard: ValidateFunction<components['schemas']['Card']>;
export declare const validateTransaction: ValidateFunction<components['schemas']['Transaction']>;
export declare const validateError: ValidateFunction<components['schemas']['Error']>;
export declare const validators: {
  "CustomerId": ValidateFunction<components['schemas']['CustomerId']>;
  "TransactionId": ValidateFunction<components['schemas']['TransactionId']>;
  "ListOrder": ValidateFunction<components['schemas']['ListOrder']>;
  "CardList": ValidateFunction<components['schemas']['CardList']>;
  "Card": ValidateFunction<components['schemas']['Card']>;
  "Transaction": ValidateFunction<components['schemas']['Transaction']>;
  "Error": ValidateFunction<components['schemas']['Error']>;
};
