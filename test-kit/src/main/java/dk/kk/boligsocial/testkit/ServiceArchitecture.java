package dk.kk.boligsocial.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The one package layout of every Boligsocial service, as rules. For a service whose code is under {@code P}:
 * <pre>
 * P.api            resources: parse HTTP (headers into typed values, requests into commands), call use cases
 * P.api.model      request and response records, OpenAPI examples
 * P.application    use cases: transactions, access checks, audit, events out, event reactions (verbs)
 * P.domain         entities, value types and rules; nothing of HTTP, persistence or messaging
 * P.persistence    Panache repositories and queries
 * P.messaging      one handler per consumed topic: routes each event to a verb of the application
 * </pre>
 * Dependencies point one way: api → application → domain, with persistence used by the application and the
 * messaging handlers calling the application. No package cycle anywhere, and no entity outside the domain,
 * the application and persistence. Reads ({@code @GET}) run on virtual threads and writes on the worker pool
 * (docs/decisions.md, "Virtual threads for reads"): a read without it would quietly go back to the worker pool's
 * hand-over, a write with it would queue its transaction's round trips behind new requests.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** @throws AssertionError listing every violation */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        rules(servicePackage).check(classes);
    }

    static ArchRule rules(String p) {
        String api = p + ".api..";
        String apiModel = p + ".api.model..";
        String application = p + ".application..";
        String domain = p + ".domain..";
        String persistence = p + ".persistence..";
        String messaging = p + ".messaging..";
        return CompositeArchRule.of(
                classes().should().resideInAnyPackage(api, application, domain, persistence, messaging)
                        .as("every class is in one of api, api.model, application, domain, persistence, messaging"))
                .and(noClasses().that().resideInAPackage(domain).should().dependOnClassesThat().resideInAnyPackage(
                                api, application, persistence, messaging, "dk.kk.boligsocial.messaging..",
                                "dk.kk.boligsocial.events..", "dk.kk.boligsocial.kit.web..",
                                "dk.kk.boligsocial.kit.security..", "dk.kk.boligsocial.kit.audit..",
                                "dk.kk.boligsocial.kit.idempotency..", "jakarta.ws.rs..", "jakarta.enterprise..",
                                "io.quarkus..", "org.eclipse.microprofile..")
                        .as("the domain knows nothing of HTTP, use cases, persistence, events or the container"))
                .and(noClasses().that().resideInAPackage(persistence).should().dependOnClassesThat()
                        .resideInAnyPackage(api, application, messaging)
                        .as("persistence serves the application and knows only the domain"))
                .and(noClasses().that().resideInAPackage(application).should().dependOnClassesThat()
                        .resideInAnyPackage(messaging, p + ".api")
                        .as("the application knows no resource and no handler (api.model records it may return)"))
                .and(noClasses().that().resideInAPackage(apiModel).should().dependOnClassesThat()
                        .resideInAnyPackage(p + ".api", application, persistence, messaging)
                        .as("api.model records are plain data"))
                .and(noClasses().that().resideInAPackage(api).should().dependOnClassesThat()
                        .resideInAnyPackage(persistence, messaging)
                        .as("resources go through the application"))
                .and(noClasses().that().resideInAPackage(messaging).should().dependOnClassesThat()
                        .resideInAnyPackage(api, persistence)
                        .allowEmptyShould(true)   // a service that consumes no topic has no handler
                        .as("handlers go through the application"))
                .and(noClasses().that().resideInAnyPackage(api, messaging).should().dependOnClassesThat()
                        .areAnnotatedWith("jakarta.persistence.Entity")
                        .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Embeddable")
                        .allowEmptyShould(true)
                        .as("no entity reaches a resource, a response or a handler"))
                .and(slices().matching(p + ".(**)").should().beFreeOfCycles()
                        .as("no package cycle"))
                .and(readsRunOnVirtualThreads());
    }

    /**
     * Every {@code @GET} method of a resource carries {@code @RunOnVirtualThread}, and no other method does (nor a
     * resource class, which would put its writes there too).
     */
    static ArchRule readsRunOnVirtualThreads() {
        String virtualThread = "io.smallrye.common.annotation.RunOnVirtualThread";
        return CompositeArchRule.of(methods().that().areAnnotatedWith("jakarta.ws.rs.GET")
                        .should().beAnnotatedWith(virtualThread)
                        .allowEmptyShould(true)
                        .as("every read (@GET) runs on a virtual thread"))
                .and(methods().that().areNotAnnotatedWith("jakarta.ws.rs.GET")
                        .should().notBeAnnotatedWith(virtualThread)
                        .allowEmptyShould(true)
                        .as("writes stay on the worker pool"))
                .and(classes().should().notBeAnnotatedWith(virtualThread)
                        .allowEmptyShould(true)
                        .as("no resource puts all its methods on virtual threads"));
    }
}
