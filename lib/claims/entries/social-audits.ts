import type { ClaimEntry } from '../schema';

export const socialAudits: ClaimEntry[] = [];
