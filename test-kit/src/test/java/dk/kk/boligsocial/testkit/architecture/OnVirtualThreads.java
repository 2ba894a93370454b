package dk.kk.boligsocial.testkit.architecture;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A resource as every service's should be: its read on a virtual thread, its write not (ServiceArchitectureTest). */
@Path("/as-it-should-be")
public class OnVirtualThreads {

    @GET
    @RunOnVirtualThread
    public String read() {
        return "ok";
    }

    @POST
    public String write() {
        return "ok";
    }
}
