// The memory of pure answers on the hot paths (src-shared/support/bounded-memo.ts): each key is computed once,
// an answer that throws is not kept, and no more than `limit` answers are ever kept.
import { BoundedMemo } from '../../src-shared/support/bounded-memo';

describe('BoundedMemo', () => {
  it('computes each key once, including a falsy answer, and again after clear', () => {
    const memo = new BoundedMemo<string, number>(10);
    let computed = 0;
    const zero = () => (computed++, 0);
    expect([memo.answer('a', zero), memo.answer('a', zero)]).toEqual([0, 0]);
    expect(computed).toBe(1);
    memo.clear();
    memo.answer('a', zero);
    expect(computed).toBe(2);
  });

  it('keeps nothing when the computation throws', () => {
    const memo = new BoundedMemo<string, number>(10);
    expect(() => memo.answer('bad', () => { throw new RangeError('no'); })).toThrow('no');
    expect(memo.answer('bad', () => 7)).toBe(7);
  });

  it('never keeps more than its limit: past it, the kept answers are dropped and asked for again', () => {
    const memo = new BoundedMemo<number, number>(3);
    const asked: number[] = [];
    const square = (n: number) => memo.answer(n, () => (asked.push(n), n * n));
    [1, 2, 3, 1, 2, 3].forEach(square);
    expect(asked).toEqual([1, 2, 3]);
    square(4); // the fourth key: 1–3 are dropped, 4 is kept
    [4, 1].forEach(square);
    expect(asked).toEqual([1, 2, 3, 4, 1]);
  });
});
