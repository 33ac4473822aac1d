import { searchKey } from '../../lib/persian';

describe('searchKey', () => {
  it.each([
    ['پروژه‌های', 'پروژههاي'],
    ['کارپوشه', 'كارپوشه'],
    ['سامانه یکپارچه', 'سامانه  يكپارچه'],
    ['۲۳ پروژه', '23 پروژه'],
    ['٢٣', '23'],
    ['Azad University', 'azaduniversity'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('keeps different words apart', () => {
    expect(searchKey('مالیات')).not.toBe(searchKey('بیمه'));
  });
});
