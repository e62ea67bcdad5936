// Must NOT compile: the order enum comes from the spec, and 'newest' is not in it.
import { createOmiseClient } from 'omise-openapi';

await createOmiseClient().customers.listCards('cust_test_5fz0olfpy32zadv96ek', { order: 'newest' });
