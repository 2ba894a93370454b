package dk.kk.boligsocial.plans;

import dk.kk.boligsocial.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** plans-service keeps the one package layout of every service (api, api.model, application, domain, persistence). */
class ArchitectureTest {

    @Test
    void packagesPointOneWay() {
        ServiceArchitecture.check("dk.kk.boligsocial.plans");
    }
}
