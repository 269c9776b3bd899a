package org.marketingworkbench.data;

/**
 * Check-digit tests for identity and card numbers, so content detection does not flag any
 * 18-character or 16-digit code: a random number passes the ID-card check 1 time in 11 and
 * the card check 1 time in 10.
 */
final class IdNumberChecks {

    /** GB 11643 weights of the first 17 digits: 2^(17 - position) mod 11. */
    private static final int[] ID_CARD_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The check character for each remainder of the weighted sum modulo 11 (ISO 7064 MOD 11-2). */
    private static final String ID_CARD_CHECK = "10X98765432";

    private IdNumberChecks() {
    }

    /**
     * True for an 18-character resident identity card number of mainland China (GB 11643):
     * 17 digits and a check character (a digit or X) that matches ISO 7064 MOD 11-2.
     */
    static boolean isChineseIdCard(String text) {
        if (text.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_CARD_WEIGHTS[i];
        }
        return Character.toUpperCase(text.charAt(17)) == ID_CARD_CHECK.charAt(sum % 11);
    }

    /** True for 13 to 19 digits whose Luhn (mod 10) check holds, as payment card numbers do. */
    static boolean isCardNumber(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
