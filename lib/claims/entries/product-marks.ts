import type { ClaimEntry } from '../schema';

export const productMarks: ClaimEntry[] = [];
