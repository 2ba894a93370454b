package dk.kk.boligsocial.testkit.architecture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource that forgot {@code @RunOnVirtualThread} (ServiceArchitectureTest). */
@Path("/on-worker-pool")
public class OnWorkerPool {

    @GET
    public String get() {
        return "ok";
    }
}
