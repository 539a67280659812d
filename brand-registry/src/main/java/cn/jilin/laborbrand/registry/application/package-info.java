/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("application")
package cn.jilin.laborbrand.registry.application;

import org.springframework.modulith.NamedInterface;
