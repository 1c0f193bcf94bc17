/**
 * The V8 flags a hub process runs with, wherever it is started (`npm run hub`, the bench's
 * in-process hub, the chaos and demo hubs): a young generation of 32 MiB a half instead of the
 * default 16, so the objects of the pushes in flight (parsed bodies, checked events, folds) mostly
 * die before they are copied to the old generation (docs/decisions/0045).
 */
export const HUB_NODE_FLAGS = ['--max-semi-space-size=32'] as const;
