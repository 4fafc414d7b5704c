import type { ClaimEntry } from '../schema';

export const marketplaceBadges: ClaimEntry[] = [];
