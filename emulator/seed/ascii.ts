// Turns a company or person name into the ASCII letters and digits a domain prefix or a mailbox allows
// ("Müller Bau" → "mullerbau", "Łódź" → "lodz").
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', đ: 'd', Đ: 'd', ı: 'i' };

export function asciiLetters(text: string): string {
  return text
    .replace(/[łŁøØßæÆđĐı]/g, (char) => SPECIAL[char] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
