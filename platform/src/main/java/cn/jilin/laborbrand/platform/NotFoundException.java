package cn.jilin.laborbrand.platform;

/**
 * A record that does not exist or lies outside the caller's data scope. The two are deliberately one answer (404),
 * so that probing ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
