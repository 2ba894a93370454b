package dk.kk.boligsocial.testkit.architecture;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

/** A resource whose class puts all its methods on virtual threads, its write too (ServiceArchitectureTest). */
@Path("/all-on-virtual-threads")
@RunOnVirtualThread
public class AllOnVirtualThreads {

    @DELETE
    public void remove() {
    }
}
