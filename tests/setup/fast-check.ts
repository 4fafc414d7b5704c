/**
 * One seed for every fast-check property in a run, so a failure in CI can be replayed exactly.
 * By default the seed is fixed (CI must not turn red on a random draw nobody can reproduce);
 * `FC_SEED=random npm run test:unit` explores new inputs, `FC_SEED=<n>` replays a reported run.
 */
import fc from 'fast-check';

const raw = process.env.FC_SEED ?? '20261127';
const seed = raw === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(raw);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${raw}"`);
if (raw === 'random') console.info(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`);
fc.configureGlobal({ seed });
