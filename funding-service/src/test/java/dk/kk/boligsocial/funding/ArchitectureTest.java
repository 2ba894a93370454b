package dk.kk.boligsocial.funding;

import dk.kk.boligsocial.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The one package layout of every service: api → application → domain, and nothing pointing back. */
class ArchitectureTest {

    @Test
    void packagesPointOneWay() {
        ServiceArchitecture.check("dk.kk.boligsocial.funding");
    }
}
