package dk.kk.boligsocial.plans.domain;

/**
 * A Danish CVR number: eight digits whose weighted sum (weights 2,7,6,5,4,3,2,1) is divisible
 * by 11 (modulus-11 check), so a mistyped digit is caught at the door.
 */
public record Cvr(String value) {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid CVR number: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("[1-9][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (candidate.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }
}
