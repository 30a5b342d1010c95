#include "store/sql/pq_library.h"

#include "util/shared_library.h"
#include "util/translate.h"

namespace keyproj::sql {

PqLibrary load_libpq() {
  // The shared object of Debian's libpq5 (the -dev package adds the unversioned name).
  const SharedLibrary library({"libpq.so.5", "libpq.so"}, N_("PostgreSQL's client library (libpq)"), "libpq5");
  PqLibrary lib{};
  library.bind(lib.PQclear, "PQclear");
  library.bind(lib.PQcmdStatus, "PQcmdStatus");
  library.bind(lib.PQcmdTuples, "PQcmdTuples");
  library.bind(lib.PQconndefaults, "PQconndefaults");
  library.bind(lib.PQconnectdb, "PQconnectdb");
  library.bind(lib.PQconninfoFree, "PQconninfoFree");
  library.bind(lib.PQconninfoParse, "PQconninfoParse");
  library.bind(lib.PQdb, "PQdb");
  library.bind(lib.PQencryptPasswordConn, "PQencryptPasswordConn");
  library.bind(lib.PQerrorMessage, "PQerrorMessage");
  library.bind(lib.PQexec, "PQexec");
  library.bind(lib.PQfinish, "PQfinish");
  library.bind(lib.PQfreemem, "PQfreemem");
  library.bind(lib.PQgetResult, "PQgetResult");
  library.bind(lib.PQgetisnull, "PQgetisnull");
  library.bind(lib.PQgetlength, "PQgetlength");
  library.bind(lib.PQgetvalue, "PQgetvalue");
  library.bind(lib.PQhost, "PQhost");
  library.bind(lib.PQnfields, "PQnfields");
  library.bind(lib.PQport, "PQport");
  library.bind(lib.PQprepare, "PQprepare");
  library.bind(lib.PQresultErrorField, "PQresultErrorField");
  library.bind(lib.PQresultErrorMessage, "PQresultErrorMessage");
  library.bind(lib.PQresultStatus, "PQresultStatus");
  library.bind(lib.PQsendQueryPrepared, "PQsendQueryPrepared");
  library.bind(lib.PQsetClientEncoding, "PQsetClientEncoding");
  library.bind(lib.PQsetNoticeProcessor, "PQsetNoticeProcessor");
  library.bind(lib.PQsetSingleRowMode, "PQsetSingleRowMode");
  library.bind(lib.PQstatus, "PQstatus");
  library.bind(lib.PQtransactionStatus, "PQtransactionStatus");
  library.bind(lib.PQuser, "PQuser");
  return lib;
}

}  // namespace keyproj::sql
