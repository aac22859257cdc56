# Builds the portal's jar and runs it on a JRE. PostgreSQL comes from docker-compose.yml (or PLAN_DB_URL).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home portal
USER portal
WORKDIR /home/portal
COPY --from=build /src/plan-web/target/plan-web.jar plan-web.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "plan-web.jar"]
