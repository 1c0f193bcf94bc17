import { z } from 'zod';
import { Category, Committee, RoutingRule, Town, Unit, UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

export const referenceMethods = {
  'reference:get': {
    input: Empty,
    output: z.object({
      town: Town,
      units: z.array(Unit),
      committees: z.array(Committee),
      categories: z.array(Category),
      routingRules: z.array(RoutingRule),
      users: z.array(UserProfile),
    }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
