package io.admitone.query.search;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@code nextCursor} that a search answered (or null). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SearchCursorFormat.Validator.class)
@interface SearchCursorFormat {

    String message() default "is not a cursor this search answered";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SearchCursorFormat, String> {

        @Override
        public boolean isValid(String cursor, ConstraintValidatorContext context) {
            try {
                SearchCursor.offset(cursor);
                return true;
            } catch (IllegalArgumentException notACursor) {
                return false;
            }
        }
    }
}
