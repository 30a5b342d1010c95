#pragma once
// libpq, loaded the first time a PostgreSQL address is named instead of when keyproj starts.
// Linked normally it brought libssl, libcrypto, GSSAPI, Kerberos and LDAP into every process,
// and mapping and relocating them took about 11 ms of each command's start on a SQLite file,
// `project show` included (bench/RESULTS-L.md). Only a shared office's database needs it.

#include <libpq-fe.h>

namespace keyproj::sql {

// The functions of libpq that the PostgreSQL backend calls, under their own names.
struct PqLibrary {
  decltype(&::PQclear) PQclear;
  decltype(&::PQcmdStatus) PQcmdStatus;
  decltype(&::PQcmdTuples) PQcmdTuples;
  decltype(&::PQconndefaults) PQconndefaults;
  decltype(&::PQconnectdb) PQconnectdb;
  decltype(&::PQconninfoFree) PQconninfoFree;
  decltype(&::PQconninfoParse) PQconninfoParse;
  decltype(&::PQdb) PQdb;
  decltype(&::PQencryptPasswordConn) PQencryptPasswordConn;
  decltype(&::PQerrorMessage) PQerrorMessage;
  decltype(&::PQexec) PQexec;
  decltype(&::PQfinish) PQfinish;
  decltype(&::PQfreemem) PQfreemem;
  decltype(&::PQgetResult) PQgetResult;
  decltype(&::PQgetisnull) PQgetisnull;
  decltype(&::PQgetlength) PQgetlength;
  decltype(&::PQgetvalue) PQgetvalue;
  decltype(&::PQhost) PQhost;
  decltype(&::PQnfields) PQnfields;
  decltype(&::PQport) PQport;
  decltype(&::PQprepare) PQprepare;
  decltype(&::PQresultErrorField) PQresultErrorField;
  decltype(&::PQresultErrorMessage) PQresultErrorMessage;
  decltype(&::PQresultStatus) PQresultStatus;
  decltype(&::PQsendQueryPrepared) PQsendQueryPrepared;
  decltype(&::PQsetClientEncoding) PQsetClientEncoding;
  decltype(&::PQsetNoticeProcessor) PQsetNoticeProcessor;
  decltype(&::PQsetSingleRowMode) PQsetSingleRowMode;
  decltype(&::PQstatus) PQstatus;
  decltype(&::PQtransactionStatus) PQtransactionStatus;
  decltype(&::PQuser) PQuser;
};

// Opens libpq and binds its functions. Error(Database) (util/error.h) saying which package to
// install when it cannot be loaded.
PqLibrary load_libpq();

// The library, loaded on first use. Inline: the backend asks it for each value of each row it
// reads, and a call into another file for every one would cost more than the guard.
inline const PqLibrary& libpq() {
  static const PqLibrary lib = load_libpq();  // a failed load throws, and is tried again next time
  return lib;
}

}  // namespace keyproj::sql
