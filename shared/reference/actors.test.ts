import { describe, expect, it } from 'vitest';
import { isOpen311Actor, open311ActorId } from './actors';

describe('the Open311 actor', () => {
  it('is recognised from the id the hub writes, and no town user is taken for one', () => {
    expect(isOpen311Actor(open311ActorId('app-1'))).toBe(true);
    for (const user of ['user.op01', 'user.open311', 'open311']) expect(isOpen311Actor(user)).toBe(false);
  });
});
