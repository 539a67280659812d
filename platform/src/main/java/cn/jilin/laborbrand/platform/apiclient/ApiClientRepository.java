package cn.jilin.laborbrand.platform.apiclient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface ApiClientRepository extends Repository<ApiClient, Long> {

    ApiClient save(ApiClient client);

    Optional<ApiClient> findById(long id);

    Optional<ApiClient> findByTokenHash(String tokenHash);

    boolean existsByNameIgnoreCase(String name);

    List<ApiClient> findAll(Sort sort);
}
