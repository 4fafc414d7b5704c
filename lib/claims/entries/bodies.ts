import type { ClaimEntry } from '../schema';

export const bodies: ClaimEntry[] = [];
