/** Character classes shared by the discovery detectors. */

/** True for a CJK ideograph code unit (the unified blocks, extension A, compatibility ideographs). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Digits and plus-codes as folded text has them: 132, 1345, 4+1, 1+n. */
export const DIGIT_CODE = /^\d+(?:\+(?:\d+|[a-z]))*$/;

/** A word ending in a job title. A list of titles is not a slogan, and the name after a title is not jargon. */
export const JOB_TITLE = /(?:记者|通讯员|评论员|书记|市长|县长|区长|镇长|省长|局长|处长|部长|主任|董事长|总经理|经理|秘书长|主席|院长|校长|厂长|总裁|教练|队长|委员|常委)$/;
