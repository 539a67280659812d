package cn.jilin.laborbrand.platform.audit;

/** The network address of the client behind the current request, supplied by the web layer; null outside one. */
@FunctionalInterface
public interface ClientAddress {

    String current();
}
