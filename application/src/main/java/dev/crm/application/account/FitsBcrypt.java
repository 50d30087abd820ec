package dev.crm.application.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password bcrypt can hash whole: at most 72 bytes in UTF-8. Longer ones the encoder refuses (it would otherwise
 * ignore the rest), so they are refused up front, naming the field, instead of failing at hashing.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FitsBcrypt.Check.class)
public @interface FitsBcrypt {

    int MAX_BYTES = 72;

    String message() default "Password must be at most 72 bytes (fewer characters with accents or symbols)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts UTF-8 bytes, not characters. */
    class Check implements ConstraintValidator<FitsBcrypt, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
