package io.admitone.admin.layout;

import io.admitone.kernel.access.Operation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a view needs the user to be allowed in the current organisation, as in the server's permission table. The
 * navigation shows the view only to those allowed, and {@link ScreenGuard} turns everyone else away.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Requires {

    /** The operation, within the current organisation; ignored when {@link #platformAdmin()} is set. */
    Operation value() default Operation.ORGANISATION_READ;

    /** Whether the view is for platform admins, whatever their roles in organisations. */
    boolean platformAdmin() default false;
}
