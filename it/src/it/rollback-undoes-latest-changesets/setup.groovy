// A Spring Boot project names its database in application.properties; only the port is known this late.
def database = dev.dbflow.it.ItDatabase.create(itPostgresPort, basedir)
new File(basedir, 'src/main/resources/application.properties').text = """\
spring.datasource.url=jdbc:postgresql://localhost:${itPostgresPort}/${database.name()}
spring.datasource.username=${dev.dbflow.it.ItDatabase.USER}
spring.datasource.password=${dev.dbflow.it.ItDatabase.PASSWORD}
"""
true
