package dk.kk.boligsocial.kit.api;

/**
 * The characters text may hold in this system. PostgreSQL refuses NUL in text columns, other control characters
 * corrupt logs, CSV exports and screens, and half a surrogate pair is not a character at all; so every text a caller
 * sends, in a body, a path or a query, is checked here before anything else looks at it.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * Whether free text is acceptable: no C0 control character except tab, line feed and carriage return, no DEL,
     * and surrogates only in pairs.
     */
    public static boolean isSafeText(CharSequence text) {
        return firstUnsafe(text, true) < 0;
    }

    /** Whether an id, a filter or a cursor is acceptable: like {@link #isSafeText} but without any control character. */
    public static boolean isSafeToken(CharSequence text) {
        return firstUnsafe(text, false) < 0;
    }

    private static int firstUnsafe(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!lineBreaksAllowed || c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c == 0x7F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
