package dk.kk.boligsocial.testkit.architecture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A read that forgot {@code @RunOnVirtualThread} (ServiceArchitectureTest). */
@Path("/read-on-worker-pool")
public class ReadOnWorkerPool {

    @GET
    public String read() {
        return "ok";
    }
}
