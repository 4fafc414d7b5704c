import type { ClaimEntry } from '../schema';

export const managementSystems: ClaimEntry[] = [];
