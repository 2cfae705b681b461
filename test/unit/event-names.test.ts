import { koreanProjectPhrase } from '../../src/modules/events/names';

describe('koreanProjectPhrase', () => {
  it('adds 사업 to a title that does not name itself', () => {
    expect(koreanProjectPhrase('세종 스마트 모빌리티 실증')).toBe('세종 스마트 모빌리티 실증 사업');
  });

  it('does not double a title that already ends in 과제 or 사업', () => {
    expect(koreanProjectPhrase('시험 과제')).toBe('시험 과제');
    expect(koreanProjectPhrase('에코델타 스마트 물관리 사업 ')).toBe('에코델타 스마트 물관리 사업 ');
  });
});
