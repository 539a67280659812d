# 吉林省劳务品牌建设管理平台 — the portal as a container image (profile prod).
# It needs a PostgreSQL and a data key at run time: see docker-compose.yml and README.md.

# ---- build: only a JDK is needed; the Maven wrapper fetches the Maven version the project pins
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN chmod +x mvnw && ./mvnw -B -pl web-app -am package -DskipTests

# ---- runtime: a JRE, curl for the health check in docker-compose.yml, a Chinese font for the PDFs (公示名单, 认定通知),
#      and a user without privileges
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --user-group --uid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin laborbrand
WORKDIR /app
COPY --from=build /src/web-app/target/laborbrand.jar /app/laborbrand.jar
# prod: requires SPRING_DATASOURCE_URL and LABORBRAND_DATA_KEY, refuses the demo profile, never starts an
# embedded database. Users see Beijing time whatever the host's zone.
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=75"
USER laborbrand
EXPOSE 8080
# -Dspring.aot.enabled=true: the bean definitions and repository queries worked out at build time for profile prod
# (web-app/pom.xml, process-aot; README, Operations, Sizing): the node starts in about half the time
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-jar", "/app/laborbrand.jar"]
