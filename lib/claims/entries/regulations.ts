import type { ClaimEntry } from '../schema';

export const regulations: ClaimEntry[] = [];
