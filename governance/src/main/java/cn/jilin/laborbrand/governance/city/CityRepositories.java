package cn.jilin.laborbrand.governance.city;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface CityImplementationRepository extends ScopedRepository<CityImplementation, Long> {
}

interface CityMeetingRepository extends ScopedRepository<CityMeeting, Long> {
}
