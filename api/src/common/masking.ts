// Masked forms of personal data (ID number, phone, real name) for showing to anyone but the owner.

/** `460106********123X`: region and last four stay, so people can recognise their own card. */
export function maskResidentId(id: string): string {
  const chars = Array.from(id.trim().toUpperCase());
  if (chars.length <= 10) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
}

/** `138****0002`: carrier prefix and last four, as Chinese apps conventionally show. */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone.trim());
  if (chars.length <= 7) return '*'.repeat(Math.max(0, chars.length - 2)) + chars.slice(-2).join('');
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
}

/**
 * `张*明`, `张*`, `欧**明`: keeps the first character (and the last when there are three or
 * more). Counted in code points so names outside the BMP (rare 姓 characters) are not split.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** `l***@example.com`: the first character of the mailbox and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${Array.from(email.slice(0, at))[0]}***${email.slice(at)}`;
}
