package dk.kk.boligsocial.testkit.architecture;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A resource whose class puts its write on a virtual thread too (ServiceArchitectureTest). */
@Path("/all-on-virtual-threads")
@RunOnVirtualThread
public class AllOnVirtualThreads {

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
