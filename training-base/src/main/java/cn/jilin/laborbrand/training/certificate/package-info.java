/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("certificate")
package cn.jilin.laborbrand.training.certificate;

import org.springframework.modulith.NamedInterface;
