package dk.kk.boligsocial.evaluation;

import dk.kk.boligsocial.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesPointOneWay() {
        ServiceArchitecture.check("dk.kk.boligsocial.evaluation");
    }
}
