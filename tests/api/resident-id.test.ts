// Resident ID validation/generation (GB 11643-1999) and personal-data masking.
import { describe, it, expect } from 'vitest';
import { ageOn, checkResidentId, generateResidentId, normalizeResidentId, residentIdCheckDigit } from '../../api/src/modules/volunteer/resident-id.js';
import { maskName, maskPhone, maskResidentId } from '../../api/src/common/masking.js';

const TODAY = new Date('2026-03-10T04:00:00Z');
/** A 17-digit body completed with its correct check digit, so only the body is under test. */
const complete = (first17: string) => first17 + residentIdCheckDigit(first17);

describe('residentIdCheckDigit', () => {
  it('computes the check characters of known numbers', () => {
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(residentIdCheckDigit('44052418800101001')).toBe('4');
    expect(residentIdCheckDigit('00000000000000000')).toBe('1');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => residentIdCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckDigit('1101051949123100X')).toThrow(RangeError);
  });
});

describe('checkResidentId', () => {
  it('accepts a valid number and reads birth date, region and sex', () => {
    const result = checkResidentId('11010519491231002X', TODAY);
    expect(result).toEqual({
      ok: true,
      birthDate: new Date(Date.UTC(1949, 11, 31)),
      region: '110105',
      sex: 'F',
    });
  });

  it('reads an odd sequence digit as male', () => {
    const result = checkResidentId(complete('46010619900101001'), TODAY);
    expect(result.ok && result.sex).toBe('M');
  });

  it('accepts a lowercase x and surrounding whitespace', () => {
    expect(checkResidentId('  11010519491231002x ', TODAY).ok).toBe(true);
    expect(normalizeResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('reports a wrong check digit', () => {
    expect(checkResidentId('110105194912310021', TODAY)).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
  });

  it('reports a wrong length before anything else', () => {
    expect(checkResidentId('1101051949123100', TODAY)).toEqual({ ok: false, problem: 'LENGTH' });
    expect(checkResidentId('110105491231002', TODAY)).toEqual({ ok: false, problem: 'LENGTH' });
    expect(checkResidentId('', TODAY)).toEqual({ ok: false, problem: 'LENGTH' });
  });

  it('reports non-digits and an X anywhere but last as FORMAT', () => {
    expect(checkResidentId('1101051949123100XX', TODAY)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(checkResidentId('11010519491231a02X', TODAY)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(checkResidentId('11010519491231002Y', TODAY)).toEqual({ ok: false, problem: 'FORMAT' });
  });

  it('reports an unknown province as REGION', () => {
    expect(checkResidentId(complete('99010519491231002'), TODAY)).toEqual({ ok: false, problem: 'REGION' });
    expect(checkResidentId(complete('00010519491231002'), TODAY)).toEqual({ ok: false, problem: 'REGION' });
    expect(checkResidentId(complete('16010519491231002'), TODAY)).toEqual({ ok: false, problem: 'REGION' });
    // Hong Kong, Macao and Taiwan residence permit codes are real.
    expect(checkResidentId(complete('81000019900101001'), TODAY).ok).toBe(true);
  });

  it('reports dates that do not exist', () => {
    const bad = ['19900230', '20230229', '19901301', '19900001', '19900100', '19900431'];
    for (const date of bad) {
      expect(checkResidentId(complete(`460106${date}001`), TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    }
    expect(checkResidentId(complete('46010620000229001'), TODAY).ok).toBe(true);
  });

  it('reports births before 1900 and in the future', () => {
    expect(checkResidentId(complete('46010618991231001'), TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(checkResidentId(complete('46010600990101001'), TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(checkResidentId(complete('46010619000101001'), TODAY).ok).toBe(true);
    expect(checkResidentId(complete('46010620260311001'), TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(checkResidentId(complete('46010620260310001'), TODAY).ok).toBe(true);
  });

  it('judges "today" by the Beijing calendar', () => {
    // 17:00 UTC on 9 March is already 01:00 on 10 March in China.
    const lateUtc = new Date('2026-03-09T17:00:00Z');
    expect(checkResidentId(complete('46010620260310001'), lateUtc).ok).toBe(true);
    const earlyUtc = new Date('2026-03-09T15:00:00Z');
    expect(checkResidentId(complete('46010620260310001'), earlyUtc)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
  });
});

describe('generateResidentId', () => {
  it('round-trips through checkResidentId', () => {
    const birth = new Date(Date.UTC(1998, 6, 15));
    for (const [region, sequence, sex] of [
      ['460106', 0, 'M'],
      ['460106', 0, 'F'],
      ['441322', 999, 'M'],
      ['441322', 999, 'F'],
      ['110105', 512, 'M'],
    ] as const) {
      const id = generateResidentId(region, birth, sequence, sex);
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(checkResidentId(id, TODAY)).toEqual({ ok: true, birthDate: birth, region, sex });
    }
  });

  it('fixes the parity of the sequence by sex', () => {
    const birth = new Date(Date.UTC(1985, 0, 1));
    expect(generateResidentId('460106', birth, 0, 'M').slice(14, 17)).toBe('001');
    expect(generateResidentId('460106', birth, 0, 'F').slice(14, 17)).toBe('000');
    expect(generateResidentId('460106', birth, 999, 'F').slice(14, 17)).toBe('998');
    expect(generateResidentId('460106', birth, 37, 'M').slice(14, 17)).toBe('037');
  });

  it('reproduces a known number', () => {
    expect(generateResidentId('110105', new Date(Date.UTC(1949, 11, 31)), 2, 'F')).toBe('11010519491231002X');
  });

  it('rejects bad input', () => {
    const birth = new Date(Date.UTC(1990, 0, 1));
    expect(() => generateResidentId('46010', birth, 1, 'M')).toThrow(RangeError);
    expect(() => generateResidentId('460106', birth, 1000, 'M')).toThrow(RangeError);
    expect(() => generateResidentId('460106', birth, 1.5, 'M')).toThrow(RangeError);
    expect(() => generateResidentId('460106', new Date(Number.NaN), 1, 'M')).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  const birth = new Date(Date.UTC(2008, 2, 10));

  it('counts full years, turning over on the birthday', () => {
    expect(ageOn(birth, new Date('2026-03-09T04:00:00Z'))).toBe(17);
    expect(ageOn(birth, new Date('2026-03-10T04:00:00Z'))).toBe(18);
    expect(ageOn(birth, new Date('2027-03-09T04:00:00Z'))).toBe(18);
  });

  it('uses the Beijing date of the instant', () => {
    expect(ageOn(birth, new Date('2026-03-09T16:30:00Z'))).toBe(18);
  });

  it('handles a 29 February birthday', () => {
    const leap = new Date(Date.UTC(2000, 1, 29));
    expect(ageOn(leap, new Date('2026-02-28T04:00:00Z'))).toBe(25);
    expect(ageOn(leap, new Date('2026-03-01T04:00:00Z'))).toBe(26);
  });
});

describe('masking', () => {
  it('masks a resident ID to region and last four', () => {
    expect(maskResidentId('46010619900101123X')).toBe('460106********123X');
    expect(maskResidentId('46010619900101123x')).toBe('460106********123X');
  });

  it('masks a mobile number to prefix and last four', () => {
    expect(maskPhone('13800000002')).toBe('138****0002');
    expect(maskPhone('18976543210')).toBe('189****3210');
  });

  it('masks names by code point', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳明明')).toBe('欧**明');
    expect(maskName('Alice')).toBe('A***e');
    expect(maskName('𠮷田')).toBe('𠮷*');
    expect(maskName('𠮷田太郎')).toBe('𠮷**郎');
    expect(maskName('林')).toBe('*');
    expect(maskName('')).toBe('');
  });
});
