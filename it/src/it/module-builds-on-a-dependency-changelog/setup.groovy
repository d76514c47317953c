import dev.dbflow.it.ItDatabase

// The database the two modules share, as a modular monolith's: the accounts module's upgrade fills it first.
ItDatabase.create(itPostgresPort, basedir)
true
