package dk.kk.boligsocial.testkit.architecture;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource as every service's should be (ServiceArchitectureTest). */
@Path("/on-virtual-threads")
@RunOnVirtualThread
public class OnVirtualThreads {

    @GET
    public String get() {
        return "ok";
    }
}
