import { describe, expect, it } from 'vitest';

// Its own file, importing the schemas only inside the test: the module graph is fresh, so zod has not
// yet built a schema nor probed for eval when the stand-in for the page's policy goes up.
describe('schemas in the browser', () => {
  it('when the schemas load and a form is checked, then zod never builds a Function (the CSP forbids eval)', async () => {
    const realFunction = globalThis.Function;
    let built = 0;
    globalThis.Function = function NoEval(): never {
      built += 1;
      throw new EvalError('eval is blocked by the page policy');
    } as unknown as FunctionConstructor;
    try {
      const { statusChangeInputSchema } = await import('./schemas.ts');
      expect(statusChangeInputSchema.safeParse({ version: 1, note: 'n', status: 'adopted' }).success).toBe(true);
      expect(statusChangeInputSchema.safeParse({ version: 1 }).success).toBe(false);
    } finally {
      globalThis.Function = realFunction;
    }
    expect(built).toBe(0);
  });
});
