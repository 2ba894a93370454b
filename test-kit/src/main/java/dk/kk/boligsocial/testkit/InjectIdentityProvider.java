package dk.kk.boligsocial.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code LocalIdentityProvider} field of a test that {@link IdentityProviderTestResource} fills with its
 * running provider.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectIdentityProvider {
}
