package io.admitone.command.catalog.event;

import io.admitone.kernel.money.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;

import static java.lang.annotation.ElementType.TYPE;

/**
 * Money as requests write it, {@code {"amount": "49.50", "currency": "EUR"}}: a known ISO 4217 currency and an
 * amount with no more decimals than the currency has, so that {@link #toMoney()} never has to round. Whether an
 * amount is allowed (a price of zero or more) is the aggregate's business.
 */
@MoneyBody.Fits
record MoneyBody(@NotNull @Pattern(regexp = AMOUNT, message = "must be a decimal number such as 49.50") String amount,
                 @NotNull @Pattern(regexp = CODE, message = "must be an ISO 4217 code such as EUR") String currency) {

    static final String AMOUNT = "-?\\d{1,12}(\\.\\d{1,4})?";
    static final String CODE = "[A-Z]{3}";

    Money toMoney() {
        return Money.of(amount, currency);
    }

    static Money toMoney(MoneyBody body) {
        return body == null ? null : body.toMoney();
    }

    @Target(TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Validator.class)
    @interface Fits {
        String message() default "must be an amount in a known currency";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Leaves malformed fields to their own constraints and reports on the field at fault. */
    public static class Validator implements ConstraintValidator<Fits, MoneyBody> {

        public Validator() {
        }

        @Override
        public boolean isValid(MoneyBody money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null
                    || !money.amount().matches(AMOUNT) || !money.currency().matches(CODE)) {
                return true;
            }
            Currency currency = Currency.getAvailableCurrencies().stream()
                    .filter(known -> known.getCurrencyCode().equals(money.currency())).findFirst().orElse(null);
            if (currency == null) {
                return violation(context, "currency", "must be a known ISO 4217 currency");
            }
            int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
            if (new BigDecimal(money.amount()).stripTrailingZeros().scale() > decimals) {
                return violation(context, "amount", "must have at most " + decimals + " decimals in " + currency);
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
