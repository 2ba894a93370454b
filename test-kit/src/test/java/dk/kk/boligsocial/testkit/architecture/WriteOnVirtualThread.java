package dk.kk.boligsocial.testkit.architecture;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A write on a virtual thread (ServiceArchitectureTest). */
@Path("/write-on-virtual-thread")
public class WriteOnVirtualThread {

    @POST
    @RunOnVirtualThread
    public String write() {
        return "ok";
    }
}
