import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccountRole,
  holdsRoleFor,
  mayReview,
  type RoleAssignment,
  reviewRefusal,
} from './review-policy.ts';

const SON_LA = { id: 'v34-14', successorId: null, nameVi: 'Sơn La', nameEn: 'Son La' };
const FORMER_QUANG_BINH = { id: 'v63-44', successorId: 'v34-44', nameVi: 'Quảng Bình', nameEn: 'Quang Binh' };
const QUANG_TRI = { id: 'v34-44', successorId: null, nameVi: 'Quảng Trị', nameEn: 'Quang Tri' };

const reviewerOf = (unitId: string | null, id = 2) => ({
  id,
  assignments: [{ role: 'reviewer' as const, unitId }],
});
const ADMIN = { id: 9, assignments: [{ role: 'admin' as const, unitId: null }] };
const bySonLaStaff = { unit: SON_LA, enteredBy: 1, lastChangedBy: 1 };

describe('who may review an entry', () => {
  it('lets a reviewer of the province, or of every province, or an admin review someone else’s entry', () => {
    expect(reviewRefusal(reviewerOf('v34-14'), bySonLaStaff)).toBeNull();
    expect(reviewRefusal(reviewerOf(null), bySonLaStaff)).toBeNull();
    expect(reviewRefusal(ADMIN, bySonLaStaff)).toBeNull();
  });

  it('covers the former provinces a province was formed from, never the other way round', () => {
    const formerEntry = { unit: FORMER_QUANG_BINH, enteredBy: 1, lastChangedBy: null };
    expect(mayReview(reviewerOf('v34-44'), formerEntry)).toBe(true);
    expect(mayReview(reviewerOf('v63-44'), formerEntry)).toBe(true);
    expect(
      reviewRefusal(reviewerOf('v63-44'), { unit: QUANG_TRI, enteredBy: 1, lastChangedBy: null }),
    ).toEqual({
      code: 'not_reviewer',
      message: {
        vi: 'Tài khoản này không được duyệt số liệu của Quảng Trị',
        en: 'This account may not review figures of Quang Tri',
      },
    });
  });

  it('refuses staff and viewers, and reviewers of another province, naming the province', () => {
    for (const role of ['staff', 'viewer'] as const)
      expect(reviewRefusal({ id: 2, assignments: [{ role, unitId: null }] }, bySonLaStaff)?.code).toBe(
        'not_reviewer',
      );
    expect(reviewRefusal(reviewerOf('v34-44'), bySonLaStaff)?.message.vi).toContain('Sơn La');
  });

  it('never lets anyone, an admin included, review an entry they entered or last changed', () => {
    expect(reviewRefusal(ADMIN, { unit: SON_LA, enteredBy: 9, lastChangedBy: 1 })).toEqual({
      code: 'own_entry',
      message: {
        vi: 'Không được tự duyệt số liệu do mình nhập',
        en: 'You may not review a figure you entered',
      },
    });
    expect(reviewRefusal(reviewerOf('v34-14'), { unit: SON_LA, enteredBy: 1, lastChangedBy: 2 })).toEqual({
      code: 'own_entry',
      message: {
        vi: 'Không được tự duyệt số liệu do mình sửa',
        en: 'You may not review a figure you edited',
      },
    });
  });

  it('holds as a property: allowed exactly when a reviewer role covers the unit and the entry is someone else’s', () => {
    const role = fc.constantFrom<AccountRole>('viewer', 'staff', 'reviewer', 'admin');
    const unitId = fc.constantFrom<string | null>(null, 'v34-14', 'v34-44', 'v63-44');
    const assignment = fc.record<RoleAssignment>({ role, unitId });
    const unit = fc.constantFrom(SON_LA, FORMER_QUANG_BINH, QUANG_TRI);
    const person = fc.integer({ min: 1, max: 3 });
    fc.assert(
      fc.property(
        fc.array(assignment, { maxLength: 3 }),
        unit,
        person,
        person,
        fc.option(person),
        (assignments, u, id, enteredBy, lastChangedBy) => {
          const covers = assignments.some(
            (a) =>
              a.role === 'admin' || (a.role === 'reviewer' && [null, u.id, u.successorId].includes(a.unitId)),
          );
          const own = enteredBy === id || lastChangedBy === id;
          expect(mayReview({ id, assignments }, { unit: u, enteredBy, lastChangedBy })).toBe(covers && !own);
          expect(holdsRoleFor(assignments, 'reviewer', u)).toBe(covers);
        },
      ),
    );
  });
});
