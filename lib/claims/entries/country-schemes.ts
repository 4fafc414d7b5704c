import type { ClaimEntry } from '../schema';

export const countrySchemes: ClaimEntry[] = [];
