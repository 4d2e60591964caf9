//! Check-digit and structure rules of the European national identifiers:
//! pure functions over the identifier with its separators removed, so each
//! can be tested on its own against published examples.

/// German tax identification number (steuerliche Identifikationsnummer,
/// § 139b AO): 11 digits, no leading zero; among the first ten, exactly one
/// digit occurs twice or three times (three times never all in a row) and
/// the others at most once; the eleventh is the ISO 7064 MOD 11,10 check
/// digit of the first ten.
pub(super) fn de_tax_id(d: &[u8]) -> bool {
    if d.len() != 11 || !d.iter().all(u8::is_ascii_digit) || d[0] == b'0' {
        return false;
    }
    let mut seen = [0u8; 10];
    for &c in &d[..10] {
        seen[usize::from(c - b'0')] += 1;
    }
    let repeated: Vec<usize> = (0..10).filter(|&i| seen[i] > 1).collect();
    let [rep] = repeated[..] else {
        return false;
    };
    if seen[rep] > 3 {
        return false;
    }
    if seen[rep] == 3 && d[..10].windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        return false;
    }
    mod_11_10(&d[..10]) == d[10] - b'0'
}

/// ISO 7064 MOD 11,10 check digit of `digits`.
fn mod_11_10(digits: &[u8]) -> u8 {
    let mut product = 10u32;
    for &c in digits {
        let mut sum = (u32::from(c - b'0') + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    // 11 - product is 1..=10; 10 is written as 0
    ((11 - product) % 10) as u8
}

/// French social security number (NIR, numéro d'inscription au
/// répertoire): sex (1, 2, or 7, 8 for a provisional number), year, month
/// (01-12, or 20 and above when unknown), département (01-95, 2A/2B for
/// Corsica, 96-99 for overseas and abroad), commune, order number, and a
/// two-digit key: 97 minus the 13-character number mod 97, with 2A read as
/// 19 and 2B as 18. `s` is the 15 characters without separators.
pub(super) fn fr_nir(s: &[u8]) -> bool {
    if s.len() != 15 {
        return false;
    }
    let (body, key) = s.split_at(13);
    if !matches!(body[0], b'1' | b'2' | b'7' | b'8') || !key.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if !body[..5].iter().all(u8::is_ascii_digit) {
        return false;
    }
    // 13-19 are never used; 20 and above mark an unknown month
    let month = (body[3] - b'0') * 10 + (body[4] - b'0');
    if month == 0 || (13..20).contains(&month) {
        return false;
    }
    let dept = &body[5..7];
    let (corsica, dept_ok) = match dept {
        b"2A" => (Some(19u64), true),
        b"2B" => (Some(18u64), true),
        _ => (None, dept.iter().all(u8::is_ascii_digit) && dept != b"00"),
    };
    if !dept_ok || !body[7..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut n = 0u64;
    for (i, &c) in body.iter().enumerate() {
        if i == 5 && corsica.is_some() {
            // "2A" / "2B" become two digits
            n = n * 100 + corsica.unwrap_or(0);
            continue;
        }
        if i == 6 && corsica.is_some() {
            continue;
        }
        n = n * 10 + u64::from(c - b'0');
    }
    let k = u64::from(key[0] - b'0') * 10 + u64::from(key[1] - b'0');
    97 - n % 97 == k
}

/// The check letters of the Spanish DNI and NIE, indexed by the number
/// mod 23.
const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI (the NIF of a citizen): 8 digits and the letter of their
/// value mod 23. `s` is the 9 characters without separators.
pub(super) fn es_dni(s: &[u8]) -> bool {
    s.len() == 9
        && s[..8].iter().all(u8::is_ascii_digit)
        && s[..8] != *b"00000000"
        && dni_letter(&s[..8]) == Some(s[8])
}

/// Spanish NIE (foreigner's number): X, Y or Z (read as 0, 1, 2), 7 digits
/// and the DNI letter of the 8-digit number so formed.
pub(super) fn es_nie(s: &[u8]) -> bool {
    if s.len() != 9 || !s[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let lead = match s[0] {
        b'X' => b'0',
        b'Y' => b'1',
        b'Z' => b'2',
        _ => return false,
    };
    let mut n = [0u8; 8];
    n[0] = lead;
    n[1..].copy_from_slice(&s[1..8]);
    dni_letter(&n) == Some(s[8])
}

fn dni_letter(digits: &[u8]) -> Option<u8> {
    let n = digits
        .iter()
        .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'));
    DNI_LETTERS.get((n % 23) as usize).copied()
}

/// The letters that replace digits in an Italian fiscal code whose plain
/// form is already taken (omocodia): L stands for 0, M for 1 ... V for 9.
const OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";

/// Italian codice fiscale of a person: 6 letters (surname, name), 2 year
/// digits, a month letter, 2 day digits (41-71 for women), a letter and 3
/// digits (place of birth), and a check letter. Any of the seven digits may
/// be replaced by its omocodia letter. `s` is the 16 characters, upper case.
pub(super) fn it_fiscal_code(s: &[u8]) -> bool {
    if s.len() != 16 || !s[..6].iter().all(u8::is_ascii_uppercase) || !s[11].is_ascii_uppercase() {
        return false;
    }
    // the positions that hold digits, possibly as omocodia letters
    let mut plain = [0u8; 16];
    plain.copy_from_slice(s);
    for i in [6, 7, 9, 10, 12, 13, 14] {
        let c = s[i];
        if !c.is_ascii_digit() {
            match OMOCODIA.iter().position(|&l| l == c) {
                Some(v) => plain[i] = b'0' + v as u8,
                None => return false,
            }
        }
    }
    if !b"ABCDEHLMPRST".contains(&s[8]) {
        return false;
    }
    let day = u32::from(plain[9] - b'0') * 10 + u32::from(plain[10] - b'0');
    if !((1..=31).contains(&day) || (41..=71).contains(&day)) {
        return false;
    }
    it_check_letter(&s[..15]) == Some(s[15])
}

/// The check letter: characters at odd positions (1st, 3rd...) are worth
/// the odd table's value, the others their plain value (digits 0-9, letters
/// A=0 ... Z=25); the sum mod 26 is the letter.
fn it_check_letter(s: &[u8]) -> Option<u8> {
    // values of 0-9 and of A-Z at odd positions
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let mut sum = 0u32;
    for (i, &c) in s.iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => usize::from(c - b'0'),
            b'A'..=b'Z' => usize::from(c - b'A'),
            _ => return None,
        };
        sum += if i % 2 == 0 { ODD[v] } else { v as u32 };
    }
    Some(b'A' + (sum % 26) as u8)
}

/// Dutch citizen service number (BSN): 9 digits passing the "11-proof":
/// 9·d1 + 8·d2 + ... + 2·d8 − d9 is a multiple of 11 (and not zero).
pub(super) fn nl_bsn(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum: i32 = 0;
    for (i, &c) in d.iter().enumerate() {
        let v = i32::from(c - b'0');
        sum += if i == 8 { -v } else { (9 - i as i32) * v };
    }
    sum != 0 && sum % 11 == 0
}

/// UK National Insurance number: two prefix letters (neither D, F, I, Q, U
/// or V, the second not O, and not BG, GB, KN, NK, NT, TN or ZZ), six
/// digits and a suffix A-D. `s` is the 9 characters without spaces.
pub(super) fn uk_nino(s: &[u8]) -> bool {
    if s.len() != 9 || !s[2..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (a, b) = (s[0], s[1]);
    a.is_ascii_uppercase()
        && b.is_ascii_uppercase()
        && !b"DFIQUV".contains(&a)
        && !b"DFIOQUV".contains(&b)
        && !matches!(
            &s[..2],
            b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
        )
        && matches!(s[8], b'A'..=b'D')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_tax_ids_pass_mod_11_10_and_the_repetition_rule() {
        // sample numbers in circulation, and one with a digit three times
        assert!(de_tax_id(b"86095742719"));
        assert!(de_tax_id(b"12131456787"));
        assert!(de_tax_id(b"47036892816"));
        assert!(de_tax_id(b"65929970489"));
        // wrong check digit
        assert!(!de_tax_id(b"86095742718"));
        // leading zero
        assert!(!de_tax_id(b"06095742719"));
        // every digit once: no repetition
        assert!(!de_tax_id(b"12345678903"));
        // two digits repeated
        assert!(!de_tax_id(b"11223456781"));
        // a digit three times in a row
        assert!(!de_tax_id(b"11123456786"));
        assert!(!de_tax_id(b"123"));
    }

    #[test]
    fn french_nir_key_is_97_minus_mod_97_with_corsica() {
        assert!(fr_nir(b"185057800608491"));
        assert!(fr_nir(b"255082A12345646"));
        assert!(fr_nir(b"269054958815780"));
        // wrong key
        assert!(!fr_nir(b"185057800608492"));
        // month 13
        assert!(!fr_nir(b"185137800608491"));
        // sex digit 3
        assert!(!fr_nir(b"385057800608491"));
        // 2A with the key of 2B
        assert!(!fr_nir(b"255082B12345646"));
    }

    #[test]
    fn spanish_dni_and_nie_letters_are_mod_23() {
        assert!(es_dni(b"12345678Z"));
        assert!(es_dni(b"00000001R"));
        assert!(!es_dni(b"12345678A"));
        assert!(!es_dni(b"00000000T"));
        assert!(es_nie(b"X1234567L"));
        assert!(es_nie(b"Y1234567X"));
        assert!(es_nie(b"Z1234567R"));
        assert!(!es_nie(b"X1234567A"));
        assert!(!es_nie(b"A1234567L"));
    }

    #[test]
    fn italian_fiscal_codes_check_their_last_letter_with_omocodia() {
        assert!(it_fiscal_code(b"RSSMRA85T10A562S"));
        assert!(it_fiscal_code(b"MRTMTT91D08F205J"));
        // omocodia: the last digit of the place code 2 -> N, check letter follows
        assert!(it_fiscal_code(b"RSSMRA85T10A56NH"));
        assert!(!it_fiscal_code(b"RSSMRA85T10A562T"));
        // month letter F does not exist
        assert!(!it_fiscal_code(b"RSSMRA85F10A562S"));
        // day 35
        assert!(!it_fiscal_code(b"RSSMRA85T35A562S"));
        // a letter that is not an omocodia letter in a digit position
        assert!(!it_fiscal_code(b"RSSMRA8AT10A562S"));
    }

    #[test]
    fn dutch_bsn_passes_the_eleven_proof() {
        assert!(nl_bsn(b"111222333"));
        assert!(nl_bsn(b"123456782"));
        assert!(!nl_bsn(b"123456789"));
        assert!(!nl_bsn(b"000000000"));
    }

    #[test]
    fn uk_nino_prefixes_and_suffixes_follow_hmrc_rules() {
        assert!(uk_nino(b"AB123456C"));
        assert!(uk_nino(b"JG103759A"));
        // Q is never used; QQ is HMRC's example prefix
        assert!(!uk_nino(b"QQ123456C"));
        assert!(!uk_nino(b"GB123456A"));
        assert!(!uk_nino(b"AO123456A"));
        // suffix E
        assert!(!uk_nino(b"AB123456E"));
    }
}
