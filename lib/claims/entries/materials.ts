import type { ClaimEntry } from '../schema';

export const materials: ClaimEntry[] = [];
